// The cross-organization panel: each published figure beside the same measure over many organizations. Pure.
//
// 1. Per revealed wave (`waveAggregates`): for every benchmark link of every item, how many of the figure's side
//    answered the item and how many agree (the link's predicate), per tier. Input: the wave's VISIBLE respondents
//    (lib/scoring/anonymity.ts), exactly what its team results show.
// 2. Per organization-wave: its share agreeing (a proportion); each organization-wave is ONE data point, however
//    many people answered, so a large organization does not outweigh a small one.
// 3. Per figure, side and item (`panelComparison`): the mean of those shares over the data points, a 95% interval from
//    their spread (Student t with k − 1 degrees of freedom), the published value with its own interval, the
//    difference (panel − published, in points) and the conservative verdict of lib/scoring/benchmark.ts. A cell is
//    shown only when at least MIN_PANEL_ORGANIZATIONS distinct organizations contribute.
import type { Side } from "@/lib/domain";
import type { BenchmarkFigureDef } from "@/lib/benchmarks/types";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { askedOf, matchesPredicate, readAnswer } from "./answers";
import { clamp, normalInterval, overlaps } from "./stats";
import type { Interval, ScoringRespondent } from "./types";
import { utcDay } from "@/lib/time";

/** A comparison cell is shown only when at least this many organizations contribute to it. */
export const MIN_PANEL_ORGANIZATIONS = 5;

export interface PanelAggregateRow {
  figureId: string;
  itemKey: string;
  side: Side;
  leaderAnswered: number;
  leaderAgreeing: number;
  teamAnswered: number;
  teamAgreeing: number;
}

/** One wave's counts per figure link (leaders and team members apart); links nobody answered are left out. */
export function waveAggregates(q: QuestionnaireDef, respondents: readonly ScoringRespondent[]): PanelAggregateRow[] {
  const out: PanelAggregateRow[] = [];
  for (const item of q.items) {
    for (const link of item.benchmarks) {
      // figures published for both populations together are not part of the panel (each side is summarized apart)
      if (link.population === "both" || !askedOf(item, link.population)) continue;
      const side: Side = link.population;
      const row: PanelAggregateRow = { figureId: link.figureId, itemKey: item.key, side, leaderAnswered: 0, leaderAgreeing: 0, teamAnswered: 0, teamAgreeing: 0 };
      for (const r of respondents) {
        if (r.side !== side) continue;
        const raw = r.answers[item.key];
        if (raw === undefined) continue;
        const self = readAnswer(item, raw).self;
        if (self === undefined) continue;
        const agrees = matchesPredicate(link.match, self, link.option) ? 1 : 0;
        if (r.tier === "leader") {
          row.leaderAnswered++;
          row.leaderAgreeing += agrees;
        } else {
          row.teamAnswered++;
          row.teamAgreeing += agrees;
        }
      }
      if (row.leaderAnswered + row.teamAnswered > 0) out.push(row);
    }
  }
  return out;
}

/** Two-sided 95% Student t quantiles for 1-30 degrees of freedom; 1.96 beyond. */
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086,
  2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
export function t95(df: number): number {
  return df >= 1 && df <= T95.length ? T95[df - 1]! : 1.96;
}

/** The database's summary of one (figure, side) cell: sums over organization-wave shares (proportions 0-1). */
export interface PanelCellSums {
  figureId: string;
  side: Side;
  itemKey: string;
  points: number; // organization-waves contributing
  organizations: number; // distinct organizations among them
  sum: number; // Σ share
  sumSquares: number; // Σ share²
  respondents: number; // people behind the points
  firstRevealedAt: Date | null;
  lastRevealedAt: Date | null;
}

export interface PanelStat {
  organizations: number;
  points: number;
  respondents: number;
  mean: number; // percent
  sd: number; // percent, between organization-waves (0 with one point)
  interval: Interval; // percent
  period: { from: string; to: string } | null; // UTC dates (YYYY-MM-DD) of the first and last contributing reveal
}

export interface PanelComparisonRow {
  figureId: string;
  side: Side;
  itemKey: string; // the questionnaire item measured (version-independent key)
  statement: string;
  topic: string;
  published: { value: number; n: number | null; interval: Interval | null };
  /** Null when hidden (nothing about the cell is shown); `hidden` says why. */
  panel: PanelStat | null;
  hidden: string | null;
  difference: number | null; // panel mean − published value, points
  verdict: PanelVerdict;
}

const pct = (r: readonly [number, number] | null): Interval | null => (r ? [r[0] * 100, r[1] * 100] : null);

/** A Date as its UTC calendar day, YYYY-MM-DD. */

/** Mean, spread and interval of one cell, or null below the organization threshold. */
export function panelStat(cell: PanelCellSums, minOrganizations = MIN_PANEL_ORGANIZATIONS): PanelStat | null {
  if (cell.organizations < minOrganizations || cell.points < 1) return null;
  const k = cell.points;
  const m = cell.sum / k;
  const variance = k > 1 ? Math.max(0, (cell.sumSquares - k * m * m) / (k - 1)) : 0;
  const sd = Math.sqrt(variance);
  const half = k > 1 ? t95(k - 1) * (sd / Math.sqrt(k)) : 0;
  // days, not instants: an exact reveal time could single out the organization that revealed then
  const period =
    cell.firstRevealedAt && cell.lastRevealedAt ? { from: utcDay(cell.firstRevealedAt), to: utcDay(cell.lastRevealedAt) } : null;
  return {
    organizations: cell.organizations,
    points: k,
    respondents: cell.respondents,
    mean: 100 * m,
    sd: 100 * sd,
    interval: [100 * clamp(m - half, 0, 1), 100 * clamp(m + half, 0, 1)],
    period,
  };
}

/** One row of the comparison: the published figure, and the panel's measure when enough organizations contribute. */
export function panelComparison(
  figure: BenchmarkFigureDef,
  side: Side,
  itemKey: string,
  sampleSize: number | null,
  cell: PanelCellSums | undefined,
  minOrganizations = MIN_PANEL_ORGANIZATIONS,
): PanelComparisonRow {
  const published = { value: figure.value, n: sampleSize, interval: pct(normalInterval(figure.value / 100, sampleSize)) };
  const panel = cell ? panelStat(cell, minOrganizations) : null;
  return {
    hidden: panel ? null : `fewer than ${minOrganizations} organizations contribute`,
    figureId: figure.id,
    side,
    itemKey,
    statement: figure.statement,
    topic: figure.topic,
    published,
    panel,
    difference: panel ? panel.mean - figure.value : null,
    verdict: panelVerdict(panel?.interval ?? null, published.interval, figure.value),
  };
}

export type PanelVerdict = "above" | "below" | "not distinguishable" | "insufficient data";

/**
 * The panel's conservative verdict: "above" only when the panel's interval lies entirely above the published
 * interval, "below" only when entirely below; any overlap (touching included) is "not distinguishable". When
 * the published sample size is unknown the figure is treated as a point. (Team results use tests with
 * false-discovery control instead: README of this folder, "Evidence"; the panel keeps this rule for now.)
 */
export function panelVerdict(panel: Interval | null, published: Interval | null, publishedValue: number): PanelVerdict {
  if (!panel) return "insufficient data";
  const pub: Interval = published ?? [publishedValue, publishedValue];
  if (overlaps(panel, pub)) return "not distinguishable";
  return panel[0] > pub[1] ? "above" : "below";
}
