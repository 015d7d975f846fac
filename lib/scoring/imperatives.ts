// Scores 0-100 for Accenture's five imperatives, per side and combined, with intervals and the "low" test.
import { IMPERATIVE_IDS, SIDES, type ImperativeId, type Side } from "@/lib/domain";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import type { AnswerRows } from "./alignment";
import { isScored, itemScore } from "./answers";
import { meanBelow } from "./mean-tests";
import { mean, meanOfDefined } from "./stats";
import { LOW_SCORE, MIN_PER_SIDE } from "./thresholds";
import type { ImperativeScore, Interval, SidePair } from "./types";

/**
 * For each imperative and side:
 *   1. each answer to a scored item tagged with the imperative becomes a 0-1 score (agreement (v−1)/4, yes-no
 *      1/0, percentage v/100, other kinds 1/0 under the primary predicate; 1 − s for lower-is-better) — `itemScore`;
 *   2. an item tagged with k imperatives weighs 1/k in each (its weight is split, not copied);
 *   3. a respondent's score = the weighted mean of their scores on the imperative's items they answered;
 *   4. side score = 100 × the mean of its respondents' scores, with a 95% t interval (inside 0-100);
 *   5. combined = the mean of the two side scores (a side of 20 does not swamp a side of 3), its interval's
 *      half-width √(h_m² + h_it²) ÷ 2 from the sides' half-widths;
 *   6. "low": the one-sided t test that the side's score is below LOW_SCORE (needs MIN_PER_SIDE respondents),
 *      labelled after the false-discovery step.
 */
export function imperativeScores(q: QuestionnaireDef, rows: AnswerRows): ImperativeScore[] {
  return IMPERATIVE_IDS.map((imperative) => scoreOne(q, rows, imperative));
}

/** One respondent's weighted score (0-1) on an imperative, or null when they answered none of its items. */
export function respondentScore(q: QuestionnaireDef, row: readonly unknown[], imperative: ImperativeId): { score: number; items: number } | null {
  let sum = 0;
  let weight = 0;
  let items = 0;
  q.items.forEach((item, j) => {
    if (!item.imperatives.includes(imperative) || !isScored(item)) return;
    const v = row[j];
    if (v === undefined) return;
    const s = itemScore(item, v as never);
    if (s === null) return;
    const w = 1 / item.imperatives.length;
    sum += w * s;
    weight += w;
    items++;
  });
  return weight === 0 ? null : { score: sum / weight, items };
}

function scoreOne(q: QuestionnaireDef, rows: AnswerRows, imperative: ImperativeId): ImperativeScore {
  const tagged = q.items.filter((it) => it.imperatives.includes(imperative) && isScored(it));
  const weights = Object.fromEntries(tagged.map((i) => [i.key, 1 / i.imperatives.length]));
  const perSide = (side: Side) => {
    const scores: number[] = [];
    let maxItems = 0;
    for (const row of rows[side]) {
      const r = respondentScore(q, row, imperative);
      if (!r) continue;
      scores.push(100 * r.score);
      maxItems = Math.max(maxItems, r.items);
    }
    const t = meanBelow(scores, LOW_SCORE, 0, 100);
    return { score: mean(scores), n: scores.length, items: maxItems, interval: t ? (t.interval as Interval) : null, t };
  };
  const s = Object.fromEntries(SIDES.map((x) => [x, perSide(x)])) as SidePair<ReturnType<typeof perSide>>;
  const half = (x: ReturnType<typeof perSide>) => (x.interval && x.score !== null ? (x.interval[1] - x.interval[0]) / 2 : null);
  const combined = meanOfDefined([s.marketing.score, s.it.score]);
  let combinedInterval: Interval | null = null;
  if (s.marketing.score !== null && s.it.score !== null) {
    const hm = half(s.marketing);
    const hi = half(s.it);
    if (hm !== null && hi !== null && combined !== null) {
      const h = Math.sqrt(hm * hm + hi * hi) / 2;
      combinedInterval = [Math.max(0, combined - h), Math.min(100, combined + h)];
    }
  } else combinedInterval = s.marketing.score !== null ? s.marketing.interval : s.it.interval;
  const low = (x: ReturnType<typeof perSide>): ImperativeScore["low"]["marketing"] =>
    x.n >= MIN_PER_SIDE && x.t
      ? { test: { estimate: x.t.mean, interval: x.t.oneSided as Interval, p: x.t.p, q: null, method: "t" }, label: "not distinguishable" }
      : { test: null, label: "too few answers to tell" };
  return {
    imperative,
    marketing: s.marketing.score,
    it: s.it.score,
    combined,
    intervals: { marketing: s.marketing.interval, it: s.it.interval, combined: combinedInterval },
    respondents: { marketing: s.marketing.n, it: s.it.n },
    items: { marketing: s.marketing.items, it: s.it.items },
    itemKeys: tagged.map((i) => i.key),
    weights,
    low: { marketing: low(s.marketing), it: low(s.it) },
  };
}
