import { actorFromRequest } from "@/lib/auth/guards";
import { getPanelComparison, recordComparisonExport } from "@/lib/data/panel";
import { comparisonCsvStream, comparisonFilename, comparisonJsonStream, comparisonXlsxStream } from "@/lib/export/comparison";
import { ZComparisonQuery } from "@/lib/validation/comparison-query";

export const dynamic = "force-dynamic";

const FORMATS = {
  csv: { type: "text/csv; charset=utf-8", stream: comparisonCsvStream },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stream: comparisonXlsxStream },
  json: { type: "application/json; charset=utf-8", stream: comparisonJsonStream },
} as const;

/** GET /admin/comparisons/export/<csv|xlsx|json>?…filters: the comparison view as a file (admins only; 404 otherwise). */
export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const actor = await actorFromRequest(request);
  if (!actor) return Response.json({ error: "Sign in first" }, { status: 401 });
  const { format } = await params;
  if (!Object.hasOwn(FORMATS, format)) return Response.json({ error: "Not found" }, { status: 404 });
  const query = ZComparisonQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    const issue = query.error.issues[0];
    return Response.json({ error: `${String(issue?.path[0] ?? "query")}: ${issue?.message}` }, { status: 400 });
  }
  const view = await getPanelComparison(actor, query.data);
  if (!view) return Response.json({ error: "Not found" }, { status: 404 });
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
}
