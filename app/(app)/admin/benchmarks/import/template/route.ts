import { stringify } from "csv-stringify/sync";
import { templateRows } from "@/lib/benchmarks/csv-import";
import { defuse } from "@/lib/export/rows";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /admin/benchmarks/import/template: the CSV import template (admins only; 404 for everyone else). */
export const GET = route({ guard: "admin" }, () => {
  const csv = stringify(templateRows().map((row) => row.map(defuse)));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="bridge-benchmark-import-template.csv"',
      "Cache-Control": "no-store",
    },
  });
});
