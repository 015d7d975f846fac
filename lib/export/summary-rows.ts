// The "summary" part of the team-results export: the figures at the top of the results page, one per row with its
// side, interval and label: who is counted (and who is not, and why), the alignment index with its interval and
// how to read it, mirror accuracy, the five imperative scores per side with the "low" test, and the notes on what
// the statistics can tell; then the executive summary (the credible findings, the imperatives to act on first, what
// cannot be concluded), in the page's own sentences (lib/results/summary.ts).
import { IMPERATIVES, SIDES } from "@/lib/domain";
import type { RevealedTeamResults } from "@/lib/results/types";
import { buildResultsSummary } from "@/lib/results/summary";
import { round2, round4, type ExportColumn, type ExportPart, type ExportRow } from "./cells";

export const SUMMARY_COLUMNS: readonly ExportColumn[] = [
  { key: "measure", label: "Measure" },
  { key: "value", label: "Value" },
  { key: "side", label: "Side" },
  { key: "interval_low", label: "95% interval, low" },
  { key: "interval_high", label: "95% interval, high" },
  { key: "n", label: "n (respondents)" },
  { key: "verdict", label: "Label" },
  { key: "verdict_adjusted_p", label: "Label adjusted p (Benjamini-Hochberg)" },
  { key: "verdict_method", label: "Label method" },
  { key: "text", label: "In words" },
];

export function summaryPart(results: RevealedTeamResults, exportedAt: Date): ExportPart {
  const { team, anonymity, evidence } = results;
  const rows: ExportRow[] = [];
  const row = (measure: string, r: ExportRow = {}) => rows.push({ measure, ...r });

  row("Organization", { text: results.assessment.organizationName });
  row("Assessment", { text: results.assessment.title });
  row("Wave", { text: results.wave.label });
  row("Results revealed at (UTC)", { text: new Date(results.revealedAt).toISOString() });
  row("Exported at (UTC)", { text: exportedAt.toISOString() });

  for (const side of SIDES) row("Respondents counted", { side, value: team.counts[side], n: team.counts[side] });
  for (const note of anonymity.notes) row("Who is counted", { text: note });
  if (results.lateSubmissions) row("Submitted after the reveal (not included)", { value: results.lateSubmissions });

  row("Scoring model", { text: `${evidence.model} (revealed under ${evidence.recordedModel})` });
  row("Comparisons (false discovery rate controlled together)", {
    value: evidence.comparisons,
    text: `${evidence.comparisons} comparisons and ${evidence.equivalenceTests} equivalence tests; among the findings labelled, at most ${Math.round(evidence.level * 100)}% are expected to be false.`,
  });
  for (const side of SIDES) row(`Fewer than ${evidence.minPerSide} respondents: no verdicts`, { side, text: team.anecdotal[side] ? "yes" : "no" });

  const summary = buildResultsSummary(results);
  row("Alignment index (0-100, chance-corrected)", {
    side: "both",
    value: round2(team.alignment.index),
    interval_low: round2(team.alignment.interval?.[0]),
    interval_high: round2(team.alignment.interval?.[1]),
    n: team.counts.marketing + team.counts.it,
    text: `${summary.alignment.meaning} ${summary.alignment.reading}`,
  });
  row("Alignment index: questions both sides answered", { side: "both", value: team.alignment.comparableItems });
  row("Alignment index: mean distance between the sides (points)", { side: "both", value: round2(team.alignment.meanDistance) });
  row("Alignment index: mean distance chance alone gives (points)", { side: "both", value: round2(team.alignment.meanChanceDistance) });

  const accuracy = team.mirror.accuracy;
  row("Mirror accuracy (0-100)", { side: "both", value: round2(accuracy.combined), text: "How well each side predicted the other: 100 − the mean prediction error." });
  for (const side of SIDES) {
    row("Mirror accuracy (0-100)", { side, value: round2(accuracy[side]), text: `How well ${side === "it" ? "IT" : "marketing"} predicted the other side.` });
  }

  for (const imp of IMPERATIVES) {
    const s = team.imperatives.find((x) => x.imperative === imp.id);
    if (!s) continue;
    const measure = `Imperative score: ${imp.short}`;
    for (const side of SIDES) {
      const low = s.low[side];
      row(measure, {
        side,
        value: round2(s[side]),
        interval_low: round2(s.intervals[side]?.[0]),
        interval_high: round2(s.intervals[side]?.[1]),
        n: s.respondents[side],
        verdict: low.label,
        verdict_adjusted_p: round4(low.test?.q),
        verdict_method: low.test?.method,
      });
    }
    row(measure, {
      side: "both",
      value: round2(s.combined),
      interval_low: round2(s.intervals.combined?.[0]),
      interval_high: round2(s.intervals.combined?.[1]),
      n: s.respondents.marketing + s.respondents.it,
      text: "The mean of the two sides' scores.",
    });
  }
  row("Imperatives: published benchmark score", { text: "None published: the surveys report single findings, compared question by question." });
  for (const note of evidence.notes) row("How sure these results are", { text: note });

  // the executive summary at the top of the page, in the page's words
  row("Executive summary", { text: summary.overview });
  for (const f of summary.findings) {
    row(`Finding: ${f.label}`, {
      side: f.kind === "gap" ? "both" : undefined,
      value: round2(f.estimate),
      interval_low: round2(f.interval?.[0]),
      interval_high: round2(f.interval?.[1]),
      verdict: f.label,
      verdict_adjusted_p: round4(f.q),
      text: f.sentence,
    });
  }
  if (summary.noFindings) row("Finding", { text: summary.noFindings });
  for (const imp of summary.actFirst) {
    row(`Act on first: ${imp.name}`, { text: imp.firstAction ? `${imp.sentence} First action: ${imp.firstAction.title}.` : imp.sentence });
  }
  if (summary.noActFirst) row("Act on first", { text: summary.noActFirst });
  for (const line of summary.cannotConclude) row("Cannot be concluded with this many respondents", { text: line });
  return { id: "summary", sheet: "Summary", columns: SUMMARY_COLUMNS, rows };
}
