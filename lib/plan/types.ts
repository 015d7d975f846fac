// What the plan pages, exports and the participants' view show of an action: plain, serializable view models
// (lib/data/action-plan.ts fills them for an actor). Types only.
import type { ImperativeId } from "@/lib/domain";
import type { ResultsSummary } from "@/lib/results/summary";
import type { PlanOriginKind, PlanPriority, PlanStatus } from "./vocabulary";

export type ChecklistEntry = { text: string; done: boolean };

export interface PlanActionView {
  id: string;
  assessmentId: string;
  waveNumber: number;
  title: string;
  description: string | null;
  imperative: ImperativeId;
  itemKeys: string[];
  /** The participant chosen as owner (their id), else null. */
  ownerParticipantId: string | null;
  /** The owner's name: the participant's name, or the named person as the facilitator typed it; null = no owner. */
  ownerName: string | null;
  /** A UTC day, "YYYY-MM-DD". */
  dueDate: string | null;
  status: PlanStatus;
  priority: PlanPriority;
  checklist: ChecklistEntry[];
  visibleToParticipants: boolean;
  origin: { kind: PlanOriginKind; ref: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** An action as participants see it once the plan is shared: no linked items, origin or checklist text. */
export interface SharedPlanAction {
  id: string;
  title: string;
  description: string | null;
  imperative: string;
  ownerName: string | null;
  dueDate: string | null;
  status: string;
  checklistDone: number;
  checklistTotal: number;
}

/** What a participant sees after their own results once the facilitator shared it (null parts: not shared). */
export interface SharedView {
  waveLabel: string;
  /** The team's results summary, built from the same anonymized results as the facilitator's page. */
  summary: ResultsSummary | null;
  plan: SharedPlanAction[] | null;
}
