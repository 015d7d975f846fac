// "How sure these results are": what the statistics can and cannot say for this team, in plain words.
import { SIDES } from "@/lib/domain";
import { MIN_PER_SIDE, PRACTICAL_GAP } from "@/lib/scoring";
import type { SidePair, TeamResult } from "@/lib/scoring/types";
import type { EvidenceSummary } from "./types";

const SIDE_NAME: SidePair<string> = { marketing: "marketing", it: "IT" };

/**
 * Roughly the smallest marketing-IT gap (points) that these side sizes can show at the 5% level, for shares near
 * one half: 1.96 × √(¼/n_marketing + ¼/n_IT) × 100, capped at 100. A planning figure, not a test.
 */
export function detectableGap(n: SidePair<number>): number | null {
  if (n.marketing < MIN_PER_SIDE || n.it < MIN_PER_SIDE) return null;
  return Math.min(100, Math.round(196 * Math.sqrt(0.25 / n.marketing + 0.25 / n.it)));
}

export function evidenceSummary(team: TeamResult, version: string, recordedModel: string | null): EvidenceSummary {
  const notes: string[] = [];
  const small = SIDES.filter((s) => team.anecdotal[s]);
  for (const side of small) {
    notes.push(
      `Only ${team.counts[side]} ${SIDE_NAME[side]} respondent${team.counts[side] === 1 ? "" : "s"}: fewer than ${MIN_PER_SIDE}, so no gap, comparison or mirror check involving ${SIDE_NAME[side]} gets a verdict, and ${SIDE_NAME[side]}'s numbers are anecdotal. Invite at least ${MIN_PER_SIDE - team.counts[side]} more from ${SIDE_NAME[side]} to the next wave.`,
    );
  }
  const gap = detectableGap(team.counts);
  if (gap !== null) {
    notes.push(
      `With ${team.counts.marketing} marketing and ${team.counts.it} IT respondents, a gap between the sides has to be about ${gap} points or more to be told apart from chance, and a gap is called “wide” only when it is credible after allowing for all ${team.family.tests} comparisons on this page and at least ${PRACTICAL_GAP} points. More respondents on the smaller side narrow every interval.`,
    );
  }
  const recorded = recordedModel ?? "v1";
  if (recorded !== "v2") {
    notes.push(
      `These results were revealed under scoring model ${recorded}; they are shown with model v2's statistics (tests with false-discovery control), so some labels differ from what was shown at the reveal. The answers are unchanged.`,
    );
  }
  if (version === "v1") {
    notes.push(
      "Questionnaire v1 asks some questions differently from the surveys (for example an agree/disagree scale where the survey asked yes or no). Those published figures are shown as context only, with the reason, and get no verdict.",
    );
  }
  return {
    model: "v2",
    recordedModel: recorded,
    comparisons: team.family.tests,
    equivalenceTests: team.family.equivalenceTests,
    level: team.family.level,
    minPerSide: MIN_PER_SIDE,
    practicalGap: PRACTICAL_GAP,
    anecdotal: team.anecdotal,
    detectableGap: gap,
    notes,
  };
}
