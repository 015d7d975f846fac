// Marketing-IT perception gaps per item, and the organisation's alignment index.
import type { QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { primaryPredicate } from "./answers";
import type { SideAnswers } from "./item-stats";
import { optionWeights } from "./item-stats";
import { totalVariation } from "./stats";
import type { AlignmentResult, ItemGap, ItemResult, SidePair } from "./types";

function diff(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

const abs = (x: number | null) => (x === null ? null : Math.abs(x));

/**
 * The gap on one item.
 * - gap = marketing − IT in points: the share agreeing under the primary predicate when the item has one,
 *   otherwise the normalized mean (percentage items without a link). Null unless both sides answered.
 * - distance (for the alignment index, always 0-100 and symmetric):
 *   agreement, percentage: |difference of normalized means| (1-5 mapped to 0-100 as (m−1)/4·100);
 *   yes-no: |difference of shares saying yes|;
 *   single-choice, choose-up-to, ranking, trade-off: total variation distance between the two sides' option
 *   profiles (see optionWeights), ×100 — 0 when both sides spread their choices identically, 100 when they
 *   choose disjoint options;
 *   free-text: not comparable.
 */
export function computeItemGap(
  item: QuestionnaireItemDef,
  r: ItemResult,
  answers: SidePair<SideAnswers>,
): ItemGap {
  const m = r.sides.marketing;
  const i = r.sides.it;
  const both = m.n > 0 && i.n > 0;
  const hasShare = primaryPredicate(item) !== null;
  const gapBasis: ItemGap["gapBasis"] = hasShare ? "share" : isNumeric(item) ? "normalized-mean" : null;
  const value: SidePair<number | null> =
    gapBasis === "share"
      ? { marketing: m.share, it: i.share }
      : gapBasis === "normalized-mean"
        ? { marketing: m.normalizedMean, it: i.normalizedMean }
        : { marketing: null, it: null };
  const gap = both ? diff(value.marketing, value.it) : null;

  let distance: number | null = null;
  let distanceBasis: ItemGap["distanceBasis"] = null;
  if (item.kind === "agreement" || item.kind === "percentage") {
    distanceBasis = "normalized-mean";
    distance = both ? abs(diff(m.normalizedMean, i.normalizedMean)) : null;
  } else if (item.kind === "yes-no") {
    distanceBasis = "share";
    distance = both ? abs(diff(m.normalizedMean, i.normalizedMean)) : null;
  } else if (item.kind !== "free-text") {
    distanceBasis = "distribution";
    if (both) {
      const tv = totalVariation(optionWeights(item, answers.marketing.values), optionWeights(item, answers.it.values));
      distance = tv === null ? null : tv * 100;
    }
  }

  const predicateGaps = r.predicates.map((p) => {
    const g = both ? diff(p.sides.marketing.share, p.sides.it.share) : null;
    return p.option === undefined ? { key: p.key, gap: g, absGap: abs(g) } : { key: p.key, option: p.option, gap: g, absGap: abs(g) };
  });
  const candidates = [abs(gap), distance, ...predicateGaps.map((p) => p.absGap)].filter((x): x is number => x !== null);
  return {
    itemKey: item.key,
    kind: item.kind,
    n: { marketing: m.n, it: i.n },
    value,
    gap,
    absGap: abs(gap),
    gapBasis,
    predicateGaps,
    distance,
    distanceBasis,
    maxAbsGap: candidates.length === 0 ? null : Math.max(...candidates),
  };
}

function isNumeric(item: QuestionnaireItemDef): boolean {
  return item.kind === "agreement" || item.kind === "percentage" || item.kind === "yes-no";
}

/**
 * Alignment index = 100 − the mean distance over comparable items (items both sides answered, free-text
 * excluded). Every distance is symmetric and on 0-100, so the index is in [0, 100], identical sides give 100,
 * and swapping the sides gives the same index. Null when no item is comparable.
 */
export function alignmentIndex(gaps: readonly ItemGap[]): AlignmentResult {
  let sum = 0;
  let n = 0;
  for (const g of gaps) {
    if (g.distance === null) continue;
    sum += g.distance;
    n++;
  }
  if (n === 0) return { index: null, meanDistance: null, comparableItems: 0 };
  const meanDistance = sum / n;
  return { index: Math.min(100, Math.max(0, 100 - meanDistance)), meanDistance, comparableItems: n };
}
