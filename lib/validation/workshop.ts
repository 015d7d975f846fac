import { z } from "zod";
import { hasControlCharacters, NO_CONTROL_MESSAGE } from "@/lib/validation/text";
import { MAX_OUTCOME_TEXT, MAX_VOTES, WORKSHOP_OUTCOMES } from "@/lib/results/workshop-outcome";

// The workshop's inputs: one outcome per question and wave (save or clear), and the page's query. The form and the
// action share ZWorkshopOutcome; whether the question and its vote options exist is checked by the data layer,
// which knows the questionnaire.

const ASSESSMENT_ID = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Unknown assessment");
const WAVE = z.coerce.number().int().min(1).max(9999);
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ITEM_KEY = z.string().min(1).max(80).regex(KEBAB, "Unknown question");

/** Free text of a textarea: line breaks as \n, trimmed, at most MAX_OUTCOME_TEXT characters, no control characters; "" → null. */
const TEXT = z
  .string()
  .transform((s) => s.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .max(MAX_OUTCOME_TEXT, `At most ${MAX_OUTCOME_TEXT.toLocaleString("en-US")} characters`)
      .refine((s) => !hasControlCharacters(s, "several"), NO_CONTROL_MESSAGE),
  )
  .transform((s) => (s === "" ? null : s));

/** A count typed into a number field: "" (or nothing) means no vote entered. */
const COUNT = z.preprocess(
  (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") || (typeof v === "number" && Number.isNaN(v)) ? undefined : typeof v === "string" ? Number(v.trim()) : v),
  z
    .number({ error: "Enter a whole number" })
    .int("Enter a whole number")
    .min(0, "At least 0")
    .max(MAX_VOTES, `At most ${MAX_VOTES.toLocaleString("en-US")}`)
    .optional(),
);

const VOTE = z.object({ option: z.string().min(1).max(80).regex(KEBAB, "Unknown answer"), count: COUNT });

export const ZWorkshopOutcome = z
  .object({
    assessmentId: ASSESSMENT_ID,
    waveNumber: WAVE,
    itemKey: ITEM_KEY,
    outcome: z.enum(WORKSHOP_OUTCOMES, { error: "Choose an outcome" }),
    position: TEXT.optional(),
    notes: TEXT.optional(),
    /** One row per vote option of the question (as the form lists them); rows without a count are dropped. */
    votes: z.array(VOTE).max(100, "Too many answers").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "agreed" && !v.position) ctx.addIssue({ code: "custom", path: ["position"], message: "Write down the position both sides agreed on" });
    const seen = new Set<string>();
    for (const row of v.votes ?? []) {
      if (seen.has(row.option)) ctx.addIssue({ code: "custom", path: ["votes"], message: "Each answer can be counted once" });
      seen.add(row.option);
    }
  })
  .transform(({ votes, position, notes, ...rest }) => {
    const counted = (votes ?? []).filter((r): r is { option: string; count: number } => r.count !== undefined);
    return {
      ...rest,
      position: position ?? null,
      notes: notes ?? null,
      votes: counted.length ? Object.fromEntries(counted.map((r) => [r.option, r.count])) : null,
    };
  });
export type TWorkshopOutcomeInput = z.input<typeof ZWorkshopOutcome>;
export type TWorkshopOutcome = z.output<typeof ZWorkshopOutcome>;

export const ZWorkshopOutcomeClear = z.object({ assessmentId: ASSESSMENT_ID, waveNumber: WAVE, itemKey: ITEM_KEY });
export type TWorkshopOutcomeClear = z.infer<typeof ZWorkshopOutcomeClear>;

/**
 * A form post (no JavaScript) as the schema's input: fields named as the form names them (`votes.0.option`,
 * `votes.0.count`, …), which is also how react-hook-form names them.
 */
const FORM_FIELDS = new Set(["assessmentId", "waveNumber", "itemKey", "outcome", "position", "notes"]);

export function workshopOutcomeFromForm(form: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const votes: { option?: unknown; count?: unknown }[] = [];
  for (const [name, value] of form instanceof FormData ? form.entries() : []) {
    if (typeof value !== "string") continue;
    const vote = /^votes\.(\d{1,3})\.(option|count)$/.exec(name);
    if (vote) {
      const row = (votes[Number(vote[1])] ??= {});
      row[vote[2] as "option" | "count"] = value;
    } else if (FORM_FIELDS.has(name) && !(name in out)) {
      out[name] = value;
    }
  }
  const rows = votes.filter(Boolean);
  if (rows.length) out.votes = rows;
  return out;
}

/** The workshop page's query: ?wave=N (default: the latest revealed wave), &gap=K or &gap=summary, &present=1. */
export const ZWorkshopQuery = z.object({
  wave: z.string().regex(/^\d{1,4}$/).transform(Number).optional().catch(undefined),
  gap: z.union([z.literal("summary"), z.string().regex(/^\d{1,3}$/).transform(Number)]).optional().catch(undefined),
  present: z.literal("1").optional().catch(undefined),
  saved: z.enum(["1", "cleared", "invalid", "error"]).optional().catch(undefined),
});
export type TWorkshopQuery = z.infer<typeof ZWorkshopQuery>;
