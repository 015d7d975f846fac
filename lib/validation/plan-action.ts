// The action plan's inputs: one schema per input, imported by the forms (react-hook-form's zodResolver) and the
// server actions alike. Whether linked items belong to the assessment's questionnaire and the owner to its
// participants is checked by lib/data/action-plan.ts, which knows the assessment.
import { z } from "zod";
import { IMPERATIVE_IDS } from "@/lib/domain";
import { multiLine, singleLine } from "@/lib/validation/text";
import { MAX_CHECKLIST_ITEMS, MAX_LINKED_ITEMS, PLAN_ORIGIN_KINDS, PLAN_PRIORITIES, PLAN_STATUSES } from "@/lib/plan/vocabulary";

const ID = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Unknown id");
const oneLine = (max: number, empty: string | null) => singleLine(empty ? { min: 1, max, required: empty } : { max });

/** A day as YYYY-MM-DD that exists in the calendar ("2026-02-30" does not). */
export const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the form YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00.000Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "Not a date in the calendar");

export const ZItemKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "Unknown question");

export const ZChecklistEntry = z.object({
  text: oneLine(300, "Enter the step, or remove it"),
  done: z.boolean(),
});

/** The fields of an action as the form edits them. Empty strings mean "none" (no owner, no due date). */
const ZPlanActionBase = z.object({
    title: oneLine(200, "Enter a title"),
    description: multiLine({ max: 4000 }),
    imperative: z.enum(IMPERATIVE_IDS, { error: "Choose an imperative" }),
    itemKeys: z.array(ZItemKey).max(MAX_LINKED_ITEMS, `At most ${MAX_LINKED_ITEMS} questions`),
    ownerParticipantId: z.union([z.literal(""), ID]),
    ownerName: oneLine(120, null),
    dueDate: z.union([z.literal(""), ZDay]),
    status: z.enum(PLAN_STATUSES, { error: "Choose a status" }),
    priority: z.enum(PLAN_PRIORITIES, { error: "Choose a priority" }),
    checklist: z.array(ZChecklistEntry).max(MAX_CHECKLIST_ITEMS, `At most ${MAX_CHECKLIST_ITEMS} steps`),
    visibleToParticipants: z.boolean(),
});
const oneOwner: [(a: { ownerParticipantId: string; ownerName: string }) => boolean, { path: string[]; message: string }] = [
  (a) => !(a.ownerParticipantId && a.ownerName),
  { path: ["ownerName"], message: "Choose a participant or type a name, not both" },
];
export const ZPlanActionFields = ZPlanActionBase.refine(...oneOwner);
export type TPlanActionFields = z.infer<typeof ZPlanActionFields>;

export const ZPlanOrigin = z.object({ kind: z.enum(PLAN_ORIGIN_KINDS), ref: z.string().min(1).max(80).regex(/^[a-z0-9][a-z0-9-]*$/) });
export type TPlanOrigin = z.infer<typeof ZPlanOrigin>;

/** The form's fields with where the action goes (flat, so field errors name the form's fields). */
export const ZPlanActionCreate = ZPlanActionBase.extend({
  assessmentId: ID,
  /** The revealed wave the origin comes from; default: the latest wave. */
  waveNumber: z.number().int().min(1).max(9999).optional(),
  origin: ZPlanOrigin.optional(),
}).refine(...oneOwner);
export type TPlanActionCreate = z.infer<typeof ZPlanActionCreate>;

export const ZPlanActionUpdate = ZPlanActionBase.extend({ actionId: ID }).refine(...oneOwner);
export type TPlanActionUpdate = z.infer<typeof ZPlanActionUpdate>;

/** Plain form posts (work without JavaScript): FormData values are strings. */
export const ZPlanActionDelete = z.object({ actionId: ID });
export const ZChecklistToggle = z.object({
  actionId: ID,
  index: z.coerce.number().int().min(0).max(MAX_CHECKLIST_ITEMS - 1),
  done: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type TChecklistToggle = z.infer<typeof ZChecklistToggle>;

export const ZPlanShare = z.object({
  assessmentId: ID,
  waveNumber: z.coerce.number().int().min(1).max(9999),
  what: z.enum(["summary", "plan"]),
  shared: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type TPlanShare = z.infer<typeof ZPlanShare>;

/**
 * The plan page's filters (query string; every one optional). `owner`: a participant id, or "name:<as typed>"
 * for a named person, or "none". `due`: actions due on or before this day.
 */
export const ZPlanFilters = z.object({
  status: z.enum(PLAN_STATUSES).optional(),
  imperative: z.enum(IMPERATIVE_IDS).optional(),
  owner: z
    .string()
    .max(140)
    .refine((s) => s === "none" || /^name:./.test(s) || /^[A-Za-z0-9_-]{1,64}$/.test(s))
    .optional(),
  wave: z.coerce.number().int().min(1).max(9999).optional(),
  due: ZDay.optional(),
});
export type TPlanFilters = z.infer<typeof ZPlanFilters>;

/** Reads the filters from a query, dropping each one that is empty or malformed (a filter never fails the page). */
export function parsePlanFilters(query: Record<string, string | string[] | undefined>): TPlanFilters {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(ZPlanFilters.shape) as (keyof TPlanFilters)[]) {
    const raw = query[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (!value) continue;
    const parsed = ZPlanFilters.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out as TPlanFilters;
}

/** The export route's parameters: the format (path) and the plan page's filters. */
export const ZPlanExportParams = ZPlanFilters.extend({ assessmentId: ID, format: z.enum(["csv", "ics"]) });

/** The `from` of /plan/new: "recommendation:<library action id>", "gap:<item key>" or "outcome:<item key>". */
export function parsePlanFrom(value: string | undefined): TPlanOrigin | null {
  const m = value?.match(/^(recommendation|gap|outcome):([a-z0-9][a-z0-9-]{0,79})$/);
  return m ? { kind: m[1] as TPlanOrigin["kind"], ref: m[2]! } : null;
}
