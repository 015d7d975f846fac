// The tests behind the trends between two waves (trend.ts): each compares an estimate of a LATER wave with the
// same estimate of an EARLIER wave, the two waves taken as independent samples. Every function returns the change
// (later − earlier, points), its 95% interval, the two-sided p of "no change" (consistent with the interval: p < 0.05
// ⇔ the interval excludes 0) and the TOST p of "the change lies within ±margin". See README, "Trends between waves".
import { normalCdf, tCdf, tQuantile } from "./distributions";
import { meanDifference } from "./mean-tests";
import { newcombeEquivalenceP, newcombeInterval, newcombePValue, type Proportion } from "./newcombe";
import { Z95 } from "./stats";
import type { Interval, TestMethod } from "./types";

/**
 * How a trend was tested: the model's methods, plus "normal" (two independent bootstrap-normal estimates) and
 * "price-bonett" (adjusted Wald interval of a difference of two differences of shares).
 */
export type TrendMethod = TestMethod | "normal" | "price-bonett";

export interface ChangeStat {
  /** later − earlier, points. */
  estimate: number;
  /** 95% interval of the change, inside its possible range. */
  interval: Interval;
  /** Two-sided p of "no change". */
  p: number;
  /** TOST p of "|change| < margin". */
  equivalenceP: number;
  method: TrendMethod;
}

/** A difference with a normal (or t) sampling distribution of standard error `se` (and `df`, Infinity = normal). */
function fromStandardError(estimate: number, se: number, df: number, margin: number, span: number, method: TrendMethod): ChangeStat {
  if (!(se > 0)) {
    // no spread in either wave: the same convention as meanDifference (a difference is then exact)
    return { estimate, interval: [estimate, estimate], p: estimate === 0 ? 1 : 0, equivalenceP: Math.abs(estimate) < margin ? 0 : 1, method };
  }
  const cdf = (x: number) => (Number.isFinite(df) ? tCdf(x, df) : normalCdf(x));
  const crit = Number.isFinite(df) ? tQuantile(0.975, df) : Z95;
  const interval: Interval = [Math.max(-span, estimate - crit * se), Math.min(span, estimate + crit * se)];
  const p = Math.min(1, 2 * (1 - cdf(Math.abs(estimate) / se)));
  const equivalenceP = Math.max(1 - cdf((estimate + margin) / se), cdf((estimate - margin) / se));
  return { estimate, interval, p, equivalenceP, method };
}

/**
 * Standard error of an estimate shown as `value` with a 95% interval `centre ± crit × se` clipped to [0, 100]:
 * read from an end that was not clipped; when both were, `fallback` (the caller's conservative upper bound).
 */
export function standardErrorFromInterval(centre: number, interval: Interval, crit: number, fallback: number): number {
  const halves: number[] = [];
  if (interval[0] > 0) halves.push(centre - interval[0]);
  if (interval[1] < 100) halves.push(interval[1] - centre);
  if (halves.length === 0) return fallback;
  return Math.max(0, ...halves) / crit;
}

export interface IndexEstimate {
  index: number;
  interval: Interval;
  /** The unclipped index 100 − (meanDistance − meanChanceDistance), around which the interval was built. */
  centre: number;
}

/**
 * Change of the alignment index. Each wave's interval is centre ± 1.96 × its bootstrap standard error, so
 * the standard error is read back from it; two independent estimates: se = √(se₁² + se₂²), a z test and the
 * normal interval of the difference of the (displayed, clipped) indices. Both ends clipped (se ≥ 25 points):
 * se is taken as 50 (the most a 0-100 index can spread), which is conservative.
 */
export function indexChange(earlier: IndexEstimate, later: IndexEstimate, margin: number): ChangeStat {
  const se = (w: IndexEstimate) => standardErrorFromInterval(w.centre, w.interval, Z95, 50);
  const seD = Math.sqrt(se(earlier) ** 2 + se(later) ** 2);
  return fromStandardError(later.index - earlier.index, seD, Infinity, margin, 100, "normal");
}

export interface MeanEstimate {
  mean: number;
  /** 95% t interval, clipped to [0, 100]. */
  interval: Interval;
  n: number;
}

/**
 * Change of a mean of n respondents' 0-100 scores (an imperative score) from each wave's mean, 95% t interval
 * and n: Welch's t from these summaries (Satterthwaite's degrees of freedom). When a wave's interval is clipped
 * at both ends its standard error is taken as 50 ÷ √(n − 1), the largest any n values in 0-100 can give.
 */
