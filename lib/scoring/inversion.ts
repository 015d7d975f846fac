// p-values consistent with an interval: invert the interval's level. For an interval family ci(z) that widens
// as z grows, the one-sided p-value that the quantity is above (below) `bound` is 1 − Φ(z*), where z* is the z at
// which the interval's lower (upper) end reaches `bound`. So p < 0.05 two-sided ⇔ the 95% interval excludes it.
import { normalCdf } from "./distributions";

export type IntervalAt = (z: number) => readonly [number, number];

export function oneSidedByInversion(estimate: number, ciAt: IntervalAt, bound: number, side: "above" | "below"): number {
  const beyond = side === "above" ? estimate > bound : estimate < bound;
  if (!beyond) return 1;
  const end = (z: number) => {
    const ci = ciAt(z);
    return side === "above" ? ci[0] - bound : bound - ci[1];
  };
  let lo = 0;
  let hi = 40;
  if (end(hi) > 0) return 0;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (end(mid) > 0) lo = mid;
    else hi = mid;
  }
  return 1 - normalCdf((lo + hi) / 2);
}

/** Two-sided p-value of "the quantity equals `value`". */
export function twoSidedByInversion(estimate: number, ciAt: IntervalAt, value = 0): number {
  if (estimate === value) return 1;
  return Math.min(1, 2 * oneSidedByInversion(estimate, ciAt, value, estimate > value ? "above" : "below"));
}

/** TOST: evidence that the quantity lies within (−margin, +margin). */
export function equivalenceByInversion(estimate: number, ciAt: IntervalAt, margin: number): number {
  return Math.max(oneSidedByInversion(estimate, ciAt, -margin, "above"), oneSidedByInversion(estimate, ciAt, margin, "below"));
}
