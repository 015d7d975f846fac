import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { binomialPmf, incompleteBeta, logGamma, midPTails, normalCdf, normalQuantile, tCdf, tQuantile } from "./distributions";

describe("logGamma", () => {
  it("matches published values", () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(2)).toBeCloseTo(0, 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12); // 0.5723649429
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 11); // ln 9!
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 11); // ln Γ(0.1) = ln 9.5135076987
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 9); // ln 100!
  });
  it("satisfies Γ(x + 1) = x Γ(x)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 200, noNaN: true }), (x) => {
        expect(logGamma(x + 1)).toBeCloseTo(Math.log(x) + logGamma(x), 9);
      }),
    );
  });
});

describe("normal distribution", () => {
  it("matches published values of Φ", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 6);
    expect(normalCdf(-1.96)).toBeCloseTo(0.0249979, 6);
    expect(normalCdf(1)).toBeCloseTo(0.8413447, 6);
    expect(normalCdf(1.644854)).toBeCloseTo(0.95, 6);
    expect(normalCdf(-3)).toBeCloseTo(0.0013499, 6);
    expect(normalCdf(8)).toBeCloseTo(1, 12);
  });
  it("matches published quantiles", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.575829, 6);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });
  it("Φ is symmetric and increasing (up to its documented error of 1.2e-7: the fit jumps by 3e-8 at 0)", () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (z, dz) => {
        expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 7);
        expect(normalCdf(z + dz)).toBeGreaterThanOrEqual(normalCdf(z) - 2.4e-7);
      }),
    );
  });
  it("quantile ∘ cdf round-trips", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => {
        expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(2e-7);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), (z) => {
        expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 4);
      }),
    );
  });
});

describe("incompleteBeta", () => {
  it("matches closed forms", () => {
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12); // uniform
    expect(incompleteBeta(0.3, 4, 1)).toBeCloseTo(0.3 ** 4, 12); // x^a
    expect(incompleteBeta(0.5, 7, 7)).toBeCloseTo(0.5, 12); // symmetric
    // I_0.4(2, 3) = P(Bin(4, 0.4) ≥ 2) = 0.3456 + 0.1536 + 0.0256
    expect(incompleteBeta(0.4, 2, 3)).toBeCloseTo(0.5248, 12);
    expect(incompleteBeta(0, 2, 3)).toBe(0);
    expect(incompleteBeta(1, 2, 3)).toBe(1);
  });
  it("I_x(a, b) = 1 − I_{1−x}(b, a), in [0, 1]", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.1, max: 60, noNaN: true }), fc.double({ min: 0.1, max: 60, noNaN: true }), (x, a, b) => {
        const v = incompleteBeta(x, a, b);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        expect(v + incompleteBeta(1 - x, b, a)).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe("Student t", () => {
  it("0.975 quantiles match the published table (df 1, 2, 5, 10, 30)", () => {
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.706205, 5);
    expect(tQuantile(0.975, 2)).toBeCloseTo(4.302653, 5);
    expect(tQuantile(0.975, 5)).toBeCloseTo(2.570582, 5);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228139, 5);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.042272, 5);
    expect(tQuantile(0.95, 4)).toBeCloseTo(2.131847, 5);
    expect(tQuantile(0.025, 5)).toBeCloseTo(-2.570582, 5);
    expect(tQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 4); // → the normal
  });
  it("cdf matches closed forms (df 1: Cauchy; df 2: ½ + t / 2√(t² + 2))", () => {
    expect(tCdf(1, 1)).toBeCloseTo(0.75, 10);
    expect(tCdf(-1, 1)).toBeCloseTo(0.25, 10);
    for (const t of [-5, -1, 0, 0.5, 3]) expect(tCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(t * t + 2)), 10);
    expect(tCdf(2, 10)).toBeCloseTo(0.963306, 6);
    expect(tCdf(Infinity, 3)).toBe(1);
    expect(tCdf(-Infinity, 3)).toBe(0);
  });
  it("quantile ∘ cdf round-trips, also for fractional df (Welch)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.5, max: 500, noNaN: true }), (p, df) => {
        expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 8);
      }),
    );
  });
});

describe("binomial", () => {
  it("matches published probabilities", () => {
    expect(binomialPmf(10, 0.3)[3]).toBeCloseTo(0.266827932, 9);
    expect(binomialPmf(5, 0.5)).toEqual([1, 5, 10, 10, 5, 1].map((c) => expect.closeTo(c / 32, 12)));
    expect(binomialPmf(3, 0)).toEqual([1, 0, 0, 0]);
    expect(binomialPmf(3, 1)).toEqual([0, 0, 0, 1]);
  });
  it("sums to 1 and has mean np, also for n in the thousands", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const pmf = binomialPmf(n, p);
        expect(pmf).toHaveLength(n + 1);
        expect(pmf.every((x) => x >= 0 && Number.isFinite(x))).toBe(true);
        expect(pmf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        expect(pmf.reduce((a, x, k) => a + k * x, 0)).toBeCloseTo(n * p, 6);
      }),
      { numRuns: 60 },
    );
  });
  it("mid-p tails: hand-computed 2 of 5 at ½, and lower + upper = 1", () => {
    const t = midPTails(2, 5, 0.5);
    expect(t.lower).toBeCloseTo(11 / 32, 12); // P(X < 2) + ½P(X = 2) = 6/32 + 5/32
    expect(t.upper).toBeCloseTo(21 / 32, 12); // P(X > 2) + ½P(X = 2) = 16/32 + 5/32
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (n, kk, p) => {
        const k = kk % (n + 1);
        const { lower, upper } = midPTails(k, n, p);
        expect(lower + upper).toBeCloseTo(1, 9);
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(upper).toBeGreaterThanOrEqual(0);
      }),
    );
  });
  it("the upper tail grows with p (what the mid-p interval's bisection relies on)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.nat(), fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0.001, max: 0.1, noNaN: true }), (n, kk, p, dp) => {
        const k = kk % (n + 1);
        expect(midPTails(k, n, p + dp).upper).toBeGreaterThanOrEqual(midPTails(k, n, p).upper - 1e-12);
      }),
    );
  });
});
