// One observed share against a fixed published value (or range): the mid-p exact binomial test and the mid-p
// interval that is consistent with it. Used when the published sample size is unknown, when the figure is a
// verbal bound ("more than half"), and for mirror checks (a prediction against the other side's share).
import { midPTails } from "./distributions";

/**
 * Two-sided mid-p value of k successes in n against the null "p lies in [low, high]" (low = high for a point):
 * 2 × min(upper tail at `high`, lower tail at `low`), capped at 1. The direction says which tail is smaller.
 */
export function midPBinomialTest(k: number, n: number, low: number, high: number = low): { p: number; direction: "above" | "below" } | null {
  if (!(n > 0)) return null;
  const up = midPTails(k, n, high).upper; // evidence that p > high
  const down = midPTails(k, n, low).lower; // evidence that p < low
  return up <= down ? { p: Math.min(1, 2 * up), direction: "above" } : { p: Math.min(1, 2 * down), direction: "below" };
}

/**
 * Mid-p confidence interval for a proportion (proportions, 0-1): the values p0 that a two-sided mid-p test at
 * level alpha would not reject. Found by bisection; always inside [0, 1].
 */
export function midPInterval(k: number, n: number, alpha = 0.05): readonly [number, number] | null {
  if (!(n > 0)) return null;
  const half = alpha / 2;
  const solve = (f: (p: number) => number) => {
    // f is increasing in p; find f(p) = 0
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 50; i++) {
      const mid = (lo + hi) / 2;
      if (f(mid) < 0) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  const lower = k <= 0 ? 0 : solve((p) => midPTails(k, n, p).upper - half); // upper tail grows with p
  const upper = k >= n ? 1 : solve((p) => half - midPTails(k, n, p).lower); // lower tail shrinks with p
  return [lower, upper];
}
