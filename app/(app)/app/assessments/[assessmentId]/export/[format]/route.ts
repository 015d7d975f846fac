import { actorFromRequest } from "@/lib/auth/guards";
import { getTeamResults, recordExport } from "@/lib/data/team-results";
import { teamResultsCsv } from "@/lib/export/csv";
import { exportFilename } from "@/lib/export/rows";
import { teamResultsXlsx } from "@/lib/export/xlsx";
import { ZExportParams } from "@/lib/validation/reveal";

const CONTENT_TYPE = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * GET /app/assessments/<id>/export/csv|xlsx[?wave=N]: the revealed team results as a file. 401 without a session (403 for an
 * admin who has not enrolled two-factor authentication, as on every page); 404 for
 * an unknown format, an assessment that is not the actor's, and results that are still sealed (one answer for
 * all, so the route does not reveal which assessments exist). Every download is written to the audit log.
 */
export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string; format: string }> }) {
  const actor = await actorFromRequest(request);
  if (!actor) return new Response("Sign in to download results", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // Pages send an admin without two-factor to enrol first (requireActor); the download follows the same rule.
  if (actor.role === "admin" && !actor.twoFactorEnabled) {
    return new Response("Turn on two-factor authentication to download results", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const wave = new URL(request.url).searchParams.get("wave") ?? undefined;
  const parsed = ZExportParams.safeParse({ ...(await params), wave });
  if (!parsed.success) return notFound();
  const { assessmentId, format } = parsed.data;
  const results = await getTeamResults(actor, assessmentId, { waveNumber: parsed.data.wave });
  if (!results || results.sealed) return notFound();
  const exportedAt = new Date();
  const body = format === "csv" ? teamResultsCsv(results, { exportedAt }) : new Uint8Array(await teamResultsXlsx(results, { exportedAt }));
  await recordExport(actor, results, format);
  const filename = exportFilename(results, format, exportedAt);
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
