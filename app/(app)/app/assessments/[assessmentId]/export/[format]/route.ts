import { getTeamResults, recordExport } from "@/lib/data/team-results";
import { AppError } from "@/lib/errors/app-error";
import { listPlanActions } from "@/lib/data/action-plan";
import { getExecutiveReportExtras } from "@/lib/data/executive-report";
import { listWorkshopOutcomes } from "@/lib/data/workshop";
import { teamResultsCsv } from "@/lib/export/csv";
import { actionsPart, workshopOutcomesPart } from "@/lib/export/follow-up-rows";
import { exportFilename } from "@/lib/export/rows";
import { teamResultsXlsx } from "@/lib/export/xlsx";
import { renderExecutiveReport } from "@/lib/report/render-executive-report";
import { route } from "@/lib/http/route";
import { ZExportParams } from "@/lib/validation/reveal";

const CONTENT_TYPE = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

const NOT_FOUND = () => new AppError("not-found", "Not found");

/**
 * GET /app/assessments/<id>/export/csv|xlsx|pdf[?wave=N]: the revealed team results as a file (pdf: the executive report). 401 without a session;
 * 404 for an admin who has not enrolled two-factor authentication (route()'s guard), an unknown format, an
 * assessment that is not the actor's, and results that are still sealed (one answer for all, so the route does
 * not reveal which assessments exist). After the results' own parts come the wave's workshop outcomes and its
 * action plan (the report: the plan up to the wave with each action's result impact, and the trend over the
 * revealed waves up to it). Every download is written to the audit log.
 */
async function reportExtras(...args: Parameters<typeof getExecutiveReportExtras>) {
  const extras = await getExecutiveReportExtras(...args);
  if (!extras) throw NOT_FOUND();
  return extras;
}

export const GET = route(
  { guard: "actor", input: { from: "query", schema: ZExportParams, withParams: true }, onInvalid: NOT_FOUND },
  async ({ actor, input: { assessmentId, format, wave } }) => {
    const results = await getTeamResults(actor, assessmentId, { waveNumber: wave });
    if (!results || results.sealed) throw NOT_FOUND();
    const [outcomes, plan] = await Promise.all([
      listWorkshopOutcomes(actor, assessmentId, results.wave.number),
      listPlanActions(actor, assessmentId, { wave: results.wave.number }),
    ]);
    const extraParts = [workshopOutcomesPart(results, outcomes ?? []), actionsPart(plan?.actions ?? [])];
    const exportedAt = new Date();
    const opts = { exportedAt, extraParts };
    const body =
      format === "csv"
        ? teamResultsCsv(results, opts)
        : format === "xlsx"
          ? new Uint8Array(await teamResultsXlsx(results, opts))
          : // the executive report: the same anonymized results and outcomes, the plan up to this wave, the trend
            new Uint8Array(await renderExecutiveReport({ results, outcomes: outcomes ?? [], ...(await reportExtras(actor, assessmentId, results.wave.number)), generatedAt: exportedAt }));
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
  },
);
