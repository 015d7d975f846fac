// The rows of a team-results export (CSV and XLSX share them). Pure over the revealed team results, which are
// already anonymized (lib/scoring/anonymity.ts): nothing here can reach an answer the page could not show.
import { IMPERATIVES, type Side } from "@/lib/domain";
import type { RevealedTeamResults } from "@/lib/results/types";
import { optionText } from "@/lib/results/items";
import type { FigureInfo, ItemInfo } from "@/lib/results/types";
import type { AnswerPredicate } from "@/lib/questionnaire/types";
import type { BenchmarkComparison, GapTest, ItemResult } from "@/lib/scoring/types";
import { utcDay } from "@/lib/time";

export const COLUMNS = [
  ["item_key", "Item key"],
  ["section", "Section"],
  ["prompt", "Question (as this side saw it)"],
  ["side", "Side"],
  ["option", "Option"],
  ["measure", "Measure"],
  ["n", "n (respondents)"],
  ["agreeing", "Agreeing"],
  ["value", "Share or mean (0-100)"],
  ["normalized_mean", "Normalized mean (0-100)"],
  ["our_interval_low", "Our 95% interval, low"],
  ["our_interval_high", "Our 95% interval, high"],
  ["gap", "Gap marketing − IT (points)"],
  ["gap_interval_low", "Gap 95% interval, low"],
  ["gap_interval_high", "Gap 95% interval, high"],
  ["gap_adjusted_p", "Gap adjusted p (Benjamini-Hochberg)"],
  ["gap_label", "Gap label"],
  ["anecdotal", "Anecdotal (fewer than 3 answers on this side)"],
  ["figure_id", "Published figure id"],
  ["figure_statement", "Published statement"],
  ["figure_value", "Published value (%)"],
  ["figure_population", "Published population"],
  ["figure_n", "Published n"],
  ["figure_interval_low", "Published 95% interval, low"],
  ["figure_interval_high", "Published 95% interval, high"],
  ["verdict", "Verdict"],
  ["difference_interval_low", "Ours − published, 95% interval, low"],
  ["difference_interval_high", "Ours − published, 95% interval, high"],
  ["verdict_adjusted_p", "Verdict adjusted p (Benjamini-Hochberg)"],
  ["verdict_method", "Verdict method"],
  ["context_only", "Context only: why not compared"],
  ["source_publisher", "Source publisher"],
  ["source_year", "Source year"],
  ["source_title", "Source title"],
  ["locator_file", "Locator file"],
  ["locator_figure", "Locator figure"],
  ["locator_quote", "Locator quote"],
  ["published_gap", "Published gap CMO − CIO (points)"],
  ["gap_of_gaps", "Gap of gaps: our gap − published gap (points)"],
  ["gap_of_gaps_interpretation", "Gap of gaps: interpretation"],
  ["mirror_predicted", "This side's mean prediction of the other side (%)"],
  ["mirror_actual", "The other side's actual share (%)"],
  ["mirror_error", "Prediction error (points)"],
  ["mirror_label", "Prediction label"],
  ["score_interval_low", "Score 95% interval, low"],
  ["score_interval_high", "Score 95% interval, high"],
  ["text", "Free-text answer"],
  ["scoring_model", "Scoring model"],
  ["revealed_under_model", "Scoring model at the reveal"],
  ["comparisons", "Comparisons on the page (false discovery rate controlled together)"],
  ["revealed_at", "Results revealed at (UTC)"],
  ["exported_at", "Exported at (UTC)"],
] as const;

