import Link from "next/link";
import { deletePlanActionAction, toggleChecklistAction } from "@/app/(app)/app/assessments/[assessmentId]/plan/actions";
import { DataTable } from "@/components/ui/data-table";
import { IMPERATIVES } from "@/lib/domain";
import { impactSummary, type ResultImpact } from "@/lib/plan/result-impact";
import type { PlanActionView } from "@/lib/plan/types";
import { PLAN_ORIGIN_LABEL, PLAN_PRIORITY_LABEL, PLAN_STATUS_LABEL } from "@/lib/plan/vocabulary";

const imperativeShort = (id: string) => IMPERATIVES.find((i) => i.id === id)?.short ?? id;
const smallButton = "min-h-11 rounded border border-slate-400 bg-white px-2 text-sm font-medium hover:border-brand";

/**
 * The plan as a table. Checklist steps are ticked with plain form posts (no JavaScript needed). `back`: the list's
 * query. `impacts`: each action's result impact (its linked questions from its wave to the next revealed one).
 */
export function PlanActionTable({
  assessmentId,
  actions,
  back,
  impacts,
}: {
  assessmentId: string;
  actions: PlanActionView[];
  back: string;
  impacts: Map<string, ResultImpact>;
}) {
  return (
    <DataTable
      caption="Actions of the plan"
      rows={actions}
      rowKey={(a) => a.id}
      rowAttributes={(a) => ({ id: `action-${a.id}`, "data-action": a.id })}
      columns={[
        {
          header: "Action",
          rowHeader: true,
          className: "min-w-56",
          cell: (a) => (
            <>
              <Link href={`/app/assessments/${assessmentId}/plan/${a.id}`} className="font-semibold">
                {a.title}
              </Link>
              {a.description ? <span className="mt-1 block whitespace-pre-line text-muted">{a.description}</span> : null}
              <span className="mt-1 block text-xs text-muted">
                {a.origin ? `From a ${PLAN_ORIGIN_LABEL[a.origin.kind].toLowerCase()} · ` : ""}Wave {a.waveNumber}
              </span>
            </>
          ),
        },
        { header: "Imperative", cell: (a) => imperativeShort(a.imperative) },
        { header: "Owner", cell: (a) => a.ownerName ?? <span className="text-muted">None</span> },
        { header: "Due", cell: (a) => (a.dueDate ? <time dateTime={a.dueDate}>{a.dueDate}</time> : <span className="text-muted">None</span>) },
        { header: "Status", cell: (a) => <span data-testid="status">{PLAN_STATUS_LABEL[a.status]}</span> },
        { header: "Priority", cell: (a) => PLAN_PRIORITY_LABEL[a.priority] },
        {
          header: "Checklist",
          className: "min-w-48",
          cell: (a) =>
            a.checklist.length ? (
              <>
                <span data-testid="checklist-progress">
                  {a.checklist.filter((c) => c.done).length} of {a.checklist.length} done
                </span>
                <ul className="mt-1 space-y-1">
                  {a.checklist.map((c, index) => (
                    <li key={index}>
                      <form action={toggleChecklistAction} className="flex items-center gap-2">
                        <input type="hidden" name="actionId" value={a.id} />
                        <input type="hidden" name="index" value={index} />
                        <input type="hidden" name="done" value={c.done ? "false" : "true"} />
                        <input type="hidden" name="back" value={back} />
                        <span aria-hidden="true">{c.done ? "☑" : "☐"}</span>
                        <span className={c.done ? "line-through" : undefined}>{c.text}</span>
                        <button type="submit" className={smallButton} aria-label={`${c.done ? "Mark not done" : "Mark done"}: ${c.text}`}>
                          {c.done ? "Mark not done" : "Mark done"}
                        </button>
                      </form>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <span className="text-muted">No steps</span>
            ),
        },
        {
          header: "Result impact",
          className: "min-w-48",
          cell: (a) => {
            const impact = impacts.get(a.id);
            if (!impact) return <span className="text-muted">Not measured</span>;
            return (
              <>
                <span data-testid="result-impact">{impactSummary(impact)}</span>
                {impact.state === "measured" ? (
                  <Link href={`/app/assessments/${assessmentId}/plan/${a.id}#impact-title`} className="mt-1 block text-sm" aria-label={`Details of the result impact of ${a.title}`}>
                    Details
                  </Link>
                ) : null}
              </>
            );
          },
        },
        { header: "Participants", cell: (a) => (a.visibleToParticipants ? "Can see it" : "Facilitator only") },
      ]}
    />
  );
}

/** Deleting an action: a plain form post, with the action's title in the button's name. */
export function DeletePlanActionForm({ action }: { action: Pick<PlanActionView, "id" | "title"> }) {
  return (
    <form action={deletePlanActionAction}>
      <input type="hidden" name="actionId" value={action.id} />
      <button type="submit" className="min-h-11 rounded-md border border-red-700 bg-white px-4 font-semibold text-red-700 hover:bg-red-50">
        Delete this action
      </button>
    </form>
  );
}
