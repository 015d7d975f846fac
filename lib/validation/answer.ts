// Answer values, validated with the same zod schemas in the browser (before autosave) and on the server
// (the autosave route and submit). `draft` accepts partial answers while someone is still answering (a ranking
// of two out of four, with empty positions; a trade-off below 100 points); `final` is what submit requires.
// zod/mini: the same schemas, tree-shakable, so the questionnaire page ships a fraction of full zod.
import * as z from "zod/mini";
import type { ItemKind } from "@/lib/questionnaire/types";
import { isStorableText, UNSTORABLE_MESSAGE } from "@/lib/validation/storable-text";

/** What validation needs to know of an item (a full definition or the respondent's client copy). */
export interface AnswerShape {
  kind: ItemKind;
  required: boolean;
  options?: { id: string }[];
  max?: number;
  mirror?: unknown;
}

export const FREE_TEXT_MAX = 2000;
export type AnswerMode = "draft" | "final";

const ITEM_KEY = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Unknown question"), z.maxLength(80, "Unknown question"));

/** The autosave request body: one item and its value; nothing else is accepted (no response ids). */
export const ZAnswerSave = z.strictObject({ itemKey: ITEM_KEY, value: z.unknown() });
export type TAnswerSave = z.infer<typeof ZAnswerSave>;

const percent = z
  .number({ error: "Enter a number from 0 to 100" })
  .check(z.int("Enter a whole number from 0 to 100"), z.minimum(0, "Enter a number from 0 to 100"), z.maximum(100, "Enter a number from 0 to 100"));

/** An option with this id means "none of the others" and excludes every other choice (choose-up-to items). */
export const NONE_OPTION = "none";

function optionIds(item: AnswerShape): [string, ...string[]] {
  const ids = (item.options ?? []).map((o) => o.id);
  return ids as [string, ...string[]];
}


const sum = (v: Partial<Record<string, number>>) => Object.values(v).reduce((s: number, n) => s + (n ?? 0), 0);

function baseSchema(item: AnswerShape, mode: AnswerMode): z.ZodMiniType {
  const option = z.enum(optionIds(item), { error: "Choose one of the listed options" });
  const unique = (values: string[]) => new Set(values).size === values.length;
  switch (item.kind) {
    case "agreement":
      return z
        .number({ error: "Choose a point on the scale" })
        .check(z.int("Choose a point on the scale"), z.minimum(1, "Choose a point on the scale"), z.maximum(5, "Choose a point on the scale"));
    case "yes-no":
      return z.boolean({ error: "Answer yes or no" });
    case "single-choice":
      return option;
    case "choose-up-to":
      return z
        .array(option)
        .check(
          z.minLength(mode === "final" ? 1 : 0, "Choose at least one"),
          z.maxLength(item.max ?? 3, `Choose up to ${item.max ?? 3}`),
          z.refine(unique, "Choose each option once"),
          z.refine((values) => !values.includes(NONE_OPTION) || values.length === 1, "“None of these” cannot be combined with other choices"),
        );
    case "ranking": {
      // option ids in rank order. While answering, a position may be empty (null: 2nd chosen before 1st), so no
      // choice moves or is lost (components/forms/fields/ranking.ts); submit needs every position, without holes.
      const max = item.max ?? optionIds(item).length;
      if (mode === "final") {
        return z.array(option).check(z.length(max, `Rank ${max}`), z.refine(unique, "Rank each option once"));
      }
      const filled = (values: (string | null)[]) => values.filter((v): v is string => v !== null);
      return z
        .array(z.nullable(option))
        .check(
          z.maxLength(max, `Rank at most ${max}`),
          z.refine((values) => unique(filled(values)), "Rank each option once"),
          z.refine((values) => values.length === 0 || filled(values).length > 0, "Rank at least one option"),
        );
    }
    case "percentage":
      return percent;
    case "trade-off": {
      const points = z
        .number({ error: "Points must be numbers" })
        .check(z.int("Use whole points"), z.minimum(0, "Points cannot be negative"), z.maximum(100, "At most 100 points"));
      return z
        .partialRecord(option, points)
        .check(
          z.refine((v) => sum(v) <= 100, "The points add up to more than 100"),
          z.refine((v) => mode === "draft" || sum(v) === 100, "Share exactly 100 points"),
        );
    }
    case "free-text":
      return z
        .string({ error: "Enter text" })
        .check(z.maxLength(FREE_TEXT_MAX, `At most ${FREE_TEXT_MAX} characters`), z.refine(isStorableText, UNSTORABLE_MESSAGE));
  }
}

/** The schema for one item's stored value. Mirror items store `{ self, predicted }`. */
export function answerSchema(item: AnswerShape, mode: AnswerMode): z.ZodMiniType {
  const base = baseSchema(item, mode);
  if (!item.mirror) return base;
  if (mode === "final") return z.strictObject({ self: base, predicted: percent });
  return z
    .strictObject({ self: z.optional(base), predicted: z.optional(percent) })
    .check(z.refine((v) => v.self !== undefined || v.predicted !== undefined, "Answer the question or the prediction"));
}

export type AnswerCheck = { ok: true; value: unknown } | { ok: false; error: string };

export function checkAnswer(item: AnswerShape, value: unknown, mode: AnswerMode): AnswerCheck {
  const result = answerSchema(item, mode).safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: result.error.issues[0]?.message ?? "This answer is not valid" };
}

/** Does a stored value complete the item? Optional items are complete when empty. */
export function isAnswerComplete(item: AnswerShape, value: unknown): boolean {
  if (value === undefined || value === null || value === "") return !item.required;
  if (!item.required && item.kind === "free-text") return checkAnswer(item, value, "draft").ok;
  return checkAnswer(item, value, "final").ok;
}
