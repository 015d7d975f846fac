import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { agrestiCaffo, mean, meanOfDefined, normalInterval, overlaps, proportionVariance, totalVariation, wilsonInterval } from "./stats";

describe("wilsonInterval", () => {
  it("3 of 5 gives [0.2307, 0.8824] (hand-computed with z = 1.96)", () => {
    const [lo, hi] = wilsonInterval(3, 5)!;
    expect(lo).toBeCloseTo(0.2307, 4);
    expect(hi).toBeCloseTo(0.8824, 4);
  });
  it("stays informative at 0% and 100% (unlike the Wald interval)", () => {
    const [lo0, hi0] = wilsonInterval(0, 3)!;
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(0.5615, 4);
    const [lo1, hi1] = wilsonInterval(2, 2)!;
    expect(lo1).toBeCloseTo(0.3424, 4);
    expect(hi1).toBe(1);
  });
  it("1 of 3 gives [0.0615, 0.7923]", () => {
    const [lo, hi] = wilsonInterval(1, 3)!;
    expect(lo).toBeCloseTo(0.0615, 4);
    expect(hi).toBeCloseTo(0.7923, 4);
  });
  it("is null for n = 0", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
  it("always lies in [0, 1] and contains the observed share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const k = Math.round(f * n);
        const [lo, hi] = wilsonInterval(k, n)!;
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(k / n + 1e-12);
        expect(hi).toBeGreaterThanOrEqual(k / n - 1e-12);
      }),
    );
  });
});

describe("normalInterval", () => {
  it("77% of 252 gives 0.77 ± 1.96·sqrt(0.77·0.23/252) = [0.7180, 0.8220]", () => {
    const [lo, hi] = normalInterval(0.77, 252)!;
    expect(lo).toBeCloseTo(0.718, 4);
    expect(hi).toBeCloseTo(0.822, 4);
  });
  it("56% of 405 gives [0.5117, 0.6083]", () => {
    const [lo, hi] = normalInterval(0.56, 405)!;
    expect(lo).toBeCloseTo(0.5117, 4);
    expect(hi).toBeCloseTo(0.6083, 4);
  });
  it("is null when n is unknown or not positive", () => {
    expect(normalInterval(0.5, null)).toBeNull();
    expect(normalInterval(0.5, 0)).toBeNull();
  });
  it("is clipped to [0, 1]", () => {
    expect(normalInterval(0.01, 10)![0]).toBe(0);
  });
});

describe("overlaps", () => {
  it("treats touching intervals as overlapping", () => {
    expect(overlaps([0, 0.5], [0.5, 1])).toBe(true);
    expect(overlaps([0, 0.49], [0.5, 1])).toBe(false);
    expect(overlaps([0.6, 0.7], [0.1, 0.2])).toBe(false);
    expect(overlaps([0.1, 0.9], [0.4, 0.5])).toBe(true);
  });
});

describe("agrestiCaffo", () => {
  it("adds one success and one failure per group", () => {
    const r = agrestiCaffo(1, 3, 2, 2)!;
    expect(r.estimate).toBeCloseTo(0.4 - 0.75, 10);
    expect(r.variance).toBeCloseTo((0.4 * 0.6) / 5 + (0.75 * 0.25) / 4, 10);
  });
  it("is null when a group is empty", () => {
    expect(agrestiCaffo(0, 0, 1, 2)).toBeNull();
  });
});

describe("helpers", () => {
  it("mean and meanOfDefined return null instead of NaN", () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 3])).toBe(2);
    expect(meanOfDefined([null, undefined])).toBeNull();
    expect(meanOfDefined([null, 4, 2])).toBe(3);
  });
  it("proportionVariance is 0 for an unknown n", () => {
    expect(proportionVariance(0.5, null)).toBe(0);
    expect(proportionVariance(0.5, 100)).toBeCloseTo(0.0025, 10);
  });
  it("totalVariation: identical 0, disjoint 1, one empty side 1, both empty 0", () => {
    expect(totalVariation({ a: 2, b: 1 }, { a: 4, b: 2 })).toBe(0);
    expect(totalVariation({ a: 1, b: 0 }, { a: 0, b: 3 })).toBe(1);
    expect(totalVariation({ a: 0 }, { a: 2 })).toBe(1);
    expect(totalVariation({ a: 0 }, { a: 0 })).toBe(0);
    expect(totalVariation({ a: 2, b: 1 }, { a: 1, b: 1 })).toBeCloseTo(1 / 6, 10);
  });
});
