// Tests on means: the difference between the two sides (percentage items, trade-off points) and one side's
// mean against a fixed value (imperative scores against the "low" threshold).
import { tCdf, tQuantile } from "./distributions";
import { choose } from "./stats";

export interface MeanDifference {
  estimate: number;
  /** 95% Welch interval, clipped to the possible range of a difference on the variable's scale. */
  interval: readonly [number, number];
  /** Two-sided p: exact permutation test when there are at most PERMUTATION_LIMIT relabellings, else Welch's t. */
  p: number;
  method: "permutation" | "welch";
  /** TOST equivalence p within ±margin (Welch one-sided tests), when a margin was given. */
  equivalenceP: number | null;
}

export const PERMUTATION_LIMIT = 20_000;

function meanVar(x: readonly number[]): { m: number; v: number } {
  let s = 0;
  for (const v of x) s += v;
  const m = s / x.length;
  let ss = 0;
  for (const v of x) ss += (v - m) ** 2;
  return { m, v: x.length > 1 ? ss / (x.length - 1) : 0 };
}

/** Exact two-sided permutation p-value of |mean1 − mean2| (every split of the pooled values is enumerated). */
function permutationP(x1: readonly number[], x2: readonly number[]): number {
  const pooled = [...x1, ...x2];
  const n1 = x1.length;
  const total = pooled.reduce((a, b) => a + b, 0);
  const n2 = pooled.length - n1;
  const observed = Math.abs(meanVar(x1).m - meanVar(x2).m);
  let extreme = 0;
  let count = 0;
  const pick: number[] = [];
  const rec = (start: number, sum: number) => {
    if (pick.length === n1) {
      count++;
      const d = Math.abs(sum / n1 - (total - sum) / n2);
      if (d >= observed - 1e-9) extreme++;
      return;
    }
    for (let i = start; i <= pooled.length - (n1 - pick.length); i++) {
      pick.push(i);
      rec(i + 1, sum + pooled[i]!);
      pick.pop();
    }
  };
  rec(0, 0);
  return extreme / count;
}

/** mean(x1) − mean(x2) with its interval and test; `span` = the width of the variable's scale (100 for 0-100). */
export function meanDifference(x1: readonly number[], x2: readonly number[], span: number, margin?: number): MeanDifference | null {
  if (x1.length < 2 || x2.length < 2) return null;
  const a = meanVar(x1);
  const b = meanVar(x2);
  const estimate = a.m - b.m;
  const se2 = a.v / x1.length + b.v / x2.length;
  let interval: readonly [number, number];
  let welchP: number;
  let equivalenceP: number | null = null;
  if (se2 <= 0) {
    interval = [estimate, estimate];
    welchP = estimate === 0 ? 1 : 0;
    if (margin !== undefined) equivalenceP = Math.abs(estimate) < margin ? 0 : 1;
  } else {
    const df = se2 ** 2 / ((a.v / x1.length) ** 2 / (x1.length - 1) + (b.v / x2.length) ** 2 / (x2.length - 1));
    const se = Math.sqrt(se2);
    const t = tQuantile(0.975, df);
    interval = [Math.max(-span, estimate - t * se), Math.min(span, estimate + t * se)];
    welchP = Math.min(1, 2 * (1 - tCdf(Math.abs(estimate) / se, df)));
    if (margin !== undefined) {
      const above = 1 - tCdf((estimate + margin) / se, df); // evidence the difference is > −margin
      const below = tCdf((estimate - margin) / se, df); // evidence it is < +margin
      equivalenceP = Math.max(above, below);
    }
  }
  if (choose(x1.length + x2.length, x1.length) <= PERMUTATION_LIMIT) {
    return { estimate, interval, p: permutationP(x1, x2), method: "permutation", equivalenceP };
  }
  return { estimate, interval, p: welchP, method: "welch", equivalenceP };
}

/**
 * One side's mean against a fixed value: the 95% t interval (clipped to [lo, hi]) for display, and the one-sided
 * test that the true mean is below `value`, with its 90% interval (whose upper end is the one-sided 95% bound, so
 * "p < 0.05" ⇔ that bound is below `value`). When every value is the same, the spread is estimated as
 * MIN_SPREAD × (hi − lo) rather than 0: identical answers from a few people are not proof of a precise mean.
 * Null with fewer than 2 values.
 */
export const MIN_SPREAD = 0.125; // half a step of a 5-point scale, as a share of the scale

export function meanBelow(
  x: readonly number[],
  value: number,
  lo: number,
  hi: number,
): { mean: number; interval: readonly [number, number]; oneSided: readonly [number, number]; p: number } | null {
  if (x.length < 2) return null;
  const { m, v } = meanVar(x);
  const sd = Math.max(Math.sqrt(v), v === 0 ? MIN_SPREAD * (hi - lo) : 0);
  const se = sd / Math.sqrt(x.length);
  const df = x.length - 1;
  const t95 = tQuantile(0.975, df);
  const t90 = tQuantile(0.95, df);
  return {
    mean: m,
    interval: [Math.max(lo, m - t95 * se), Math.min(hi, m + t95 * se)],
    oneSided: [Math.max(lo, m - t90 * se), Math.min(hi, m + t90 * se)],
    p: tCdf((m - value) / se, df),
  };
}
