import { stringify } from "csv-stringify/sync";
import { actorFromRequest } from "@/lib/auth/guards";
import { listAuditLog } from "@/lib/data/audit";
import { defuse } from "@/lib/export/rows";
import { ZAuditQuery } from "@/lib/validation/audit-query";
import { utcDay } from "@/lib/time";

export const dynamic = "force-dynamic";

/** GET /admin/audit/export?…: the filtered audit log as CSV (admins only; 404 for everyone else). */
export async function GET(request: Request) {
  const actor = await actorFromRequest(request);
  if (!actor) return Response.json({ error: "Sign in first" }, { status: 401 });
  const query = ZAuditQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ error: `${String(query.error.issues[0]?.path[0])}: ${query.error.issues[0]?.message}` }, { status: 400 });
  const rows = await listAuditLog(actor, query.data, 50_000);
  if (!rows) return Response.json({ error: "Not found" }, { status: 404 });
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
}
