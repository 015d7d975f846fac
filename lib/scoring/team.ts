// scoreTeam: every team-level figure of the model, from one organisation's respondents.
import { SIDES } from "@/lib/domain";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { alignmentIndex } from "./alignment";
import { benchmarkComparisons, gapOfGaps } from "./benchmark";
import { computeItemGap } from "./gaps";
import { imperativeScores } from "./imperatives";
import { answerRows, collectAnswers, computeItemResult } from "./item-stats";
import { applyFalseDiscoveryControl } from "./labels";
import { emptyPair, mirrorSummary } from "./mirror";
import { MIN_PER_SIDE } from "./thresholds";
import type { BenchmarkComparison, FigureLookup, GapOfGaps, ItemGap, ItemResult, ScoreTeamOptions, ScoringRespondent, TeamResult } from "./types";

/**
 * Scores one organisation. Pure: the same input always gives the same output (resampling uses a fixed seed).
 * Answers that are missing or malformed for their item's kind count as "not answered"; respondents of a side an
 * item is not asked of are ignored for that item. Labels come from tests after the false-discovery step.
 */
export function scoreTeam(
  q: QuestionnaireDef,
  respondents: readonly ScoringRespondent[],
  figures: FigureLookup,
  opts: ScoreTeamOptions = {},
): TeamResult {
  const counted = opts.tiers ? respondents.filter((r) => opts.tiers!.includes(r.tier)) : respondents;
  const answers = collectAnswers(q, counted);
  const leaderAnswers = collectAnswers(q, counted.filter((r) => r.tier === "leader"));
  const rows = answerRows(q, counted);
  const warnings: string[] = [];
  const items: ItemResult[] = [];
  const gaps: ItemGap[] = [];
  const benchmarks: BenchmarkComparison[] = [];
  const gog: GapOfGaps[] = [];
  for (const item of q.items) {
    const a = answers.get(item.key) ?? emptyPair();
    const r = computeItemResult(item, a);
    items.push(r);
    gaps.push(computeItemGap(item, r, a));
    const compared = benchmarkComparisons(item, { everyone: a, leaders: leaderAnswers.get(item.key) ?? emptyPair() }, figures, warnings);
    benchmarks.push(...compared);
    gog.push(...gapOfGaps(item, compared, figures));
  }
  const alignment =
    opts.alignment === false
      ? { index: null, interval: null, meanDistance: null, meanChanceDistance: null, comparableItems: 0, perItem: q.items.map(() => ({ distance: null, chance: null })) }
      : alignmentIndex(q.items, rows, opts.bootstrap);
  alignment.perItem.forEach((x, j) => (gaps[j]!.chanceDistance = x.chance));
  const { perItem: _perItem, ...alignmentResult } = alignment;
  const counts = { marketing: 0, it: 0 };
  for (const r of counted) if (SIDES.includes(r.side)) counts[r.side]++;
  const answerValues: TeamResult["answers"] = {};
  for (const [key, pair] of answers) answerValues[key] = { marketing: pair.marketing.values, it: pair.it.values };
  const scored = {
    questionnaireVersion: q.version,
    scoringModel: "v2" as const,
    counts,
    anecdotal: { marketing: counts.marketing < MIN_PER_SIDE, it: counts.it < MIN_PER_SIDE },
    items,
    gaps,
    alignment: alignmentResult,
    imperatives: imperativeScores(q, rows),
    mirror: mirrorSummary(q, answers),
    benchmarks,
    gapOfGaps: gog,
  };
  const family = applyFalseDiscoveryControl(scored);
  return { ...scored, family, answers: answerValues, warnings: [...new Set(warnings)] };
}
