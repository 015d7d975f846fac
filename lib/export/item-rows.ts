// The "items" part of the team-results export: one row per tested reading of each question (predicate, option or
// mean) × side, one more per published figure compared with it, and one per figure of both populations pooled.
// Every label is the side's own: an option such as "counterpart" reads "Chief information officer (CIO)" on the
// marketing row and "Chief marketing officer (CMO)" on the IT row, as each side was asked.
import type { Side } from "@/lib/domain";
import { optionText } from "@/lib/results/items";
import type { FigureInfo, ItemInfo, RevealedTeamResults } from "@/lib/results/types";
import type { BenchmarkComparison, GapTest, ItemResult } from "@/lib/scoring/types";
import { describePredicate, round2, round4, STAMP_COLUMNS, stampOf, type ExportColumn, type ExportPart, type ExportRow } from "./cells";

export const ITEM_COLUMNS: readonly ExportColumn[] = [
  { key: "item_key", label: "Item key" },
  { key: "section", label: "Section" },
  { key: "prompt", label: "Question (as this side saw it)" },
  { key: "side", label: "Side" },
  { key: "option", label: "Option" },
  { key: "measure", label: "Measure" },
  { key: "n", label: "n (respondents)" },
  { key: "agreeing", label: "Agreeing" },
  { key: "value", label: "Share or mean (0-100)" },
  { key: "normalized_mean", label: "Normalized mean (0-100)" },
  { key: "our_interval_low", label: "Our 95% interval, low" },
  { key: "our_interval_high", label: "Our 95% interval, high" },
  { key: "gap", label: "Gap marketing − IT (points)" },
  { key: "gap_interval_low", label: "Gap 95% interval, low" },
  { key: "gap_interval_high", label: "Gap 95% interval, high" },
  { key: "gap_adjusted_p", label: "Gap adjusted p (Benjamini-Hochberg)" },
  { key: "gap_label", label: "Gap label" },
  { key: "anecdotal", label: "Anecdotal (fewer than 3 answers on this side)" },
  { key: "figure_id", label: "Published figure id" },
  { key: "figure_statement", label: "Published statement" },
  { key: "figure_value", label: "Published value (%)" },
  { key: "figure_population", label: "Published population" },
  { key: "figure_n", label: "Published n" },
  { key: "figure_interval_low", label: "Published 95% interval, low" },
  { key: "figure_interval_high", label: "Published 95% interval, high" },
  { key: "verdict", label: "Verdict" },
  { key: "difference_interval_low", label: "Ours − published, 95% interval, low" },
  { key: "difference_interval_high", label: "Ours − published, 95% interval, high" },
  { key: "verdict_adjusted_p", label: "Verdict adjusted p (Benjamini-Hochberg)" },
  { key: "verdict_method", label: "Verdict method" },
  { key: "context_only", label: "Context only: why not compared" },
  { key: "source_publisher", label: "Source publisher" },
  { key: "source_year", label: "Source year" },
  { key: "source_title", label: "Source title" },
  { key: "locator_file", label: "Locator file" },
  { key: "locator_figure", label: "Locator figure" },
  { key: "locator_quote", label: "Locator quote" },
  { key: "published_gap", label: "Published gap CMO − CIO (points)" },
  { key: "gap_of_gaps", label: "Gap of gaps: our gap − published gap (points)" },
  { key: "gap_of_gaps_interpretation", label: "Gap of gaps: interpretation" },
  { key: "mirror_predicted", label: "This side's mean prediction of the other side (%)" },
  { key: "mirror_actual", label: "The other side's actual share (%)" },
  { key: "mirror_error", label: "Prediction error (points)" },
  { key: "mirror_label", label: "Prediction label" },
  ...STAMP_COLUMNS,
];

/** An option's label as one side saw it, or as both did (both sides' words when they differ). */
function optionLabel(info: ItemInfo, side: Side | "both"): (id: string) => string {
  if (side === "both") return (id) => optionText(info, id);
  return (id) => info.options.find((o) => o.id === id)?.label[side] ?? id;
}

interface Line {
  option?: string;
  /** The reading in words, for one side (its own option labels) or both. */
  measure: (side: Side | "both") => string;
  test: GapTest;
  agreeing: (side: Side) => number | undefined;
}

/** One line per tested reading of the item (predicates, options, means), as on the page. */
function linesOf(info: ItemInfo, r: ItemResult, results: RevealedTeamResults): Line[] {
  const gap = results.team.gaps.find((g) => g.itemKey === info.key);
  return (gap?.tests ?? []).map((t) => {
    const predicate = r.predicates.find((p) => p.key === t.key);
    const measure = (side: Side | "both") => {
      const label = optionLabel(info, side);
      return t.match ? describePredicate(t.match, label) : t.option ? `mean points given to “${label(t.option)}”` : "mean answer (0-100)";
    };
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
    verdict_adjusted_p: round4(c.test?.q),
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

/** One row per item (and option or reading) × side, one more per extra published figure. */
export function itemsPart(results: RevealedTeamResults, exportedAt: Date): ExportPart {
  const stamp = stampOf(results, exportedAt);
  const byKey = new Map(results.team.items.map((r) => [r.itemKey, r]));
  const rows: ExportRow[] = [];
  for (const info of results.items) {
    const r = byKey.get(info.key);
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
        gap: round2(t.estimate),
        gap_interval_low: round2(t.test?.interval?.[0]),
        gap_interval_high: round2(t.test?.interval?.[1]),
        gap_adjusted_p: round4(t.test?.q),
        gap_label: t.label,
        published_gap: gog ? round2(gog.published.gap) : undefined,
        gap_of_gaps: gog ? round2(gog.difference) : undefined,
        gap_of_gaps_interpretation: gog?.interpretation,
        ...stamp,
      };
      const comparisonsFor = (side: Side | "both") =>
        results.team.benchmarks.filter((c) => c.itemKey === info.key && c.side === side && linkKey.get(`${c.figureId}|${side}`)?.predicateKey === t.key);
      for (const side of ["marketing", "it"] as const) {
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
          measure: line.measure(side),
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
          measure: line.measure("both"),
          n: c.org.n,
          agreeing: c.org.agreeing,
          value: round2(c.org.share),
          anecdotal: Math.min(t.n.marketing, t.n.it) < results.evidence.minPerSide ? "yes" : "no",
          ...figureColumns(c, results.figures[c.figureId]),
        });
      }
    }
  }
  return { id: "items", sheet: "Items", columns: ITEM_COLUMNS, rows };
}
