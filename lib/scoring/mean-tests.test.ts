import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { tCdf, tQuantile } from "./distributions";
import { meanBelow, meanDifference, PERMUTATION_LIMIT } from "./mean-tests";

const values = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 100 }), { minLength: min, maxLength: max });

describe("meanDifference", () => {
  it("hand-computed: [1, 2, 3] vs [4, 5, 6]", () => {
    const d = meanDifference([1, 2, 3], [4, 5, 6], 100)!;
    expect(d.estimate).toBe(-3);
    // 20 splits of 6 into 3 + 3; only the two extreme ones reach |difference| ≥ 3
    expect(d.method).toBe("permutation");
    expect(d.p).toBeCloseTo(2 / 20, 12);
    // Welch: variances 1 and 1, se = √(2/3), df = 4, t(0.975, 4) = 2.776445
    expect(d.interval[0]).toBeCloseTo(-3 - 2.776445 * Math.sqrt(2 / 3), 5);
    expect(d.interval[1]).toBeCloseTo(-3 + 2.776445 * Math.sqrt(2 / 3), 5);
    expect(d.equivalenceP).toBeNull();
  });
  it("Welch beyond PERMUTATION_LIMIT relabellings (10 + 10 = 184,756)", () => {
    expect(PERMUTATION_LIMIT).toBe(20_000);
    const x = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    const y = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90];
    const d = meanDifference(x, y, 100, 20)!;
    expect(d.method).toBe("welch");
    const se = Math.sqrt((2 * 916.6666666666666) / 10);
    expect(d.p).toBeCloseTo(2 * (1 - tCdf(10 / se, 18)), 10);
    expect(d.interval[0]).toBeCloseTo(10 - tQuantile(0.975, 18) * se, 8);
    // TOST within ±20: max(P(T > (10 + 20)/se), P(T < (10 − 20)/se))
    expect(d.equivalenceP!).toBeCloseTo(Math.max(1 - tCdf(30 / se, 18), tCdf(-10 / se, 18)), 10);
  });
  it("needs two values a side; zero spread gives a point interval", () => {
    expect(meanDifference([1], [2, 3], 100)).toBeNull();
    const same = meanDifference([5, 5], [5, 5], 100, 20)!;
    expect(same).toMatchObject({ estimate: 0, interval: [0, 0], p: 1, equivalenceP: 0 });
  });
  it("the interval stays within ±span and contains the estimate; p and equivalence p in [0, 1]", () => {
    fc.assert(
      fc.property(values(2, 12), values(2, 12), (x, y) => {
        const d = meanDifference(x, y, 100, 20)!;
        expect(d.interval[0]).toBeGreaterThanOrEqual(-100);
        expect(d.interval[1]).toBeLessThanOrEqual(100);
        expect(d.interval[0]).toBeLessThanOrEqual(d.estimate + 1e-9);
        expect(d.interval[1]).toBeGreaterThanOrEqual(d.estimate - 1e-9);
        for (const p of [d.p, d.equivalenceP!]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 150 },
    );
  });
  it("swapping the groups mirrors the estimate and interval and keeps p", () => {
    fc.assert(
      fc.property(values(2, 9), values(2, 9), (x, y) => {
        const a = meanDifference(x, y, 100, 20)!;
        const b = meanDifference(y, x, 100, 20)!;
        expect(b.estimate).toBeCloseTo(-a.estimate, 9);
        expect(b.interval[0]).toBeCloseTo(-a.interval[1], 9);
        expect(b.interval[1]).toBeCloseTo(-a.interval[0], 9);
        expect(b.p).toBeCloseTo(a.p, 9);
        expect(b.equivalenceP!).toBeCloseTo(a.equivalenceP!, 9);
        expect(b.method).toBe(a.method);
      }),
      { numRuns: 100 },
    );
  });
  it("Welch: p < 0.05 ⇔ the 95% interval excludes 0", () => {
    fc.assert(
      fc.property(values(9, 30), values(9, 30), (x, y) => {
        const d = meanDifference(x, y, 100)!;
        if (d.method !== "welch") return;
        if (Math.abs(d.p - 0.05) < 1e-6) return;
        expect(d.p < 0.05).toBe(d.interval[0] > 0 || d.interval[1] < 0);
      }),
      { numRuns: 150 },
    );
  });
});

describe("meanBelow (one-sample t)", () => {
  it("hand-computed: [40, 50, 60] against 50", () => {
    const r = meanBelow([40, 50, 60], 50, 0, 100)!;
    expect(r.mean).toBe(50);
    expect(r.p).toBeCloseTo(0.5, 10);
    const se = 10 / Math.sqrt(3);
    expect(r.interval[0]).toBeCloseTo(50 - 4.302653 * se, 4);
    expect(r.interval[1]).toBeCloseTo(50 + 4.302653 * se, 4);
  });
  it("hand-computed: [10, 20, 30] against 50 → t = −5.196, df 2, p = ½ + t / 2√(t² + 2) = 0.01754", () => {
    const t = -30 / (10 / Math.sqrt(3));
    expect(meanBelow([10, 20, 30], 50, 0, 100)!.p).toBeCloseTo(0.5 + t / (2 * Math.sqrt(t * t + 2)), 10);
  });
  it("clips the interval to [lo, hi]; null below 2 values; identical values are not taken as proof of precision", () => {
    expect(meanBelow([0, 0, 10], 50, 0, 100)!.interval[0]).toBe(0);
    expect(meanBelow([30], 50, 0, 100)).toBeNull();
    // zero spread: the spread is taken as half a 5-point step (12.5 points), not 0
    const same = meanBelow([45, 45, 45], 50, 0, 100)!;
    expect(same.interval[0]).toBeLessThan(45);
    expect(same.p).toBeGreaterThan(0.05); // three identical 45s are not "credibly below 50"
    expect(meanBelow(Array(30).fill(30), 50, 0, 100)!.p).toBeLessThan(0.001); // thirty identical 30s are
    expect(meanBelow([70, 70], 50, 0, 100)!.p).toBeGreaterThan(0.5);
  });
  it("the one-sided test agrees with its 90% interval: p < 0.05 ⇔ the upper end (one-sided 95% bound) is below the value", () => {
    fc.assert(
      fc.property(values(2, 30), fc.integer({ min: 1, max: 99 }), (x, value) => {
        const r = meanBelow(x, value, -1000, 1000)!;
        if (Math.abs(r.p - 0.05) < 1e-7) return;
        expect(r.p < 0.05).toBe(r.oneSided[1] < value);
      }),
    );
  });
  it("one-sided p < 0.025 ⇔ the two-sided 95% interval lies below the value", () => {
    fc.assert(
      fc.property(values(2, 30), fc.integer({ min: 1, max: 99 }), (x, value) => {
        const r = meanBelow(x, value, -1000, 1000)!;
        if (r.interval[0] === r.interval[1]) return;
        if (Math.abs(r.p - 0.025) < 1e-7) return;
        expect(r.p < 0.025).toBe(r.interval[1] < value);
      }),
    );
  });
});
