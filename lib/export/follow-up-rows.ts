// The parts of the team-results export that come after the reveal: what the workshop recorded per question
// ("workshop outcomes") and the action plan of the wave ("actions"). Appended to the results' own parts through the
// writers' `extraParts` (lib/export/rows.ts), so the CSV and the XLSX hold what the facilitator's pages hold. Pure:
// the route reads the outcomes and actions for the actor (lib/data) and passes them in.
import { IMPERATIVES } from "@/lib/domain";
import { itemWording } from "@/lib/plan/origin";
import type { PlanActionView } from "@/lib/plan/types";
import { PLAN_ORIGIN_LABEL, PLAN_PRIORITY_LABEL, PLAN_STATUS_LABEL } from "@/lib/plan/vocabulary";
import type { RevealedTeamResults } from "@/lib/results/types";
import { OUTCOME_LABEL, voteOptionsOf, type WorkshopOutcomeRecord } from "@/lib/results/workshop-outcome";
import type { ExportColumn, ExportPart, ExportRow } from "./cells";

export const OUTCOME_COLUMNS: readonly ExportColumn[] = [
  { key: "item_key", label: "Item key" },
  { key: "section", label: "Section" },
  { key: "question", label: "Question (IT's wording beside it when it differs)" },
  { key: "outcome", label: "Outcome" },
  { key: "position", label: "Agreed position" },
  { key: "notes", label: "Notes" },
  { key: "votes", label: "Hands counted" },
  { key: "updated_at", label: "Recorded at (UTC)" },
  { key: "updated_by", label: "Recorded by" },
];

export const ACTION_COLUMNS: readonly ExportColumn[] = [
  { key: "action_id", label: "Action id" },
  { key: "action_title", label: "Action" },
  { key: "description", label: "Description" },
  { key: "imperative", label: "Imperative" },
  { key: "linked_items", label: "Linked item keys" },
  { key: "owner", label: "Owner" },
  { key: "due_date", label: "Due date" },
  { key: "status", label: "Status" },
  { key: "priority", label: "Priority" },
  { key: "checklist", label: "Checklist done" },
  { key: "visible_to_participants", label: "Shared with participants" },
  { key: "origin", label: "Comes from" },
  { key: "updated_at", label: "Last changed (UTC)" },
];

const imperativeLabel = (id: string) => IMPERATIVES.find((i) => i.id === id)?.short ?? id;

/** "Agree 3; Disagree 1": the hands counted, in the question's own option order and words. */
function votesText(results: RevealedTeamResults, record: WorkshopOutcomeRecord): string | undefined {
  if (!record.votes) return undefined;
  const item = results.items.find((i) => i.key === record.itemKey);
  const options = item ? voteOptionsOf(item) : [];
  const labelled = options.filter((o) => record.votes![o.id] !== undefined).map((o) => `${o.label} ${record.votes![o.id]}`);
  return labelled.length ? labelled.join("; ") : undefined;
}

/** One row per question the workshop recorded an outcome for, in the page's question order. */
export function workshopOutcomesPart(results: RevealedTeamResults, outcomes: readonly WorkshopOutcomeRecord[]): ExportPart {
  const order = new Map(results.items.map((item, i) => [item.key, i]));
  const rows: ExportRow[] = [...outcomes]
    .sort((a, b) => (order.get(a.itemKey) ?? Infinity) - (order.get(b.itemKey) ?? Infinity))
    .map((o) => {
      const item = results.items.find((i) => i.key === o.itemKey);
      return {
        item_key: o.itemKey,
        section: item?.section,
        question: item ? itemWording(item) : "a question no longer in the questionnaire",
        outcome: OUTCOME_LABEL[o.outcome],
        position: o.position ?? undefined,
        notes: o.notes ?? undefined,
        votes: votesText(results, o),
        updated_at: o.updatedAt,
        updated_by: o.updatedBy ?? undefined,
      };
    });
  return { id: "workshop outcomes", sheet: "Workshop outcomes", columns: OUTCOME_COLUMNS, rows };
}

/** One row per action of the wave's plan, in the plan page's order. */
export function actionsPart(actions: readonly PlanActionView[]): ExportPart {
  const rows: ExportRow[] = actions.map((a) => ({
    action_id: a.id,
    action_title: a.title,
    description: a.description ?? undefined,
    imperative: imperativeLabel(a.imperative),
    linked_items: a.itemKeys.join(" ") || undefined,
    owner: a.ownerName ?? undefined,
    due_date: a.dueDate ?? undefined,
    status: PLAN_STATUS_LABEL[a.status],
    priority: PLAN_PRIORITY_LABEL[a.priority],
    checklist: a.checklist.length ? `${a.checklist.filter((c) => c.done).length} of ${a.checklist.length}` : undefined,
    visible_to_participants: a.visibleToParticipants ? "yes" : "no",
    origin: a.origin ? `${PLAN_ORIGIN_LABEL[a.origin.kind]}: ${a.origin.ref}` : undefined,
    updated_at: a.updatedAt,
  }));
  return { id: "actions", sheet: "Action plan", columns: ACTION_COLUMNS, rows };
}
