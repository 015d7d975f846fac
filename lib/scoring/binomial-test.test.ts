import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { midPBinomialTest, midPInterval } from "./binomial-test";

const counts = fc.integer({ min: 1, max: 80 }).chain((n) => fc.integer({ min: 0, max: n }).map((k) => ({ k, n })));
const share = fc.integer({ min: 1, max: 99 }).map((v) => v / 100);

describe("midPBinomialTest", () => {
  it("hand-computed: 0 of 5 against ½ gives 2 × ½ × (½)⁵ = 1/32, below", () => {
    expect(midPBinomialTest(0, 5, 0.5)).toEqual({ p: expect.closeTo(1 / 32, 12), direction: "below" });
    expect(midPBinomialTest(5, 5, 0.5)).toEqual({ p: expect.closeTo(1 / 32, 12), direction: "above" });
    // 2 of 5 against ½: lower tail 11/32 < upper 21/32 → p = 22/32
    expect(midPBinomialTest(2, 5, 0.5)!.p).toBeCloseTo(22 / 32, 12);
    expect(midPBinomialTest(0, 0, 0.5)).toBeNull();
  });
  it("one CIO answering 'no' is not 'below 83%'", () => {
    expect(midPBinomialTest(0, 1, 0.83)!.p).toBeGreaterThan(0.05);
  });
  it("a range null is tested at its near end: never more significant than any point inside it", () => {
    fc.assert(
      fc.property(counts, share, share, fc.double({ min: 0, max: 1, noNaN: true }), ({ k, n }, a, b, t) => {
        const low = Math.min(a, b);
        const high = Math.max(a, b);
        const inside = low + t * (high - low);
        const range = midPBinomialTest(k, n, low, high)!;
        expect(range.p).toBeGreaterThanOrEqual(midPBinomialTest(k, n, inside)!.p - 1e-12);
        expect(range.p).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("midPInterval", () => {
  it("closed forms at 0 of n and n of n: 1 − 0.05^(1/n) and 0.05^(1/n)", () => {
    for (const n of [1, 3, 10, 30]) {
      const [lo0, hi0] = midPInterval(0, n)!;
      expect(lo0).toBe(0);
      expect(hi0).toBeCloseTo(1 - 0.05 ** (1 / n), 9);
      const [lo1, hi1] = midPInterval(n, n)!;
      expect(lo1).toBeCloseTo(0.05 ** (1 / n), 9);
      expect(hi1).toBe(1);
    }
    expect(midPInterval(0, 0)).toBeNull();
  });
  it("is symmetric: k of n mirrors n − k of n", () => {
    fc.assert(
      fc.property(counts, ({ k, n }) => {
        const a = midPInterval(k, n)!;
        const b = midPInterval(n - k, n)!;
        expect(a[0]).toBeCloseTo(1 - b[1], 9);
        expect(a[1]).toBeCloseTo(1 - b[0], 9);
      }),
    );
  });
  it("lies in [0, 1], contains k/n, and moves up with k", () => {
    fc.assert(
      fc.property(counts, ({ k, n }) => {
        const [lo, hi] = midPInterval(k, n)!;
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(k / n + 1e-12);
        expect(hi).toBeGreaterThanOrEqual(k / n - 1e-12);
        if (k < n) {
          const next = midPInterval(k + 1, n)!;
          expect(next[0]).toBeGreaterThan(lo);
          expect(next[1]).toBeGreaterThan(hi);
        }
      }),
    );
  });
  it("p < 0.05 ⇔ the 95% mid-p interval excludes the value (point and range nulls)", () => {
    fc.assert(
      fc.property(counts, share, share, ({ k, n }, a, b) => {
        const [lo, hi] = midPInterval(k, n)!;
        const low = Math.min(a, b);
        const high = Math.max(a, b);
        const { p, direction } = midPBinomialTest(k, n, low, high)!;
        // the bisection solves the ends to ~1e-15; skip values within 1e-9 of an end
        if (Math.abs(lo - high) < 1e-9 || Math.abs(hi - low) < 1e-9) return;
        const excludes = lo > high || hi < low;
        expect(p < 0.05).toBe(excludes);
        if (excludes) expect(direction).toBe(lo > high ? "above" : "below");
      }),
      { numRuns: 400 },
    );
  });
});
