import { stringify } from "csv-stringify/sync";
import { listAuditLog } from "@/lib/data/audit";
import { AppError } from "@/lib/errors/app-error";
import { defuse } from "@/lib/export/rows";
import { route } from "@/lib/http/route";
import { ZAuditQuery } from "@/lib/validation/audit-query";
import { utcDay } from "@/lib/time";

export const dynamic = "force-dynamic";

/** GET /admin/audit/export?…: the filtered audit log as CSV (admins only; 404 for everyone else). */
export const GET = route({ guard: "admin", input: { from: "query", schema: ZAuditQuery } }, async ({ actor, input }) => {
  const rows = await listAuditLog(actor, input, 50_000);
  if (!rows) throw new AppError("not-found", "Not found");
  const csv = stringify([
    ["created_at_utc", "actor_email", "action", "target_type", "target_id", "detail"],
    ...rows.map((r) => [r.createdAt.toISOString(), r.actor?.email ?? "", r.action, r.targetType ?? "", r.targetId ?? "", r.detail ? JSON.stringify(r.detail) : ""].map(defuse)),
  ]);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bridge-audit-${utcDay(new Date())}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
