import { getPanelComparison, recordComparisonExport } from "@/lib/data/panel";
import { AppError } from "@/lib/errors/app-error";
import { comparisonCsvStream, comparisonFilename, comparisonJsonStream, comparisonXlsxStream } from "@/lib/export/comparison";
import { route } from "@/lib/http/route";
import { ZComparisonQuery } from "@/lib/validation/comparison-query";

export const dynamic = "force-dynamic";

const FORMATS = {
  csv: { type: "text/csv; charset=utf-8", stream: comparisonCsvStream },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stream: comparisonXlsxStream },
  json: { type: "application/json; charset=utf-8", stream: comparisonJsonStream },
} as const;

const NOT_FOUND = () => new AppError("not-found", "Not found");

/** GET /admin/comparisons/export/<csv|xlsx|json>?…filters: the comparison view as a file (admins only; 404 otherwise). */
export const GET = route({ guard: "admin", input: { from: "query", schema: ZComparisonQuery } }, async ({ actor, params, input }) => {
  const format = params.format ?? "";
  if (!Object.hasOwn(FORMATS, format)) throw NOT_FOUND();
  const view = await getPanelComparison(actor, input);
  if (!view) throw NOT_FOUND();
  const kind = format as keyof typeof FORMATS;
  await recordComparisonExport(actor, view, kind);
  const exportedAt = new Date();
  return new Response(FORMATS[kind].stream(view, exportedAt), {
    headers: {
      "Content-Type": FORMATS[kind].type,
      "Content-Disposition": `attachment; filename="${comparisonFilename(view, kind, exportedAt)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
