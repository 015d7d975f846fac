import { listPlanActions, recordPlanExport } from "@/lib/data/action-plan";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { route } from "@/lib/http/route";
import { planCsv, planIcs } from "@/lib/plan/export";
import { utcDay } from "@/lib/time";
import { ZPlanExportParams } from "@/lib/validation/plan-action";

const CONTENT_TYPE = { csv: "text/csv; charset=utf-8", ics: "text/calendar; charset=utf-8" } as const;

const NOT_FOUND = () => new AppError("not-found", "Not found");

const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "assessment";

/**
 * GET /app/assessments/<id>/plan/export/csv|ics[?status=&imperative=&owner=&wave=&due=]: the action plan (with the
 * plan page's filters) as CSV, or its due dates as an iCalendar file. 401 without a session; 404 for an unknown
 * format, a malformed filter and an assessment that is not the actor's (one answer for all). Every download is
 * written to the audit log.
 */
export const GET = route(
  { guard: "actor", input: { from: "query", schema: ZPlanExportParams, withParams: true }, onInvalid: NOT_FOUND },
  async ({ actor, input: { assessmentId, format, ...filters } }) => {
    const plan = await listPlanActions(actor, assessmentId, filters);
    if (!plan) throw NOT_FOUND();
    const { assessment, actions } = plan;
    const body =
      format === "csv"
        ? planCsv(actions)
        : planIcs(`${assessment.organization.name}: ${assessment.title} (action plan)`, actions, env().BRIDGE_URL);
    await recordPlanExport(actor, assessment.id, format, format === "csv" ? actions.length : actions.filter((a) => a.dueDate).length, filters);
    const filename = `bridge-plan-${slug(assessment.title)}-${utcDay(new Date())}.${format}`;
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
