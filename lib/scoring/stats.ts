// Small, dependency-free statistics. Functions here work on PROPORTIONS (0-1); callers convert to percent.

/** The normal quantile for a two-sided 95% interval, as the brief and most reports round it. */
export const Z95 = 1.96;

export type Range = readonly [number, number];

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Arithmetic mean, or null for an empty list. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Mean of the non-null values, or null when there are none. */
export function meanOfDefined(values: readonly (number | null | undefined)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    sum += v;
    n++;
  }
  return n === 0 ? null : sum / n;
}

/**
 * Wilson score interval for k successes out of n (proportions). Good at small n and at 0% / 100%, where the
 * textbook p ± z·sqrt(p(1-p)/n) collapses to a point. Null when n = 0.
 *   centre = (p + z²/2n) / (1 + z²/n),  half-width = z/(1 + z²/n) · sqrt(p(1-p)/n + z²/4n²)
 */
export function wilsonInterval(k: number, n: number, z: number = Z95): Range | null {
  if (!(n > 0) || !Number.isFinite(n) || !Number.isFinite(k)) return null;
  const p = clamp(k / n, 0, 1);
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [clamp(centre - half, 0, 1), clamp(centre + half, 0, 1)];
}

/**
 * Normal-approximation (Wald) interval p ± z·sqrt(p(1-p)/n), clipped to [0, 1]. Used for published figures,
 * whose samples are in the hundreds. Null when n is unknown or not positive.
 */
export function normalInterval(p: number, n: number | null, z: number = Z95): Range | null {
  if (n === null || !(n > 0) || !Number.isFinite(n) || !Number.isFinite(p)) return null;
  const q = clamp(p, 0, 1);
  const half = z * Math.sqrt((q * (1 - q)) / n);
  return [clamp(q - half, 0, 1), clamp(q + half, 0, 1)];
}

/** Closed intervals overlap (touching counts as overlapping, which keeps the verdict rule conservative). */
export function overlaps(a: Range, b: Range): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * Agresti–Caffo adjusted estimate of p1 − p2 and its variance: add one success and one failure to each group,
 * then use the Wald formula. Behaves at small n and at 0% / 100%. Null when either n is 0.
 */
export function agrestiCaffo(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
): { estimate: number; variance: number } | null {
  if (!(n1 > 0) || !(n2 > 0)) return null;
  const p1 = (k1 + 1) / (n1 + 2);
  const p2 = (k2 + 1) / (n2 + 2);
  return { estimate: p1 - p2, variance: (p1 * (1 - p1)) / (n1 + 2) + (p2 * (1 - p2)) / (n2 + 2) };
}

/** Variance of a published proportion p with sample size n (0 when n is unknown: treated as exact). */
export function proportionVariance(p: number, n: number | null): number {
  if (n === null || !(n > 0)) return 0;
  const q = clamp(p, 0, 1);
  return (q * (1 - q)) / n;
}

/** Total variation distance between two non-negative weight vectors over the same keys, 0-1. */
export function totalVariation(a: Record<string, number>, b: Record<string, number>): number | null {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let sa = 0;
  let sb = 0;
  for (const k of keys) {
    sa += a[k] ?? 0;
    sb += b[k] ?? 0;
  }
  if (sa <= 0 && sb <= 0) return 0; // both sides gave nothing: identical
  if (sa <= 0 || sb <= 0) return 1; // one side gave nothing, the other something: completely different
  let sum = 0;
  for (const k of keys) sum += Math.abs((a[k] ?? 0) / sa - (b[k] ?? 0) / sb);
  return clamp(sum / 2, 0, 1);
}

/** The binomial coefficient C(n, k) as a float (counts of relabellings; exact well past the sizes used here). */
export function choose(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
