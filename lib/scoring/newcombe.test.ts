import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalQuantile } from "./distributions";
import { newcombeEquivalenceP, newcombeInterval, newcombePValue, type Proportion } from "./newcombe";
import { wilsonInterval } from "./stats";

/** Counts k of n, n from 1 to `max`. */
const prop = (max = 60) =>
  fc.integer({ min: 1, max }).chain((n) => fc.integer({ min: 0, max: n }).map((k): Proportion => ({ k, n })));
/** A published share: a (fractional) count value × n with n in the hundreds. */
const published = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 50, max: 2000 })).map(([v, n]): Proportion => ({ k: (v / 100) * n, n }));
const anyProp = fc.oneof(prop(), published);

// 2·(1 − Φ(1.96)) = 0.04999958, so p and the 1.96 interval can disagree only when p lies within a hair of 0.05.
const CLEARLY_BELOW = 0.0499;
const CLEARLY_ABOVE = 0.0501;

describe("newcombeInterval", () => {
  it("reproduces Newcombe (1998), Table II, method 10 (z = 1.95996)", () => {
    const z = normalQuantile(0.975);
    const cases: [number, number, number, number, number, number][] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [6, 7, 2, 7, 0.0582, 0.8062],
      [5, 56, 0, 29, -0.0381, 0.1926],
      [0, 10, 0, 20, -0.1611, 0.2775],
      [0, 10, 0, 10, -0.2775, 0.2775],
      [10, 10, 0, 20, 0.6791, 1],
      [10, 10, 0, 10, 0.6075, 1],
    ];
    for (const [k1, n1, k2, n2, lo, hi] of cases) {
      const ci = newcombeInterval({ k: k1, n: n1 }, { k: k2, n: n2 }, z)!;
      expect(ci[0]).toBeCloseTo(lo, 4);
      expect(ci[1]).toBeCloseTo(hi, 4);
    }
  });
  it("is null when a group is empty", () => {
    expect(newcombeInterval({ k: 0, n: 0 }, { k: 1, n: 2 })).toBeNull();
    expect(newcombePValue({ k: 1, n: 2 }, { k: 0, n: 0 })).toBeNull();
    expect(newcombeEquivalenceP({ k: 1, n: 2 }, { k: 0, n: 0 }, 0.2)).toBeNull();
  });
  it("lies inside [−1, 1], contains the estimate, and within [l1 − u2, u1 − l2] (the Wilson limits)", () => {
    fc.assert(
      fc.property(anyProp, anyProp, (a, b) => {
        const [lo, hi] = newcombeInterval(a, b)!;
        const d = a.k / a.n - b.k / b.n;
        expect(lo).toBeGreaterThanOrEqual(-1);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(d + 1e-12);
        expect(hi).toBeGreaterThanOrEqual(d - 1e-12);
        const wa = wilsonInterval(a.k, a.n)!;
        const wb = wilsonInterval(b.k, b.n)!;
        expect(lo).toBeGreaterThanOrEqual(wa[0] - wb[1] - 1e-12);
        expect(hi).toBeLessThanOrEqual(wa[1] - wb[0] + 1e-12);
      }),
    );
  });
  it("swapping the groups mirrors the interval and keeps the p-values", () => {
    fc.assert(
      fc.property(anyProp, anyProp, (a, b) => {
        const ab = newcombeInterval(a, b)!;
        const ba = newcombeInterval(b, a)!;
        expect(ba[0]).toBeCloseTo(-ab[1], 12);
        expect(ba[1]).toBeCloseTo(-ab[0], 12);
        expect(newcombePValue(b, a)!).toBeCloseTo(newcombePValue(a, b)!, 9);
        expect(newcombeEquivalenceP(b, a, 0.2)!).toBeCloseTo(newcombeEquivalenceP(a, b, 0.2)!, 9);
      }),
      { numRuns: 150 },
    );
  });
  it("widens with z (the inversion relies on nested intervals)", () => {
    fc.assert(
      fc.property(prop(), prop(), fc.double({ min: 0.1, max: 3, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (a, b, z, dz) => {
        const narrow = newcombeInterval(a, b, z)!;
        const wide = newcombeInterval(a, b, z + dz)!;
        expect(wide[0]).toBeLessThanOrEqual(narrow[0] + 1e-12);
        expect(wide[1]).toBeGreaterThanOrEqual(narrow[1] - 1e-12);
      }),
    );
  });
});

describe("newcombePValue", () => {
  it("is 1 for equal shares and small for 10/10 vs 0/10", () => {
    expect(newcombePValue({ k: 2, n: 4 }, { k: 3, n: 6 })).toBe(1);
    expect(newcombePValue({ k: 10, n: 10 }, { k: 0, n: 10 })!).toBeLessThan(0.001);
    expect(newcombePValue({ k: 1, n: 2 }, { k: 0, n: 2 })!).toBeGreaterThan(0.05);
    // 2 of 2 vs 0 of 2 IS significant by Newcombe (interval [0.07, 1]): two people against two get no verdict only
    // because gaps need MIN_PER_SIDE = 3 answers a side (gaps.test.ts), not because of the interval.
    expect(newcombePValue({ k: 2, n: 2 }, { k: 0, n: 2 })!).toBeLessThan(0.05);
  });
  it("p < 0.05 ⇔ the 95% Newcombe interval excludes 0", () => {
    fc.assert(
      fc.property(anyProp, anyProp, (a, b) => {
        const p = newcombePValue(a, b)!;
        const [lo, hi] = newcombeInterval(a, b)!;
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        const excludes = lo > 0 || hi < 0;
        if (p < CLEARLY_BELOW) expect(excludes).toBe(true);
        if (p > CLEARLY_ABOVE) expect(excludes).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
  it("at level 1 − p the interval just touches 0", () => {
    fc.assert(
      fc.property(prop(), prop(), (a, b) => {
        const p = newcombePValue(a, b)!;
        if (!(p > 1e-6 && p < 0.999)) return;
        const ci = newcombeInterval(a, b, normalQuantile(1 - p / 2))!;
        const touching = a.k / a.n > b.k / b.n ? ci[0] : ci[1];
        expect(Math.abs(touching)).toBeLessThan(1e-6);
      }),
    );
  });
});

describe("newcombeEquivalenceP (TOST)", () => {
  it("p < 0.05 ⇔ the 90% interval lies inside (−margin, margin)", () => {
    const z90 = normalQuantile(0.95);
    fc.assert(
      fc.property(anyProp, anyProp, fc.constantFrom(0.1, 0.2), (a, b, margin) => {
        const p = newcombeEquivalenceP(a, b, margin)!;
        const [lo, hi] = newcombeInterval(a, b, z90)!;
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        const inside = lo > -margin && hi < margin;
        if (p < 0.0499) expect(inside).toBe(true);
        if (p > 0.0501) expect(inside).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
  it("is 1 when the estimate lies at or beyond the margin, and small for equal large samples", () => {
    expect(newcombeEquivalenceP({ k: 5, n: 10 }, { k: 2, n: 10 }, 0.2)).toBe(1);
    expect(newcombeEquivalenceP({ k: 150, n: 300 }, { k: 150, n: 300 }, 0.2)!).toBeLessThan(0.001);
    // three people a side can never show equivalence within ±20 points
    expect(newcombeEquivalenceP({ k: 1, n: 3 }, { k: 1, n: 3 }, 0.2)!).toBeGreaterThan(0.05);
  });
});
