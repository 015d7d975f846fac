import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalCdf } from "./distributions";
import { equivalenceByInversion, oneSidedByInversion, twoSidedByInversion, type IntervalAt } from "./inversion";

// A Wald-type interval estimate ± z·se: inversion must give the textbook z-test p-values.
const wald = (estimate: number, se: number): IntervalAt => (z) => [estimate - z * se, estimate + z * se];

describe("p-values by inversion", () => {
  it("equal the z test for a Wald interval", () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0.05, max: 3, noNaN: true }), (est, se) => {
        const z = Math.abs(est) / se;
        if (z > 8) return;
        expect(twoSidedByInversion(est, wald(est, se))).toBeCloseTo(Math.min(1, 2 * (1 - normalCdf(z))), 7);
      }),
    );
  });
  it("hand-computed: estimate 2, se 1 → one-sided p 1 − Φ(2) = 0.02275, two-sided 0.0455", () => {
    expect(oneSidedByInversion(2, wald(2, 1), 0, "above")).toBeCloseTo(0.02275, 5);
    expect(oneSidedByInversion(2, wald(2, 1), 0, "below")).toBe(1);
    expect(twoSidedByInversion(2, wald(2, 1))).toBeCloseTo(0.0455, 4);
    expect(twoSidedByInversion(2, wald(2, 1), 2)).toBe(1);
  });
  it("is 0 when even a 40-sigma interval excludes the bound", () => {
    expect(oneSidedByInversion(1, () => [1, 1], 0, "above")).toBe(0);
  });
  it("TOST: the larger one-sided p against ±margin", () => {
    // estimate 0, se 1, margin 3: both one-sided p = 1 − Φ(3)
    expect(equivalenceByInversion(0, wald(0, 1), 3)).toBeCloseTo(1 - normalCdf(3), 7);
    // estimate 1, margin 3: the binding side is +3, at distance 2
    expect(equivalenceByInversion(1, wald(1, 1), 3)).toBeCloseTo(1 - normalCdf(2), 7);
    expect(equivalenceByInversion(3.5, wald(3.5, 1), 3)).toBe(1);
  });
});
