// Tests only: report inputs around the export fixtures, with workshop outcomes, plan actions and notes that carry
// formula and markup text (to be drawn as written) and owners who must not be named.
import type { PlanActionView } from "@/lib/plan/types";
import type { RevealedTeamResults } from "@/lib/results/types";
import type { WorkshopOutcomeRecord } from "@/lib/results/workshop-outcome";
import type { ExecutiveReportInput } from "./types";

export const FORMULA_NOTE = '=HYPERLINK("http://evil.example","click")';
export const MARKUP_NOTE = "<b>Bold?</b> & <script>alert(1)</script> **not markdown**";
export const UNNAMED_OWNER = "Person it 21";

export function outcomesFor(results: RevealedTeamResults): WorkshopOutcomeRecord[] {
  const gap = results.team.gaps.find((g) => g.label === "wide") ?? results.team.gaps[0]!;
  const agreement = results.items.find((i) => i.kind === "agreement" && i.key !== gap.itemKey)!;
  return [
    { itemKey: gap.itemKey, outcome: "agree-to-differ", position: "We keep two views until the data arrives.", notes: FORMULA_NOTE, votes: null, updatedAt: "2026-11-25T10:00:00.000Z", updatedBy: "Facilitator Name" },
    { itemKey: agreement.key, outcome: "agreed", position: "IT joins the planning cycle.", notes: MARKUP_NOTE, votes: { agree: 6, disagree: 1 }, updatedAt: "2026-11-25T10:05:00.000Z", updatedBy: null },
    { itemKey: "no-such-item", outcome: "needs-data", position: "Orphan outcome text", notes: null, votes: null, updatedAt: "2026-11-25T10:05:00.000Z", updatedBy: null },
  ];
}

export function actionsFor(results: RevealedTeamResults): PlanActionView[] {
  const base = { assessmentId: "a1", waveNumber: 1, visibleToParticipants: true, createdAt: "2026-11-26T10:00:00.000Z", updatedAt: "2026-11-26T10:00:00.000Z" };
  const item = results.items[0]!;
  return [
    {
      ...base,
      id: "act-secret-id-1",
      title: "Joint quarterly planning",
      description: "Plan the marketing technology budget together. @SUM(1)",
      imperative: "strategic-partner",
      itemKeys: [item.key],
      ownerParticipantId: "p-21",
      ownerName: UNNAMED_OWNER,
      dueDate: "2027-02-15",
      status: "ongoing",
      priority: "high",
      checklist: [
        { text: "Book the first session", done: true },
        { text: "+1+1 agenda draft", done: false },
      ],
      origin: { kind: "gap", ref: item.key },
    },
    { ...base, id: "act-secret-id-2", title: "Share the customer data map", description: null, imperative: "business-levers", itemKeys: [], ownerParticipantId: null, ownerName: null, dueDate: null, status: "planned", priority: "low", checklist: [], origin: null },
  ];
}

export function reportInput(results: RevealedTeamResults, extra: Partial<ExecutiveReportInput> = {}): ExecutiveReportInput {
  return { results, outcomes: outcomesFor(results), actions: actionsFor(results), trend: null, generatedAt: new Date("2026-12-01T10:00:00.000Z"), ...extra };
}
