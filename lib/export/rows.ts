// The rows of a team-results export (CSV and XLSX share them). Pure over the revealed team results, which are
// already anonymized (lib/scoring/anonymity.ts): nothing here can reach an answer the page could not show.
import type { Side } from "@/lib/domain";
import type { RevealedTeamResults } from "@/lib/data/team-results";
import type { FigureInfo, ItemInfo } from "@/lib/data/team-results-view";
import type { AnswerPredicate } from "@/lib/questionnaire/types";
import type { BenchmarkComparison, ItemResult, ShareStat } from "@/lib/scoring/types";
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
  ["figure_id", "Published figure id"],
  ["figure_statement", "Published statement"],
  ["figure_value", "Published value (%)"],
  ["figure_population", "Published population"],
  ["figure_n", "Published n"],
  ["figure_interval_low", "Published 95% interval, low"],
  ["figure_interval_high", "Published 95% interval, high"],
  ["verdict", "Verdict"],
  ["source_publisher", "Source publisher"],
  ["source_year", "Source year"],
  ["source_title", "Source title"],
  ["locator_file", "Locator file"],
  ["locator_figure", "Locator figure"],
  ["locator_quote", "Locator quote"],
  ["published_gap", "Published gap CMO − CIO (points)"],
  ["gap_of_gaps", "Gap of gaps: our gap − published gap (points)"],
  ["gap_of_gaps_interpretation", "Gap of gaps: interpretation"],
  ["text", "Free-text answer"],
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
const OPTION_KINDS = new Set(["single-choice", "choose-up-to", "ranking", "trade-off"]);

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
  predicateKey?: string;
  stat: (side: Side) => { n: number; agreeing?: number; value: number | null };
  gap: number | null;
}

function linesOf(info: ItemInfo, r: ItemResult, results: RevealedTeamResults): Line[] {
  const gap = results.team.gaps.find((g) => g.itemKey === info.key);
  const predicateGap = (key: string) => gap?.predicateGaps.find((g) => g.key === key)?.gap ?? null;
  const label = (id: string) => info.options.find((o) => o.id === id)?.label.marketing ?? id;
  const shareLine = (p: ItemResult["predicates"][number]): Line => ({
    option: p.option,
    measure: describePredicate(p.match, label),
    predicateKey: p.key,
    stat: (side) => statOf(p.sides[side]),
    gap: predicateGap(p.key),
  });
  if (!OPTION_KINDS.has(info.kind)) {
    if (r.predicates.length) return r.predicates.map(shareLine);
    return [{ measure: "mean (0-100)", stat: (side) => ({ n: r.sides[side].n, value: r.sides[side].normalizedMean }), gap: gap?.gap ?? null }];
  }
  return info.options.map((o) => {
    const p = r.predicates.find((x) => x.option === o.id || (x.match.type === "equals" && x.match.value === o.id));
    if (p) return { ...shareLine(p), option: o.id };
    const value = (side: Side) => r.sides[side].options?.[o.id] ?? null;
    const m = value("marketing");
    const i = value("it");
    const measure = info.kind === "trade-off" ? `mean points given to “${label(o.id)}”` : info.kind === "ranking" ? `share ranking “${label(o.id)}”` : `share choosing “${label(o.id)}”`;
    return { option: o.id, measure, stat: (side) => ({ n: r.sides[side].n, value: value(side) }), gap: m !== null && i !== null && r.sides.marketing.n > 0 && r.sides.it.n > 0 ? m - i : null };
  });
}

function statOf(s: ShareStat) {
  return { n: s.n, agreeing: s.agreeing, value: s.share };
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
  const stamp = { revealed_at: new Date(results.revealedAt).toISOString(), exported_at: exportedAt.toISOString() };
  const results_ = new Map(results.team.items.map((r) => [r.itemKey, r]));
  const rows: ExportRow[] = [];
  for (const info of results.items) {
    const r = results_.get(info.key);
    if (!r || info.kind === "free-text") continue;
    const linkKey = new Map(info.links.map((l) => [`${l.figureId}|${l.population}`, l]));
    for (const line of linesOf(info, r, results)) {
      const gog = results.team.gapOfGaps.find((g) => g.itemKey === info.key && g.option === line.option);
      for (const side of SIDES_ORDER) {
        if (!info.sides.includes(side)) continue;
        const s = line.stat(side);
        const base: ExportRow = {
          item_key: info.key,
          section: info.section,
          prompt: info.prompt[side],
          side,
          option: line.option,
          measure: line.measure,
          n: s.n,
          agreeing: s.agreeing,
          value: round2(s.value),
          normalized_mean: round2(r.sides[side].normalizedMean),
          gap: round2(line.gap),
          published_gap: gog ? round2(gog.published.gap) : undefined,
          gap_of_gaps: gog ? round2(gog.difference) : undefined,
          gap_of_gaps_interpretation: gog?.interpretation,
          ...stamp,
        };
        const comparisons = results.team.benchmarks.filter((c) => {
          if (c.itemKey !== info.key || c.side !== side) return false;
          const link = linkKey.get(`${c.figureId}|${side}`);
          return line.predicateKey ? link?.predicateKey === line.predicateKey : c.option === line.option;
        });
        if (!comparisons.length) rows.push(base);
        for (const c of comparisons) rows.push({ ...base, ...figureColumns(c, results.figures[c.figureId]) });
      }
    }
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
