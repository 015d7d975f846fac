// Reading stored answers: validation by kind, mirror unwrapping, predicates, and the 0-1 item score.
import type { Side } from "@/lib/domain";
import type { AnswerPredicate, AnswerValue, QuestionnaireItemDef } from "@/lib/questionnaire/types";

export interface ReadAnswer {
  /** The respondent's own answer, validated for the item's kind; undefined when missing or malformed. */
  self: AnswerValue | undefined;
  /** Mirror items: the respondent's prediction of the other side's share agreeing, 0-100. */
  predicted: number | undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isFiniteIn(v: unknown, lo: number, hi: number): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= lo && v <= hi;
}

// Option ids per item, computed once per item definition (items are immutable once published).
const optionIds = new WeakMap<QuestionnaireItemDef, Set<string> | null>();

function knownOption(item: QuestionnaireItemDef, id: string): boolean {
  let ids = optionIds.get(item);
  if (ids === undefined) {
    ids = item.options ? new Set(item.options.map((o) => o.id)) : null;
    optionIds.set(item, ids);
  }
  return ids === null || ids.has(id);
}

/** The answer if it is a valid value for the item's kind, else undefined (treated as "not answered"). */
export function validateValue(item: QuestionnaireItemDef, v: unknown): AnswerValue | undefined {
  switch (item.kind) {
    case "agreement":
      return isFiniteIn(v, 1, 5) ? v : undefined;
    case "percentage":
      return isFiniteIn(v, 0, 100) ? v : undefined;
    case "yes-no":
      return typeof v === "boolean" ? v : undefined;
    case "free-text":
      return typeof v === "string" ? v : undefined;
    case "single-choice":
      return typeof v === "string" && knownOption(item, v) ? v : undefined;
    case "choose-up-to":
    case "ranking": {
      if (!Array.isArray(v)) return undefined;
      const ids = [...new Set(v.filter((x): x is string => typeof x === "string" && knownOption(item, x)))];
      return ids;
    }
    case "trade-off": {
      if (!isRecord(v)) return undefined;
      const out: Record<string, number> = {};
      for (const [k, x] of Object.entries(v)) {
        if (knownOption(item, k) && typeof x === "number" && Number.isFinite(x) && x >= 0) out[k] = x;
      }
      return out;
    }
  }
}

/** Splits a stored value into the respondent's own answer and (mirror items) their prediction. */
export function readAnswer(item: QuestionnaireItemDef, raw: AnswerValue | undefined): ReadAnswer {
  if (raw === undefined || raw === null) return { self: undefined, predicted: undefined };
  if (item.mirror && isRecord(raw) && "self" in raw) {
    const predicted = isFiniteIn(raw.predicted, 0, 100) ? raw.predicted : undefined;
    return { self: validateValue(item, raw.self), predicted };
  }
  return { self: validateValue(item, raw), predicted: undefined };
}

/** Whether the item is asked of this side at all. */
export function askedOf(item: QuestionnaireItemDef, side: Side): boolean {
  return !item.sides || item.sides.length === 0 || item.sides.includes(side);
}

function numberFor(v: AnswerValue, option: string | undefined): number | undefined {
  if (typeof v === "number") return v;
  if (option !== undefined && isRecord(v) && !("self" in v)) {
    const x = (v as Record<string, number>)[option];
    return typeof x === "number" ? x : 0; // an option given no points has 0 points
  }
  return undefined;
}

/**
 * Does a (validated, self) answer satisfy the predicate? `option` is the benchmark link's option, used by
 * "at-least" (trade-off components) and as a fallback for "more-than".
 */
export function matchesPredicate(pred: AnswerPredicate, v: AnswerValue, option?: string): boolean {
  switch (pred.type) {
    case "scale-at-least":
      return typeof v === "number" && v >= pred.min;
    case "equals":
      return v === pred.value;
    case "includes":
      return Array.isArray(v) ? v.includes(pred.option) : v === pred.option;
    case "ranked-within": {
      if (!Array.isArray(v)) return false;
      const i = v.indexOf(pred.option);
      return i >= 0 && i < pred.top;
    }
    case "at-least": {
      const x = numberFor(v, option);
      return x !== undefined && x >= pred.min;
    }
    case "more-than": {
      const x = numberFor(v, pred.option ?? option);
      return x !== undefined && x > pred.min;
    }
  }
}

/** A canonical key for (predicate, option), to deduplicate predicates of one item. */
export function predicateKey(pred: AnswerPredicate, option?: string): string {
  const p = pred as Record<string, unknown>;
  const parts = [pred.type, p.min, p.value, p.option, p.top, option].map((x) => (x === undefined ? "" : String(x)));
  return parts.join("|");
}

/** The default "agreeing" predicate of kinds that have a natural one (agreement ≥ 4, yes). */
export function defaultPredicate(item: QuestionnaireItemDef): AnswerPredicate | null {
  if (item.kind === "agreement") return { type: "scale-at-least", min: 4 };
  if (item.kind === "yes-no") return { type: "equals", value: true };
  return null;
}

/** The item's primary predicate: the mirror's match, else its first benchmark link's, else the default. */
export function primaryPredicate(
  item: QuestionnaireItemDef,
): { match: AnswerPredicate; option?: string; source: "mirror" | "benchmark" | "default" } | null {
  if (item.mirror) return { match: item.mirror.match, source: "mirror" };
  const link = item.benchmarks[0];
  if (link) return { match: link.match, option: link.option, source: "benchmark" };
  const d = defaultPredicate(item);
  return d ? { match: d, source: "default" } : null;
}

/**
 * One respondent's 0-1 score on an item, for imperative scores; null when the item is not scored.
 *   agreement (v−1)/4 · yes-no 1/0 · percentage v/100 · other kinds: 1/0 under the primary predicate.
 * Reversed (1 − s) for lower-is-better. Items with polarity "none" and free-text are not scored.
 */
export function itemScore(item: QuestionnaireItemDef, v: AnswerValue): number | null {
  if (item.polarity === "none") return null;
  let s: number | null = null;
  if (item.kind === "agreement" && typeof v === "number") s = (v - 1) / 4;
  else if (item.kind === "yes-no" && typeof v === "boolean") s = v ? 1 : 0;
  else if (item.kind === "percentage" && typeof v === "number") s = v / 100;
  else if (item.kind !== "free-text") {
    const p = primaryPredicate(item);
    if (p) s = matchesPredicate(p.match, v, p.option) ? 1 : 0;
  }
  if (s === null) return null;
  s = Math.min(1, Math.max(0, s));
  return item.polarity === "lower-is-better" ? 1 - s : s;
}

/** Whether the item can contribute to imperative scores at all (independent of the answers). */
export function isScored(item: QuestionnaireItemDef): boolean {
  if (item.polarity === "none" || item.imperatives.length === 0 || item.kind === "free-text") return false;
  if (item.kind === "agreement" || item.kind === "yes-no" || item.kind === "percentage") return true;
  return primaryPredicate(item) !== null;
}
