// scoreTeam: every team-level figure of the model, from one organisation's respondents.
import { SIDES } from "@/lib/domain";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { benchmarkComparisons, gapOfGaps } from "./benchmark";
import { alignmentIndex, computeItemGap } from "./gaps";
import { imperativeScores } from "./imperatives";
import { collectAnswers, computeItemResult } from "./item-stats";
import { emptyPair, mirrorSummary } from "./mirror";
import type { FigureLookup, ScoreTeamOptions, ScoringRespondent, TeamResult } from "./types";

/**
 * Scores one organisation. Pure: the same input always gives the same output. Answers that are missing or
 * malformed for their item's kind count as "not answered"; respondents of a side an item is not asked of are
 * ignored for that item.
 */
export function scoreTeam(
  q: QuestionnaireDef,
  respondents: readonly ScoringRespondent[],
  figures: FigureLookup,
  opts: ScoreTeamOptions = {},
): TeamResult {
  const counted = opts.tiers ? respondents.filter((r) => opts.tiers!.includes(r.tier)) : respondents;
  const answers = collectAnswers(q, counted);
  const warnings: string[] = [];
  const items = [];
  const gaps = [];
  const benchmarks = [];
  const gog = [];
  for (const item of q.items) {
    const a = answers.get(item.key) ?? emptyPair();
    const r = computeItemResult(item, a);
    items.push(r);
    gaps.push(computeItemGap(item, r, a));
    benchmarks.push(...benchmarkComparisons(item, r, figures, warnings));
    gog.push(...gapOfGaps(item, r, figures));
  }
  const counts = { marketing: 0, it: 0 };
  for (const r of counted) if (SIDES.includes(r.side)) counts[r.side]++;
  const answerValues: TeamResult["answers"] = {};
  for (const [key, pair] of answers) answerValues[key] = { marketing: pair.marketing.values, it: pair.it.values };
  return {
    questionnaireVersion: q.version,
    counts,
    items,
    gaps,
    alignment: alignmentIndex(gaps),
    imperatives: imperativeScores(q, answers),
    mirror: mirrorSummary(q, answers),
    benchmarks,
    gapOfGaps: gog,
    answers: answerValues,
    warnings: [...new Set(warnings)],
  };
}
