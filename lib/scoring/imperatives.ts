// Scores 0-100 for Accenture's five imperatives, per side and combined.
import { IMPERATIVE_IDS, SIDES, type ImperativeId, type Side } from "@/lib/domain";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { isScored, itemScore } from "./answers";
import type { CollectedAnswers } from "./item-stats";
import { mean, meanOfDefined } from "./stats";
import type { ImperativeScore, SidePair } from "./types";

/**
 * For each imperative and side:
 *   1. each respondent's answer to each scored item tagged with the imperative becomes a 0-1 score
 *      (agreement (v−1)/4, yes-no 1/0, percentage v/100, other kinds 1/0 under the primary predicate;
 *      reversed as 1 − s for lower-is-better; polarity "none" does not count) — see `itemScore`;
 *   2. item score = mean over the side's respondents who answered it;
 *   3. side score = 100 × mean of the item scores (each item weighs the same, whatever its number of answers);
 *   4. combined = mean of the two side scores when both exist (a side of 20 does not swamp a side of 3),
 *      else the one side's score, else null.
 * An imperative with no scored answers on a side is null for that side, never NaN.
 */
export function imperativeScores(q: QuestionnaireDef, answers: CollectedAnswers): ImperativeScore[] {
  return IMPERATIVE_IDS.map((imperative) => scoreOne(q, answers, imperative));
}

function scoreOne(q: QuestionnaireDef, answers: CollectedAnswers, imperative: ImperativeId): ImperativeScore {
  const items = q.items.filter((it) => it.imperatives.includes(imperative) && isScored(it));
  const perSide = (side: Side): { score: number | null; items: number } => {
    const itemMeans: number[] = [];
    for (const item of items) {
      const values = answers.get(item.key)?.[side].values ?? [];
      const scores: number[] = [];
      for (const v of values) {
        const s = itemScore(item, v);
        if (s !== null) scores.push(s);
      }
      const m = mean(scores);
      if (m !== null) itemMeans.push(m);
    }
    const m = mean(itemMeans);
    return { score: m === null ? null : 100 * m, items: itemMeans.length };
  };
  const sides = Object.fromEntries(SIDES.map((s) => [s, perSide(s)])) as SidePair<{ score: number | null; items: number }>;
  return {
    imperative,
    marketing: sides.marketing.score,
    it: sides.it.score,
    combined: meanOfDefined([sides.marketing.score, sides.it.score]),
    items: { marketing: sides.marketing.items, it: sides.it.items },
    itemKeys: items.map((i) => i.key),
  };
}
