// Comparisons with the published figures: per side, and the "gap of gaps".
import type { Side } from "@/lib/domain";
import type { BenchmarkFigureDef } from "@/lib/benchmarks/types";
import type { ItemBenchmarkLink, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { predicateKey } from "./answers";
import { Z95, agrestiCaffo, normalInterval, overlaps, proportionVariance, wilsonInterval } from "./stats";
import type {
  BenchmarkComparison,
  BenchmarkVerdict,
  FigureLookup,
  GapOfGaps,
  Interval,
  ItemResult,
  ShareStat,
} from "./types";

/** Gap-of-gaps tolerance: differences in gap size of at most this many points are "about the same". */
export const GAP_TOLERANCE = 10;

const pct = (r: readonly [number, number] | null): Interval | null => (r ? [r[0] * 100, r[1] * 100] : null);

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

function shareFor(r: ItemResult, link: ItemBenchmarkLink, side: Side): ShareStat {
  const key = predicateKey(link.match, link.option);
  return r.predicates.find((p) => p.key === key)?.sides[side] ?? { n: 0, agreeing: 0, share: null };
}

/**
 * Verdict rule (conservative): "above" only when the org's Wilson interval lies entirely above the published
 * interval, "below" only when entirely below; any overlap (touching included) is "not distinguishable". When
 * the published sample size is unknown the published figure is treated as a point. n = 0 on the org's side is
 * "insufficient data".
 */
export function verdict(org: Interval | null, published: Interval | null, publishedValue: number): BenchmarkVerdict {
  if (!org) return "insufficient data";
  const pub: Interval = published ?? [publishedValue, publishedValue];
  if (overlaps(org, pub)) return "not distinguishable";
  return org[0] > pub[1] ? "above" : "below";
}

export function compareWithFigure(
  r: ItemResult,
  link: ItemBenchmarkLink,
  f: BenchmarkFigureDef,
  figures: FigureLookup,
): BenchmarkComparison {
  const side: Side = link.population;
  const stat = shareFor(r, link, side);
  const orgInterval = pct(wilsonInterval(stat.agreeing, stat.n));
  const n = figures.sampleSize(f);
  const pubInterval = pct(normalInterval(f.value / 100, n));
  const out: BenchmarkComparison = {
    itemKey: r.itemKey,
    figureId: f.id,
    side,
    statement: f.statement,
    org: { ...stat, interval: orgInterval },
    published: { value: f.value, n, interval: pubInterval },
    difference: stat.share === null ? null : stat.share - f.value,
    verdict: verdict(orgInterval, pubInterval, f.value),
  };
  if (link.option !== undefined) out.option = link.option;
  return out;
}

export function benchmarkComparisons(
  item: QuestionnaireItemDef,
  r: ItemResult,
  figures: FigureLookup,
  warnings: string[],
): BenchmarkComparison[] {
  const out: BenchmarkComparison[] = [];
  for (const link of item.benchmarks) {
    const f = usableFigure(link, figures, warnings, item.key);
    if (f) out.push(compareWithFigure(r, link, f, figures));
  }
  return out;
}

/**
 * Gap of gaps, for every pair of links on one item (same option) with a marketing and an IT figure:
 *   org gap = marketing share − IT share (each under its own link's predicate); published gap = CMO figure −
 *   CIO figure; difference = org gap − published gap; magnitudeDifference = |org gap| − |published gap|.
 * 95% interval for the difference: Agresti–Caffo estimate of the org gap (adds one agreeing and one
 * non-agreeing answer per side, so it behaves at n = 2 and at 0%/100%) minus the published gap, ± 1.96 ×
 * sqrt(Agresti–Caffo variance + p(1−p)/n of each published figure; 0 for an unknown n).
 * Interpretation: |magnitudeDifference| ≤ 10 points → "about the same"; otherwise, when the interval
 * excludes 0 → "wider than published" / "narrower than published" (by the sign of magnitudeDifference),
 * else "not distinguishable" with `leaning` saying which way the point estimate goes.
 */
export function gapOfGaps(
  item: QuestionnaireItemDef,
  r: ItemResult,
  figures: FigureLookup,
): GapOfGaps[] {
  const out: GapOfGaps[] = [];
  const groups = new Map<string, { marketing?: ItemBenchmarkLink; it?: ItemBenchmarkLink }>();
  for (const link of item.benchmarks) {
    const g = groups.get(link.option ?? "") ?? {};
    if (!g[link.population]) g[link.population] = link;
    groups.set(link.option ?? "", g);
  }
  for (const [option, g] of groups) {
    if (!g.marketing || !g.it) continue;
    const fm = figures.figure(g.marketing.figureId);
    const fi = figures.figure(g.it.figureId);
    if (!fm || !fi || fm.unit !== "percent" || fi.unit !== "percent") continue;
    const sm = shareFor(r, g.marketing, "marketing");
    const si = shareFor(r, g.it, "it");
    const nm = figures.sampleSize(fm);
    const ni = figures.sampleSize(fi);
    const publishedGap = fm.value - fi.value;
    const orgGap = sm.share !== null && si.share !== null ? sm.share - si.share : null;
    const base: GapOfGaps = {
      itemKey: item.key,
      figureIds: { marketing: fm.id, it: fi.id },
      org: { marketing: sm.share, it: si.share, gap: orgGap, n: { marketing: sm.n, it: si.n } },
      published: { marketing: fm.value, it: fi.value, gap: publishedGap, n: { marketing: nm, it: ni } },
      difference: null,
      magnitudeDifference: null,
      interval: null,
      interpretation: "insufficient data",
      leaning: null,
      reversed: false,
    };
    if (option !== "") base.option = option;
    const ac = agrestiCaffo(sm.agreeing, sm.n, si.agreeing, si.n);
    if (orgGap === null || !ac) {
      out.push(base);
      continue;
    }
    const difference = orgGap - publishedGap;
    const magnitudeDifference = Math.abs(orgGap) - Math.abs(publishedGap);
    const variance = ac.variance + proportionVariance(fm.value / 100, nm) + proportionVariance(fi.value / 100, ni);
    const centre = ac.estimate * 100 - publishedGap;
    const half = Z95 * Math.sqrt(variance) * 100;
    const interval: Interval = [centre - half, centre + half];
    const excludesZero = interval[0] > 0 || interval[1] < 0;
    let interpretation: GapOfGaps["interpretation"];
    let leaning: GapOfGaps["leaning"] = null;
    if (Math.abs(magnitudeDifference) <= GAP_TOLERANCE) interpretation = "about the same";
    else if (excludesZero) interpretation = magnitudeDifference > 0 ? "wider than published" : "narrower than published";
    else {
      interpretation = "not distinguishable";
      leaning = magnitudeDifference > 0 ? "wider" : "narrower";
    }
    const reversed =
      Math.abs(orgGap) > GAP_TOLERANCE && Math.abs(publishedGap) > GAP_TOLERANCE && Math.sign(orgGap) !== Math.sign(publishedGap);
    out.push({ ...base, difference, magnitudeDifference, interval, interpretation, leaning, reversed });
  }
  return out;
}
