// Mirror items: how well each side predicts the other side's answers.
import type { Side } from "@/lib/domain";
import type { QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import type { CollectedAnswers, SideAnswers } from "./item-stats";
import { shareStat } from "./item-stats";
import { mean, meanOfDefined } from "./stats";
import type { MirrorItemResult, MirrorPrediction, MirrorSummary, SidePair } from "./types";

export const OTHER_SIDE: Record<Side, Side> = { marketing: "it", it: "marketing" };

/**
 * Side S's prediction on a mirror item = the mean of S's `predicted` values (percent);
 * the actual = the share of the OTHER side whose `self` answer satisfies MirrorSpec.match;
 * error = predicted − actual (positive: S over-estimates how many on the other side agree).
 */
export function mirrorPrediction(item: QuestionnaireItemDef, predicted: readonly number[], other: SideAnswers): MirrorPrediction {
  const actual = item.mirror ? shareStat(other.values, item.mirror.match) : { n: 0, share: null };
  const p = mean(predicted);
  const error = p === null || actual.share === null ? null : p - actual.share;
  return {
    n: predicted.length,
    predicted: p,
    nActual: actual.n,
    actual: actual.share,
    error,
    absError: error === null ? null : Math.abs(error),
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
