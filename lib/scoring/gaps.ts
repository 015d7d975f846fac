// Marketing-IT perception gaps per item: the tested differences (shares and means) and the symmetric distance
// the alignment index uses. Labels are set after the false-discovery step (labels.ts).
import type { AnswerPredicate, AnswerValue, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { primaryPredicate, predicateKey } from "./answers";
import type { SideAnswers } from "./item-stats";
import { normalizeMean, optionWeights } from "./item-stats";
import { meanDifference } from "./mean-tests";
import { newcombeEquivalenceP, newcombeInterval, newcombePValue } from "./newcombe";
import { mean, totalVariation } from "./stats";
import { GAP_EQUIVALENCE_MARGIN, MIN_PER_SIDE } from "./thresholds";
import type { GapTest, ItemGap, ItemResult, ShareStat, SidePair } from "./types";

function diff(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

const abs = (x: number | null) => (x === null ? null : Math.abs(x));

/** A tested difference of two shares (Newcombe), or "too few answers to tell" below MIN_PER_SIDE on a side. */
export function shareGapTest(key: string, option: string | undefined, m: ShareStat, i: ShareStat, match: AnswerPredicate | null = null): GapTest {
  const estimate = m.share !== null && i.share !== null ? m.share - i.share : null;
  const base: GapTest = { key, basis: "share", match, n: { marketing: m.n, it: i.n }, values: { marketing: m.share, it: i.share }, estimate, test: null, equivalence: null, label: "too few answers to tell" };
  if (option !== undefined) base.option = option;
  if (m.n < MIN_PER_SIDE || i.n < MIN_PER_SIDE || estimate === null) return base;
  const a = { k: m.agreeing, n: m.n };
  const b = { k: i.agreeing, n: i.n };
  const ci = newcombeInterval(a, b)!;
  return {
    ...base,
    test: { estimate, interval: [ci[0] * 100, ci[1] * 100], p: newcombePValue(a, b)!, q: null, method: "newcombe" },
    equivalence: { margin: GAP_EQUIVALENCE_MARGIN, p: newcombeEquivalenceP(a, b, GAP_EQUIVALENCE_MARGIN / 100)!, q: null },
    label: "not distinguishable",
  };
}

/** A tested difference of two means on a 0-100 scale (percentage answers, trade-off points). */
export function meanGapTest(key: string, option: string | undefined, m: readonly number[], i: readonly number[]): GapTest {
  const estimate = m.length && i.length ? mean(m)! - mean(i)! : null;
  const values = { marketing: mean(m), it: mean(i) };
  const base: GapTest = { key, basis: "mean", match: null, n: { marketing: m.length, it: i.length }, values, estimate, test: null, equivalence: null, label: "too few answers to tell" };
  if (option !== undefined) base.option = option;
  if (m.length < MIN_PER_SIDE || i.length < MIN_PER_SIDE || estimate === null) return base;
  const d = meanDifference(m, i, 100, GAP_EQUIVALENCE_MARGIN)!;
  return {
    ...base,
    test: { estimate: d.estimate, interval: d.interval, p: d.p, q: null, method: d.method },
    equivalence: { margin: GAP_EQUIVALENCE_MARGIN, p: d.equivalenceP ?? 1, q: null },
    label: "not distinguishable",
  };
}

const numbers = (values: readonly AnswerValue[]) => values.filter((v): v is number => typeof v === "number");
const points = (values: readonly AnswerValue[], option: string) =>
  values.flatMap((v) => (typeof v === "object" && v !== null && !Array.isArray(v) ? [Number((v as Record<string, number>)[option] ?? 0)] : []));

/**
 * Every tested difference of an item: its predicates (primary first, then each benchmark link's), then — for
 * items whose options have no predicate — the share choosing (ranking, picking) each remaining option, or the
 * mean points per option of a trade-off; percentage items without a predicate test their mean.
 */
export function gapTests(item: QuestionnaireItemDef, r: ItemResult, answers: SidePair<SideAnswers>): GapTest[] {
  const tests: GapTest[] = r.predicates.map((p) => shareGapTest(p.key, p.option ?? optionOf(p.match), p.sides.marketing, p.sides.it, p.match));
  const covered = new Set(tests.map((t) => t.option).filter((o) => o !== undefined));
  if (item.kind === "percentage" && !primaryPredicate(item)) {
    tests.unshift(meanGapTest("mean", undefined, numbers(answers.marketing.values), numbers(answers.it.values)));
  }
  if (item.kind === "trade-off") {
    for (const o of item.options ?? []) {
      tests.push(meanGapTest(`mean|${o.id}`, o.id, points(answers.marketing.values, o.id), points(answers.it.values, o.id)));
    }
  } else if (item.kind === "single-choice" || item.kind === "choose-up-to" || item.kind === "ranking") {
    for (const o of item.options ?? []) {
      if (covered.has(o.id)) continue;
      const match =
        item.kind === "single-choice"
          ? ({ type: "equals", value: o.id } as const)
          : item.kind === "ranking"
            ? ({ type: "ranked-within", option: o.id, top: item.max ?? item.options!.length } as const)
            : ({ type: "includes", option: o.id } as const);
      const share = (values: readonly AnswerValue[]): ShareStat => {
        let k = 0;
        for (const v of values) if (Array.isArray(v) ? v.includes(o.id) : v === o.id) k++;
        return { n: values.length, agreeing: k, share: values.length ? (100 * k) / values.length : null };
      };
      tests.push(shareGapTest(predicateKey(match), o.id, share(answers.marketing.values), share(answers.it.values), match));
    }
  }
  return tests;
}

function optionOf(match: ItemResult["predicates"][number]["match"]): string | undefined {
  if (match.type === "includes" || match.type === "ranked-within") return match.option;
  if (match.type === "equals" && typeof match.value === "string") return match.value;
  return undefined;
}

/**
 * Symmetric 0-100 distance between two sides' answers to one item (alignment index):
 * agreement, percentage: |difference of normalized means|; yes-no: |difference of shares saying yes|;
 * single-choice, choose-up-to, ranking, trade-off: total variation distance between the option profiles
 * (see optionWeights) × 100; free-text: null. Null unless both sides answered.
 */
export function itemDistance(item: QuestionnaireItemDef, a: readonly AnswerValue[], b: readonly AnswerValue[]): number | null {
  if (a.length === 0 || b.length === 0) return null;
  if (item.kind === "agreement" || item.kind === "percentage") {
    return abs(diff(normalizeMean(item, mean(numbers(a))), normalizeMean(item, mean(numbers(b)))));
  }
  if (item.kind === "yes-no") {
    const yes = (v: readonly AnswerValue[]) => (100 * v.filter((x) => x === true).length) / v.length;
    return Math.abs(yes(a) - yes(b));
  }
  if (item.kind === "free-text") return null;
  const tv = totalVariation(optionWeights(item, a), optionWeights(item, b));
  return tv === null ? null : tv * 100;
}

export function distanceBasis(item: QuestionnaireItemDef): ItemGap["distanceBasis"] {
  if (item.kind === "agreement" || item.kind === "percentage") return "normalized-mean";
  if (item.kind === "yes-no") return "share";
  return item.kind === "free-text" ? null : "distribution";
}

/** The gap on one item: headline values, every tested difference, and the distance (chance distance: alignment.ts). */
export function computeItemGap(item: QuestionnaireItemDef, r: ItemResult, answers: SidePair<SideAnswers>): ItemGap {
  const m = r.sides.marketing;
  const i = r.sides.it;
  const both = m.n > 0 && i.n > 0;
  const hasShare = primaryPredicate(item) !== null;
  const numeric = item.kind === "agreement" || item.kind === "percentage" || item.kind === "yes-no";
  const gapBasis: ItemGap["gapBasis"] = hasShare ? "share" : numeric ? "normalized-mean" : null;
  const value: SidePair<number | null> =
    gapBasis === "share"
      ? { marketing: m.share, it: i.share }
      : gapBasis === "normalized-mean"
        ? { marketing: m.normalizedMean, it: i.normalizedMean }
        : { marketing: null, it: null };
  const gap = both ? diff(value.marketing, value.it) : null;
  return {
    itemKey: item.key,
    kind: item.kind,
    n: { marketing: m.n, it: i.n },
    value,
    gap,
    absGap: abs(gap),
    gapBasis,
    tests: gapTests(item, r, answers),
    label: "not distinguishable",
    distance: itemDistance(item, answers.marketing.values, answers.it.values),
    distanceBasis: distanceBasis(item),
    chanceDistance: null,
  };
}
