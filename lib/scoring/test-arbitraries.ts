// fast-check generators of answers and respondents for the fixture questionnaire (tests only).
import fc from "fast-check";
import type { Side } from "@/lib/domain";
import type { AnswerValue, QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import type { ScoringRespondent } from "./types";

/** A valid own answer for the item's kind. */
export function selfAnswer(item: QuestionnaireItemDef): fc.Arbitrary<AnswerValue> {
  const ids = (item.options ?? []).map((o) => o.id);
  switch (item.kind) {
    case "agreement":
      return fc.integer({ min: 1, max: 5 });
    case "yes-no":
      return fc.boolean();
    case "single-choice":
      return fc.constantFrom(...ids);
    case "choose-up-to":
      return fc.uniqueArray(fc.constantFrom(...ids), { maxLength: item.max ?? ids.length });
    case "ranking":
      return fc.shuffledSubarray(ids, { minLength: 1, maxLength: item.max ?? ids.length });
    case "percentage":
      return fc.integer({ min: 0, max: 100 });
    case "trade-off":
      return fc
        .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
        .map(([a, b]) => {
          const lo = Math.min(a, b);
          const hi = Math.max(a, b);
          const pts = [lo, hi - lo, 100 - hi];
          return Object.fromEntries(ids.map((id, i) => [id, pts[i] ?? 0]));
        });
    case "free-text":
      return fc.string({ maxLength: 20 });
  }
}

/** A stored answer: valid (wrapped for mirror items), missing, or — rarely — malformed. */
export function storedAnswer(item: QuestionnaireItemDef, opts: { malformed?: boolean } = {}): fc.Arbitrary<AnswerValue | undefined> {
  const valid = item.mirror
    ? fc.record({ self: selfAnswer(item), predicted: fc.integer({ min: 0, max: 100 }) })
    : selfAnswer(item);
  const options: fc.WeightedArbitrary<AnswerValue | undefined>[] = [
    { weight: 8, arbitrary: valid },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ];
  if (opts.malformed) {
    options.push({
      weight: 1,
      arbitrary: fc.oneof(
        fc.constant(Number.NaN as AnswerValue),
        fc.constant(7 as AnswerValue),
        fc.constant(-3 as AnswerValue),
        fc.constant("nonsense" as AnswerValue),
        fc.constant({ self: 9, predicted: 400 } as AnswerValue),
      ),
    });
  }
  return fc.oneof(...options);
}

export function answersFor(q: QuestionnaireDef, opts: { malformed?: boolean } = {}): fc.Arbitrary<Record<string, AnswerValue | undefined>> {
  return fc.record(Object.fromEntries(q.items.map((item) => [item.key, storedAnswer(item, opts)])));
}

export function respondentsFor(
  q: QuestionnaireDef,
  side: Side,
  opts: { minLength?: number; maxLength?: number; malformed?: boolean } = {},
): fc.Arbitrary<ScoringRespondent[]> {
  return fc
    .array(answersFor(q, opts), { minLength: opts.minLength ?? 0, maxLength: opts.maxLength ?? 6 })
    .map((list) => list.map((answers, i) => ({ id: `${side}-${i}`, side, tier: "team" as const, answers })));
}

/** Marketing and IT respondents, each side possibly empty. */
export function teamFor(q: QuestionnaireDef, opts: { malformed?: boolean; maxLength?: number } = {}) {
  return fc.tuple(respondentsFor(q, "marketing", opts), respondentsFor(q, "it", opts));
}

/** Every number reachable in a value is finite (no NaN, no ±Infinity). */
export function allFinite(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x && typeof x === "object") return Object.values(x).every(allFinite);
  return true;
}

/** Swap the sides of every respondent. */
export function swapSides(rs: readonly ScoringRespondent[]): ScoringRespondent[] {
  return rs.map((r) => ({ ...r, side: r.side === "marketing" ? "it" : "marketing" }));
}
