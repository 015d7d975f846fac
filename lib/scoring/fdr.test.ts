import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { benjaminiHochberg, FDR_LEVEL } from "./fdr";

const pList = fc.array(fc.oneof({ weight: 6, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 40 });

/** The definition, computed naively: q_i = min over j with p_j ≥ p_i of p_j · m / rank_j, rank_j = #{p ≤ p_j}. */
function naive(ps: readonly (number | null)[]): (number | null)[] {
  const xs = ps.filter((p): p is number => p !== null);
  const m = xs.length;
  return ps.map((p) => {
    if (p === null) return null;
    let q = 1;
    for (const pj of xs) if (pj >= p) q = Math.min(q, (pj * m) / xs.filter((x) => x <= pj).length);
    return q;
  });
}

describe("benjaminiHochberg", () => {
  it("matches a hand-worked example (nulls skipped: m = 5)", () => {
    // sorted: 0.005 (rank 1), 0.01 (2), 0.03 (3), 0.04 (4), 0.5 (5) → p·m/rank = 0.025, 0.025, 0.05, 0.05, 0.5
    // running minimum from the largest down: 0.5, 0.05, 0.05, 0.025, 0.025
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, null, 0.5]);
    expect(q).toEqual([expect.closeTo(0.025, 12), expect.closeTo(0.05, 12), expect.closeTo(0.05, 12), expect.closeTo(0.025, 12), null, expect.closeTo(0.5, 12)]);
  });
  it("one test: q = p; none: all null", () => {
    expect(benjaminiHochberg([0.03])).toEqual([0.03]);
    expect(benjaminiHochberg([null, null])).toEqual([null, null]);
    expect(benjaminiHochberg([])).toEqual([]);
    expect(FDR_LEVEL).toBe(0.05);
  });
  it("agrees with the definition; q ≥ p, q ≤ 1, monotone in p, nulls stay null", () => {
    fc.assert(
      fc.property(pList, (ps) => {
        const q = benjaminiHochberg(ps);
        const ref = naive(ps);
        ps.forEach((p, i) => {
          if (p === null) return expect(q[i]).toBeNull();
          expect(q[i]!).toBeCloseTo(ref[i]!, 12);
          expect(q[i]!).toBeGreaterThanOrEqual(p - 1e-15);
          expect(q[i]!).toBeLessThanOrEqual(1);
          ps.forEach((pj, j) => {
            if (pj !== null && p <= pj) expect(q[i]!).toBeLessThanOrEqual(q[j]! + 1e-15);
          });
        });
      }),
    );
  });
  it("does not depend on the order of the tests", () => {
    fc.assert(
      fc.property(pList, fc.integer(), (ps, seed) => {
        const order = ps.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        const q = benjaminiHochberg(ps);
        const shuffled = benjaminiHochberg(order.map((i) => ps[i]!));
        order.forEach((i, k) => expect(shuffled[k]).toEqual(q[i]));
      }),
    );
  });
  it("discoveries at α are the step-up set: the k smallest, k = max{i : p_(i) ≤ iα/m}", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 0.2, noNaN: true }), { minLength: 1, maxLength: 30 }), (ps) => {
        const sorted = [...ps].sort((a, b) => a - b);
        const m = ps.length;
        let k = 0;
        sorted.forEach((p, i) => {
          if (p <= ((i + 1) * FDR_LEVEL) / m) k = i + 1;
        });
        const threshold = k === 0 ? -1 : sorted[k - 1]!;
        const q = benjaminiHochberg(ps);
        ps.forEach((p, i) => expect(q[i]! <= FDR_LEVEL + 1e-15).toBe(p <= threshold));
      }),
    );
  });
});
