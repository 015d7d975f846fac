import { stringify } from "csv-stringify/sync";
import { can } from "@/lib/auth/can";
import { actorFromRequest } from "@/lib/auth/guards";
import { templateRows } from "@/lib/benchmarks/csv-import";
import { defuse } from "@/lib/export/rows";

export const dynamic = "force-dynamic";

/** GET /admin/benchmarks/import/template: the CSV import template (admins only; 404 for everyone else). */
export async function GET(request: Request) {
  const actor = await actorFromRequest(request);
  if (!actor) return Response.json({ error: "Sign in first" }, { status: 401 });
  if (!can(actor, "benchmarks:manage")) return Response.json({ error: "Not found" }, { status: 404 });
  const csv = stringify(templateRows().map((row) => row.map(defuse)));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="bridge-benchmark-import-template.csv"',
      "Cache-Control": "no-store",
    },
  });
}
