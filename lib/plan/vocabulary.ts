// The action plan's vocabulary: stored as plain strings (decision 2) and checked against these lists by zod at
// every entry point (lib/validation/plan-action.ts).

export const PLAN_STATUSES = ["planned", "ongoing", "delayed", "done"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABEL: Record<PlanStatus, string> = { planned: "Planned", ongoing: "Ongoing", delayed: "Delayed", done: "Done" };

export const PLAN_PRIORITIES = ["high", "medium", "low"] as const;
export type PlanPriority = (typeof PLAN_PRIORITIES)[number];
export const PLAN_PRIORITY_LABEL: Record<PlanPriority, string> = { high: "High", medium: "Medium", low: "Low" };

/** Where an action came from: a recommendation (ref: its action-library id), a credible gap or a workshop outcome (ref: the item key). */
export const PLAN_ORIGIN_KINDS = ["recommendation", "gap", "outcome"] as const;
export type PlanOriginKind = (typeof PLAN_ORIGIN_KINDS)[number];
export const PLAN_ORIGIN_LABEL: Record<PlanOriginKind, string> = { recommendation: "Recommendation", gap: "Credible gap", outcome: "Workshop outcome" };

export const MAX_CHECKLIST_ITEMS = 30;
export const MAX_LINKED_ITEMS = 40;
