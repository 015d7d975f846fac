// Mirror items: how well each side predicts the other side's answers.
import type { Side } from "@/lib/domain";
import type { QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import type { CollectedAnswers, SideAnswers } from "./item-stats";
import { shareStat } from "./item-stats";
import { midPBinomialTest, midPInterval } from "./binomial-test";
import { midPTails } from "./distributions";
import { mean, meanOfDefined } from "./stats";
import { MIN_PER_SIDE, MIRROR_EQUIVALENCE_MARGIN } from "./thresholds";
import type { MirrorItemResult, MirrorPrediction, MirrorSummary, SidePair } from "./types";

export const OTHER_SIDE: Record<Side, Side> = { marketing: "it", it: "marketing" };

/**
 * Side S's prediction on a mirror item = the mean of S's `predicted` values (percent);
 * the actual = the share of the OTHER side whose `self` answer satisfies MirrorSpec.match;
 * error = predicted − actual (positive: S over-estimates how many on the other side agree).
 * The check: is the prediction outside the plausible range of the other side's share? The mid-p binomial test
 * of the other side's count against the mean prediction, with the mid-p interval of the actual share (the error's
 * interval is the prediction minus it). Needs MIN_PER_SIDE on both sides; "off"/"close" are set in labels.ts.
 */
export function mirrorPrediction(item: QuestionnaireItemDef, predicted: readonly number[], other: SideAnswers): MirrorPrediction {
  const actual = item.mirror ? shareStat(other.values, item.mirror.match) : { n: 0, agreeing: 0, share: null };
  const p = mean(predicted);
  const error = p === null || actual.share === null ? null : p - actual.share;
  const ci = midPInterval(actual.agreeing, actual.n);
  const out: MirrorPrediction = {
    n: predicted.length,
    predicted: p,
    nActual: actual.n,
    actual: actual.share,
    actualInterval: ci ? [ci[0] * 100, ci[1] * 100] : null,
    error,
    absError: error === null ? null : Math.abs(error),
    test: null,
    equivalence: null,
    label: "too few answers to tell",
  };
  if (p === null || error === null || !ci || predicted.length < MIN_PER_SIDE || actual.n < MIN_PER_SIDE) return out;
  const p0 = p / 100;
  const t = midPBinomialTest(actual.agreeing, actual.n, p0)!;
  const m = MIRROR_EQUIVALENCE_MARGIN / 100;
  const above = p0 - m <= 0 ? 0 : midPTails(actual.agreeing, actual.n, p0 - m).upper;
  const below = p0 + m >= 1 ? 0 : midPTails(actual.agreeing, actual.n, p0 + m).lower;
  return {
    ...out,
    test: { estimate: error, interval: [p - ci[1] * 100, p - ci[0] * 100], p: t.p, q: null, method: "mid-p binomial" },
    equivalence: { margin: MIRROR_EQUIVALENCE_MARGIN, p: Math.max(above, below), q: null },
    label: "not distinguishable",
  };
}

export function mirrorItem(item: QuestionnaireItemDef, answers: SidePair<SideAnswers>): MirrorItemResult {
  return {
    itemKey: item.key,
    predictions: {
      marketing: mirrorPrediction(item, answers.marketing.predicted, answers.it),
      it: mirrorPrediction(item, answers.it.predicted, answers.marketing),
    },
  };
}

/** Accuracy of a set of predictions = 100 − mean absolute error (null when none has data); in [0, 100]. */
export function accuracy(predictions: readonly MirrorPrediction[]): number | null {
  const m = meanOfDefined(predictions.map((p) => p.absError));
  return m === null ? null : Math.max(0, Math.min(100, 100 - m));
}

export function mirrorSummary(q: QuestionnaireDef, answers: CollectedAnswers): MirrorSummary {
  const items = q.items
    .filter((i) => i.mirror)
    .map((i) => mirrorItem(i, answers.get(i.key) ?? emptyPair()));
  const marketing = accuracy(items.map((i) => i.predictions.marketing));
  const it = accuracy(items.map((i) => i.predictions.it));
  return { items, accuracy: { marketing, it, combined: meanOfDefined([marketing, it]) } };
}

export function emptyPair(): SidePair<SideAnswers> {
  return { marketing: { values: [], predicted: [] }, it: { values: [], predicted: [] } };
}
