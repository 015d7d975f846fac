// Methods and limits: how each number is computed, what these sample sizes allow, who is counted, and the age
// and nature of the published surveys. The wording follows lib/scoring/README.md and the results page.
import { LOW_SCORE, MIN_PER_SIDE, PRACTICAL_GAP } from "@/lib/scoring/thresholds";
import type { ReportWriter } from "../report-writer";
import type { ReportContext } from "./context";

export function writeMethods(w: ReportWriter, c: ReportContext): void {
  const { evidence, anonymity } = c.results;
  w.section("Methods and limits", () => {
    w.heading(2, "How each number is computed");
    w.list(
      [
        "Shares and gaps are on a 0-100 scale (percent, or points for a difference of percents). Share = answers that count as agreeing ÷ answers × 100; missing answers are left out, never counted as 0.",
        `Gap = marketing − IT, per question, with its 95% interval (Newcombe's interval for shares; a permutation test or Welch's t for means). A gap is wide only when it is credible and at least ${PRACTICAL_GAP} points; about the same only when an equivalence test shows it is within ±20 points.`,
        "Alignment index = 100 − the mean over the questions both sides answered of (the distance between the sides − the distance chance alone gives for groups of the same sizes), 0-100, with a bootstrap 95% interval. It is not a grade and has no published norm.",
        `Imperative scores: each answer to a question tagged with the imperative becomes a 0-1 score; each person's weighted mean, then the mean over the side, with a 95% t interval. Low = credibly below ${LOW_SCORE} (one-sided t test).`,
        "Mirror checks: a side's mean prediction of the other side's share, against that share; off only when a binomial test puts it credibly outside the other side's plausible range and by 20 points or more.",
        "Published figures: each side is compared with its own published population; a figure with a known n by Newcombe's interval, one without (or a verbal figure such as “more than half”) by an exact binomial test.",
        `The false-discovery step: all ${evidence.comparisons} comparisons of this wave form one family, and Benjamini-Hochberg adjusts their p-values; a label needs an adjusted p of at most ${evidence.level}. Among the findings labelled, at most ${Math.round(evidence.level * 100)}% are expected to be false.`,
      ],
      { size: 9.5 },
    );

    w.heading(2, "What these sample sizes allow");
    w.list(
      [
        `With fewer than ${MIN_PER_SIDE} respondents on a side, nothing about that side is tested and its numbers are anecdotal.`,
        ...(evidence.detectableGap !== null
          ? [`With ${c.results.team.counts.marketing} marketing and ${c.results.team.counts.it} IT respondents, a gap has to be about ${evidence.detectableGap} points or more to be told apart from chance.`]
          : []),
        ...evidence.notes,
      ],
      { size: 9.5 },
    );

    w.heading(2, "Who is counted");
    w.list(
      [
        `Team members count only in groups of at least ${anonymity.minGroup} per side; a smaller group is left out of every figure. Free text is not part of this report.`,
        ...anonymity.notes,
      ],
      { size: 9.5 },
    );

    w.heading(2, "The published surveys");
    w.para(
      "The published figures come from surveys run in 2010 (CMO Council), 2012 and 2014 (Accenture Interactive) and 2014 (Forrester / Heidrick & Struggles): vendor-sponsored, opt-in, self-reported samples of senior executives at large companies in a handful of countries. Their sampling error is the least of their uncertainty: who chose to answer, how the questions were framed, and a decade of change are not in any interval. Read an “above” or “below” as “this team differs from what those executives said then”, not as a standard to meet.",
      { size: 9.5 },
    );
    w.small(`Scoring model ${evidence.model}${evidence.recordedModel !== evidence.model ? ` (revealed under ${evidence.recordedModel})` : ""}. The same answers always give the same numbers.`);
  });
}