export type ColumnKey = (typeof COLUMNS)[number][0];
export type ExportRow = Partial<Record<ColumnKey, string | number>>;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Spreadsheet formula injection: a text cell starting with = + - @ tab or CR gets a leading apostrophe. */
export function defuse(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Numbers are rounded to 2 decimals (the page shows the same values rounded further). */
export const round2 = (x: number | null | undefined): number | undefined =>
  x === null || x === undefined || !Number.isFinite(x) ? undefined : Math.round(x * 100) / 100;

const SIDES_ORDER: Side[] = ["marketing", "it"];

export function describePredicate(p: AnswerPredicate, label: (id: string) => string): string {
  switch (p.type) {
    case "scale-at-least":
      return p.min === 4 ? "share agreeing or strongly agreeing" : `share answering ${p.min} or more of 5`;
    case "equals":
      return p.value === true ? "share answering yes" : p.value === false ? "share answering no" : `share choosing “${label(String(p.value))}”`;
    case "includes":
      return `share choosing “${label(p.option)}”`;
    case "ranked-within":
      return `share ranking “${label(p.option)}” in the top ${p.top}`;
    case "at-least":
      return `share answering ${p.min} or more`;
    case "more-than":
      return `share answering more than ${p.min}`;
  }
}

interface Line {
  option?: string;
  measure: string;
  test: GapTest;
  agreeing: (side: Side) => number | undefined;
}

/** One line per tested reading of the item (predicates, options, means), as on the page. */
function linesOf(info: ItemInfo, r: ItemResult, results: RevealedTeamResults): Line[] {
  const gap = results.team.gaps.find((g) => g.itemKey === info.key);
  const label = (id: string) => optionText(info, id);
  return (gap?.tests ?? []).map((t) => {
    const predicate = r.predicates.find((p) => p.key === t.key);
    const measure = t.match ? describePredicate(t.match, label) : t.option ? `mean points given to “${label(t.option)}”` : "mean answer (0-100)";
    return { option: t.option, measure, test: t, agreeing: (side) => predicate?.sides[side].agreeing };
  });
}

function figureColumns(c: BenchmarkComparison, f: FigureInfo | undefined): ExportRow {
  return {
    figure_id: c.figureId,
    figure_statement: f?.statement ?? c.statement,
    figure_value: round2(c.published.value),
    figure_population: f?.population,
    figure_n: c.published.n ?? undefined,
    figure_interval_low: round2(c.published.interval?.[0]),
    figure_interval_high: round2(c.published.interval?.[1]),
    our_interval_low: round2(c.org.interval?.[0]),
    our_interval_high: round2(c.org.interval?.[1]),
    verdict: c.verdict,
    difference_interval_low: round2(c.test?.interval?.[0]),
    difference_interval_high: round2(c.test?.interval?.[1]),
    verdict_adjusted_p: c.test?.q === null || c.test?.q === undefined ? undefined : Math.round(c.test.q * 10000) / 10000,
    verdict_method: c.test?.method,
    context_only: c.contextOnly ?? undefined,
    source_publisher: f?.source.publisher,
    source_year: f?.source.year,
    source_title: f?.source.title,
    locator_file: f?.locator.file,
    locator_figure: f?.locator.figure ?? undefined,
    locator_quote: f?.locator.quote,
  };
}

/** One row per item (and option or reading) × side, one more per extra published figure, then free text. */
export function exportRows(results: RevealedTeamResults, exportedAt: Date): ExportRow[] {
  const stamp = {
    scoring_model: results.evidence.model,
    revealed_under_model: results.evidence.recordedModel,
    comparisons: results.evidence.comparisons,
    revealed_at: new Date(results.revealedAt).toISOString(),
    exported_at: exportedAt.toISOString(),
  };
  const results_ = new Map(results.team.items.map((r) => [r.itemKey, r]));
  const rows: ExportRow[] = [];
  for (const info of results.items) {
    const r = results_.get(info.key);
    if (!r || info.kind === "free-text") continue;
    const linkKey = new Map(info.links.map((l) => [`${l.figureId}|${l.population}`, l]));
    const lines = linesOf(info, r, results);
    for (const line of lines) {
      const gog = results.team.gapOfGaps.find((g) => g.itemKey === info.key && g.option === line.option);
      const t = line.test;
      const common: ExportRow = {
        item_key: info.key,
        section: info.section,
        option: line.option,
        measure: line.measure,
        gap: round2(t.estimate),
        gap_interval_low: round2(t.test?.interval?.[0]),
        gap_interval_high: round2(t.test?.interval?.[1]),
        gap_adjusted_p: t.test?.q === null || t.test?.q === undefined ? undefined : Math.round(t.test.q * 10000) / 10000,
        gap_label: t.label,
        published_gap: gog ? round2(gog.published.gap) : undefined,
        gap_of_gaps: gog ? round2(gog.difference) : undefined,
        gap_of_gaps_interpretation: gog?.interpretation,
        ...stamp,
      };
      const comparisonsFor = (side: Side | "both") =>
        results.team.benchmarks.filter((c) => c.itemKey === info.key && c.side === side && linkKey.get(`${c.figureId}|${side}`)?.predicateKey === t.key);
      for (const side of SIDES_ORDER) {
        if (!info.sides.includes(side)) continue;
        const mirror = results.team.mirror.items.find((m) => m.itemKey === info.key)?.predictions[side];
        const first = line === lines[0];
        const base: ExportRow = {
          ...common,
          ...(mirror && first
            ? { mirror_predicted: round2(mirror.predicted), mirror_actual: round2(mirror.actual), mirror_error: round2(mirror.error), mirror_label: mirror.label }
            : {}),
          prompt: info.prompt[side],
          side,
          n: t.n[side],
          agreeing: line.agreeing(side),
          value: round2(t.values[side]),
          normalized_mean: round2(r.sides[side].normalizedMean),
          anecdotal: t.n[side] > 0 && t.n[side] < results.evidence.minPerSide ? "yes" : "no",
        };
        const comparisons = comparisonsFor(side);
        if (!comparisons.length) rows.push(base);
        for (const c of comparisons) rows.push({ ...base, ...figureColumns(c, results.figures[c.figureId]) });
      }
      // figures published for CMOs and CIOs together: compared with both sides pooled, on their own row
      for (const c of comparisonsFor("both")) {
        rows.push({
          ...common,
          prompt: info.prompt.marketing === info.prompt.it ? info.prompt.marketing : `${info.prompt.marketing} / ${info.prompt.it}`,
          side: "both",
          n: c.org.n,
          agreeing: c.org.agreeing,
          value: round2(c.org.share),
          anecdotal: Math.min(t.n.marketing, t.n.it) < results.evidence.minPerSide ? "yes" : "no",
          ...figureColumns(c, results.figures[c.figureId]),
        });
      }
    }
  }
  // the five imperative scores per side, with their interval and the "low" test
  for (const imp of results.team.imperatives) {
    for (const side of SIDES_ORDER) {
      const low = imp.low[side];
      rows.push({
        section: "imperatives",
        side,
        measure: `imperative score: ${IMPERATIVES.find((i) => i.id === imp.imperative)?.short ?? imp.imperative}`,
        n: imp.respondents[side],
        value: round2(imp[side]),
        score_interval_low: round2(imp.intervals[side]?.[0]),
        score_interval_high: round2(imp.intervals[side]?.[1]),
        verdict: low.label,
        verdict_adjusted_p: low.test?.q === null || low.test?.q === undefined ? undefined : Math.round(low.test.q * 10000) / 10000,
        verdict_method: low.test?.method,
        anecdotal: imp.respondents[side] > 0 && imp.respondents[side] < results.evidence.minPerSide ? "yes" : "no",
        ...stamp,
      });
    }
  }
  // the recommendations, each with its evidence lines (or why there is none)
  results.recommendations.forEach((rec, i) => {
    rows.push({ section: "recommendations", measure: `recommendation ${i + 1}: ${rec.action.title}`, text: rec.triggers.map((t) => t.summary).join(" "), ...stamp });
  });
  if (!results.recommendations.length) {
    rows.push({ section: "recommendations", measure: "no recommendation", text: ["No credible signal.", ...results.evidence.notes].join(" "), ...stamp });
  }
  for (const block of results.freeText) {
    const info = results.items.find((i) => i.key === block.itemKey);
    for (const text of block.answers) {
      rows.push({ item_key: block.itemKey, section: info?.section, prompt: info?.prompt[block.side], side: block.side, measure: "free-text answer", text, ...stamp });
    }
  }
  return rows;
}

/** A file name without anything a header or a file system could trip on. */
export function exportFilename(results: RevealedTeamResults, format: "csv" | "xlsx", exportedAt: Date): string {
  const slug = (s: string) =>
    s.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase().slice(0, 40) || "assessment";
  const day = utcDay(exportedAt);
  return `bridge-${slug(results.assessment.organizationName)}-${slug(results.assessment.title)}-wave-${results.wave.number}-${day}.${format}`;
}
