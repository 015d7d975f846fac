// Newcombe's hybrid score interval for a difference of two independent proportions (Newcombe 1998, method 10),
// and the p-value of the test that is consistent with it (the interval at level 1 − p just touches the null).
import { equivalenceByInversion, twoSidedByInversion } from "./inversion";
import { Z95, wilsonInterval } from "./stats";

export interface Proportion {
  k: number; // successes (may be fractional for a published share: value × n)
  n: number;
}

/**
 * Interval for p1 − p2 (proportions): d ∓ √((p1 − l1)² + (u2 − p2)²) and d + √((u1 − p1)² + (p2 − l2)²), where
 * [l, u] are the Wilson score intervals of each proportion. It always lies inside [−1, 1], behaves at 0% and
 * 100%, and has coverage close to nominal from two people per group upwards. Null when either n is 0.
 */
export function newcombeInterval(a: Proportion, b: Proportion, z: number = Z95): readonly [number, number] | null {
  const wa = wilsonInterval(a.k, a.n, z);
  const wb = wilsonInterval(b.k, b.n, z);
  if (!wa || !wb) return null;
  const p1 = a.k / a.n;
  const p2 = b.k / b.n;
  const d = p1 - p2;
  const lo = d - Math.sqrt((p1 - wa[0]) ** 2 + (wb[1] - p2) ** 2);
  const hi = d + Math.sqrt((wa[1] - p1) ** 2 + (p2 - wb[0]) ** 2);
  return [Math.max(-1, lo), Math.min(1, hi)];
}

/** Two-sided p-value of "p1 − p2 = 0" consistent with the Newcombe interval (p < 0.05 ⇔ the 95% interval excludes 0). */
export function newcombePValue(a: Proportion, b: Proportion): number | null {
  if (!(a.n > 0) || !(b.n > 0)) return null;
  return twoSidedByInversion(a.k / a.n - b.k / b.n, (z) => newcombeInterval(a, b, z)!);
}

/**
 * Two one-sided tests (TOST) of equivalence within ±margin (proportions): the larger of the two one-sided
 * p-values. p < α ⇔ the (1 − 2α) Newcombe interval lies inside (−margin, margin).
 */
export function newcombeEquivalenceP(a: Proportion, b: Proportion, margin: number): number | null {
  if (!(a.n > 0) || !(b.n > 0)) return null;
  return equivalenceByInversion(a.k / a.n - b.k / b.n, (z) => newcombeInterval(a, b, z)!, margin);
}
