// Comparisons with the published figures: per side (or both sides pooled), and the "gap of gaps".
import type { Side } from "@/lib/domain";
import type { BenchmarkFigureDef } from "@/lib/benchmarks/types";
import type { ItemBenchmarkLink, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { midPTails } from "./distributions";
import { midPBinomialTest, midPInterval } from "./binomial-test";
import { shareStat, type SideAnswers } from "./item-stats";
import { equivalenceByInversion, twoSidedByInversion } from "./inversion";
import { newcombeEquivalenceP, newcombeInterval, newcombePValue } from "./newcombe";
import { Z95, wilsonInterval } from "./stats";
import { BENCHMARK_EQUIVALENCE_MARGIN, MIN_PER_SIDE } from "./thresholds";
import type { BenchmarkComparison, FigureLookup, GapOfGaps, Interval, ShareStat, SidePair, TestStat } from "./types";

const pct = (r: readonly [number, number] | null): Interval | null => (r ? [r[0] * 100, r[1] * 100] : null);

/** The answers a comparison uses: every respondent, and leaders only (executive figures). */
export interface ComparedAnswers {
  everyone: SidePair<SideAnswers>;
  leaders: SidePair<SideAnswers>;
}

/** A linked figure usable for comparison: found, and a percentage. Otherwise a warning. */
function usableFigure(link: ItemBenchmarkLink, figures: FigureLookup, warnings: string[], itemKey: string) {
  const f = figures.figure(link.figureId);
  if (!f) {
    warnings.push(`Item "${itemKey}" links to unknown figure "${link.figureId}".`);
    return undefined;
  }
  if (f.unit !== "percent") {
    warnings.push(`Item "${itemKey}" links to figure "${f.id}" whose unit is "${f.unit}", not "percent": not compared.`);
    return undefined;
  }
  return f;
}

/** Our share under the link's predicate: the link's side (or both pooled), leaders only for executive figures. */
function orgShare(link: ItemBenchmarkLink, f: BenchmarkFigureDef, answers: ComparedAnswers): ShareStat & { tiers: "leaders" | "everyone"; smallestSide: number } {
  const tiers = f.covers === "everyone" ? "everyone" : "leaders";
  const pair = answers[tiers];
  const values = link.population === "both" ? [...pair.marketing.values, ...pair.it.values] : pair[link.population].values;
  // a pooled comparison involves both sides: each needs MIN_PER_SIDE answers for a verdict
  const smallestSide = link.population === "both" ? Math.min(pair.marketing.values.length, pair.it.values.length) : values.length;
  return { ...shareStat(values, link.match, link.option), tiers, smallestSide };
}

/**
 * One side's share against one published figure.
 * - Known n, exact figure: the Newcombe interval for (ours − published) and the test consistent with it;
 *   "about the same" from the equivalence test within ±BENCHMARK_EQUIVALENCE_MARGIN.
 * - Unknown n, or a verbal bound ("more than half"): the mid-p exact binomial test of our count against the
 *   published value (or range), with the mid-p interval of our share minus the published value (or range).
 * - Fewer than MIN_PER_SIDE answers (on either side, for a pooled figure): "too few answers to tell"; a
 *   context-only link: "context only".
 * The verdict itself ("above", "below", "about the same") is set after the false-discovery step (labels.ts).
 */
export function compareWithFigure(
  itemKey: string,
  link: ItemBenchmarkLink,
  f: BenchmarkFigureDef,
  figures: FigureLookup,
  answers: ComparedAnswers,
  contextOnly: string | null,
): BenchmarkComparison {
  const stat = orgShare(link, f, answers);
  const n = figures.sampleSize(f);
  const bounds = f.bounds ? { low: f.bounds.low, high: f.bounds.high } : null;
  const exact = n !== null && bounds === null;
  const useNewcombe = exact && stat.n >= MIN_PER_SIDE;
  const orgInterval = pct(useNewcombe || stat.n === 0 ? wilsonInterval(stat.agreeing, stat.n) : midPInterval(stat.agreeing, stat.n));
  const out: BenchmarkComparison = {
    itemKey,
    figureId: f.id,
    side: link.population,
    statement: f.statement,
    org: { n: stat.n, agreeing: stat.agreeing, share: stat.share, interval: orgInterval, tiers: stat.tiers },
    published: {
      value: f.value,
      n,
      interval: n === null ? null : pct(wilsonInterval((f.value / 100) * n, n)),
      bounds,
      subgroup: f.base?.kind === "subgroup" ? f.base.description : null,
    },
    difference: stat.share === null ? null : stat.share - f.value,
    test: null,
    equivalence: null,
    verdict: contextOnly ? "context only" : "too few answers to tell",
    contextOnly,
  };
  if (link.option !== undefined) out.option = link.option;
  if (contextOnly || stat.smallestSide < MIN_PER_SIDE || stat.share === null) return out;
  const margin = BENCHMARK_EQUIVALENCE_MARGIN;
  if (exact) {
    const a = { k: stat.agreeing, n: stat.n };
    const b = { k: (f.value / 100) * n!, n: n! };
    out.test = { estimate: out.difference!, interval: pct(newcombeInterval(a, b)), p: newcombePValue(a, b)!, q: null, method: "newcombe" };
    out.equivalence = { margin, p: newcombeEquivalenceP(a, b, margin / 100)!, q: null };
  } else {
    const low = (bounds?.low ?? f.value) / 100;
    const high = (bounds?.high ?? f.value) / 100;
    const ci = midPInterval(stat.agreeing, stat.n)!;
    const t = midPBinomialTest(stat.agreeing, stat.n, low, high)!;
    out.test = {
      estimate: out.difference!,
      interval: [(ci[0] - high) * 100, (ci[1] - low) * 100],
      p: t.p,
      q: null,
      method: "mid-p binomial",
    };
    const lo = low - margin / 100;
    const hi = high + margin / 100;
    const above = lo <= 0 ? 0 : midPTails(stat.agreeing, stat.n, lo).upper;
    const below = hi >= 1 ? 0 : midPTails(stat.agreeing, stat.n, hi).lower;
    out.equivalence = { margin, p: Math.max(above, below), q: null };
  }
  out.verdict = "not distinguishable";
  return out;
}

export function benchmarkComparisons(
  item: QuestionnaireItemDef,
  answers: ComparedAnswers,
  figures: FigureLookup,
  warnings: string[],
): BenchmarkComparison[] {
  const out: BenchmarkComparison[] = [];
  for (const link of item.benchmarks) {
    const f = usableFigure(link, figures, warnings, item.key);
    if (f) out.push(compareWithFigure(item.key, link, f, figures, answers, link.contextOnly ?? null));
  }
  return out;
}

/**
 * Gap of gaps, for every pair of links on one item (same option) with a CMO figure and a CIO figure of the SAME
 * survey (source; several surveys give several pairs): org gap = marketing share − IT share (each under its own link's predicate, the same tiers as
 * the comparisons); published gap = CMO figure − CIO figure; difference = org gap − published gap.
 * Interval of the difference (MOVER, Newcombe & Zou): the Newcombe interval of the org gap combined with the
 * published gap's Newcombe interval (a point when either n is unknown; a range for verbal bounds), clipped to
 * the possible range; the test is the interval's inversion. Context-only links are not paired.
 */
export function gapOfGaps(
  item: QuestionnaireItemDef,
  comparisons: readonly BenchmarkComparison[],
  figures: FigureLookup,
): GapOfGaps[] {
  const out: GapOfGaps[] = [];
  // one pair per option and survey (source): only figures of the same survey wave are paired
  const groups = new Map<string, { option: string; pair: Partial<Record<Side, BenchmarkComparison>> }>();
  for (const c of comparisons) {
    if (c.itemKey !== item.key || c.side === "both" || c.contextOnly) continue;
    const sourceId = figures.figure(c.figureId)?.sourceId ?? "";
    const key = `${c.option ?? ""}|${sourceId}`;
    const g = groups.get(key) ?? { option: c.option ?? "", pair: {} };
    if (!g.pair[c.side]) g.pair[c.side] = c;
    groups.set(key, g);
  }
  for (const { option, pair: g } of groups.values()) {
    if (!g.marketing || !g.it) continue;
    const fm = figures.figure(g.marketing.figureId)!;
    const fi = figures.figure(g.it.figureId)!;
    const sm = g.marketing.org;
    const si = g.it.org;
    const publishedGap = fm.value - fi.value;
    const orgGap = sm.share !== null && si.share !== null ? sm.share - si.share : null;
    const base: GapOfGaps = {
      itemKey: item.key,
      figureIds: { marketing: fm.id, it: fi.id },
      org: { marketing: sm.share, it: si.share, gap: orgGap, n: { marketing: sm.n, it: si.n } },
      published: { marketing: fm.value, it: fi.value, gap: publishedGap, n: { marketing: g.marketing.published.n, it: g.it.published.n } },
      difference: orgGap === null ? null : orgGap - publishedGap,
      magnitudeDifference: orgGap === null ? null : Math.abs(orgGap) - Math.abs(publishedGap),
      test: null,
      equivalence: null,
      interpretation: "too few answers to tell",
    };
    if (option !== "") base.option = option;
    if (orgGap === null || sm.n < MIN_PER_SIDE || si.n < MIN_PER_SIDE) {
      out.push(base);
      continue;
    }
    const a = { k: sm.agreeing, n: sm.n };
    const b = { k: si.agreeing, n: si.n };
    const pm = g.marketing.published;
    const pi = g.it.published;
    const pubAt = (z: number): readonly [number, number] => {
      if (pm.n !== null && pi.n !== null && !pm.bounds && !pi.bounds) {
        const ci = newcombeInterval({ k: (pm.value / 100) * pm.n, n: pm.n }, { k: (pi.value / 100) * pi.n, n: pi.n }, z)!;
        return [ci[0] * 100, ci[1] * 100];
      }
      const lo = (pm.bounds?.low ?? pm.value) - (pi.bounds?.high ?? pi.value);
      const hi = (pm.bounds?.high ?? pm.value) - (pi.bounds?.low ?? pi.value);
      return [lo, hi];
    };
    const diffAt = (z: number): readonly [number, number] => {
      const o = newcombeInterval(a, b, z)!;
      const [ol, ou] = [o[0] * 100, o[1] * 100];
      const [pl, pu] = pubAt(z);
      const d = orgGap - publishedGap;
      const lo = d - Math.sqrt((orgGap - ol) ** 2 + (pu - publishedGap) ** 2);
      const hi = d + Math.sqrt((ou - orgGap) ** 2 + (publishedGap - pl) ** 2);
      return [Math.max(-100 - pu, lo), Math.min(100 - pl, hi)];
    };
    const d = orgGap - publishedGap;
    const test: TestStat = { estimate: d, interval: diffAt(Z95), p: twoSidedByInversion(d, diffAt), q: null, method: "newcombe-mover" };
    out.push({
      ...base,
      test,
      equivalence: { margin: BENCHMARK_EQUIVALENCE_MARGIN, p: equivalenceByInversion(d, diffAt, BENCHMARK_EQUIVALENCE_MARGIN), q: null },
      interpretation: "not distinguishable",
    });
  }
  return out;
}