export function scoreChange(earlier: MeanEstimate, later: MeanEstimate, margin: number): ChangeStat | null {
  if (earlier.n < 2 || later.n < 2) return null;
  const se = (w: MeanEstimate) => standardErrorFromInterval(w.mean, w.interval, tQuantile(0.975, w.n - 1), 50 / Math.sqrt(w.n - 1));
  const [a, b] = [se(earlier) ** 2, se(later) ** 2];
  const se2 = a + b;
  const df = se2 > 0 ? se2 ** 2 / (a ** 2 / (earlier.n - 1) + b ** 2 / (later.n - 1)) : Infinity;
  return fromStandardError(later.mean - earlier.mean, Math.sqrt(se2), df, margin, 100, "welch");
}

/** Change of one side's share (Newcombe hybrid score interval for two independent proportions, test by inversion). */
export function shareChange(earlier: Proportion, later: Proportion, margin: number): ChangeStat | null {
  const ci = newcombeInterval(later, earlier);
  if (!ci) return null;
  return {
    estimate: (100 * later.k) / later.n - (100 * earlier.k) / earlier.n,
    interval: [ci[0] * 100, ci[1] * 100],
    p: newcombePValue(later, earlier)!,
    equivalenceP: newcombeEquivalenceP(later, earlier, margin / 100)!,
    method: "newcombe",
  };
}

/** Change of one side's mean on a 0-100 scale: the model's mean test (exact permutation when small, else Welch; Welch interval). */
export function meanChange(earlier: readonly number[], later: readonly number[], margin: number): ChangeStat | null {
  const d = meanDifference(later, earlier, 100, margin);
  if (!d) return null;
  return { estimate: d.estimate, interval: d.interval, p: d.p, equivalenceP: d.equivalenceP ?? 1, method: d.method };
}

/**
 * Change of the gap between the sides for shares, (marketing − IT) later − (marketing − IT) earlier: the adjusted
 * Wald interval for a linear function of four independent proportions (Price & Bonett 2004: each group gets
 * 2/k = ½ success and 4/k = 1 trial added, k = 4), d̃ ± 1.96 × se, and the z test of d̃ ÷ se (consistent with it);
 * TOST from the same normal approximation. The shown change is the raw difference of the gaps. MOVER (the model's
 * gap of gaps) was tried first and was anti-conservative here: 9.9% of null pairs at 3 + 3 had p < 0.05 and 0.27%
 * had p < 0.0003 (README, "Trends between waves").
 */
export function shareGapChange(
  earlier: { marketing: Proportion; it: Proportion },
  later: { marketing: Proportion; it: Proportion },
  margin: number,
): ChangeStat | null {
  const all = [later.marketing, later.it, earlier.marketing, earlier.it];
  if (all.some((g) => !(g.n > 0))) return null;
  const adj = (g: Proportion) => (g.k + 0.5) / (g.n + 1);
  const variance = all.reduce((v, g) => v + (adj(g) * (1 - adj(g))) / (g.n + 1), 0);
  // written as a difference of the two gaps, so that identical waves give exactly 0
  const adjusted = adj(later.marketing) - adj(later.it) - (adj(earlier.marketing) - adj(earlier.it));
  const gap = (w: typeof earlier) => (100 * w.marketing.k) / w.marketing.n - (100 * w.it.k) / w.it.n;
  const se = 100 * Math.sqrt(variance);
  const d = 100 * adjusted;
  const interval: Interval = [Math.max(-200, d - Z95 * se), Math.min(200, d + Z95 * se)];
  return {
    estimate: gap(later) - gap(earlier),
    interval,
    p: Math.min(1, 2 * (1 - normalCdf(Math.abs(d) / se))),
    equivalenceP: Math.max(1 - normalCdf((d + margin) / se), normalCdf((d - margin) / se)),
    method: "price-bonett",
  };
}

function meanVar(x: readonly number[]): { m: number; v: number } {
  const m = x.reduce((s, v) => s + v, 0) / x.length;
  return { m, v: x.length > 1 ? x.reduce((s, v) => s + (v - m) ** 2, 0) / (x.length - 1) : 0 };
}

/** Change of the gap for means (0-100): Welch's t for a contrast of four independent means (Satterthwaite df). */
export function meanGapChange(
  earlier: { marketing: readonly number[]; it: readonly number[] },
  later: { marketing: readonly number[]; it: readonly number[] },
  margin: number,
): ChangeStat | null {
  const groups = [later.marketing, later.it, earlier.marketing, earlier.it];
  if (groups.some((g) => g.length < 2)) return null;
  const s = groups.map(meanVar);
  const d = s[0]!.m - s[1]!.m - (s[2]!.m - s[3]!.m);
  const parts = s.map((x, i) => x.v / groups[i]!.length);
  const se2 = parts.reduce((a, b) => a + b, 0);
  const df = se2 > 0 ? se2 ** 2 / parts.reduce((a, p, i) => a + p ** 2 / (groups[i]!.length - 1), 0) : Infinity;
  return fromStandardError(d, Math.sqrt(se2), df, margin, 200, "welch");
}
