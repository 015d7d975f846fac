import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { scoreTeam } from "./team";
import { alignmentIndex } from "./gaps";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_QUESTIONNAIRE as q, respondent } from "./test-fixtures";
import { respondentsFor, swapSides, teamFor } from "./test-arbitraries";

const gapOf = (rs: Parameters<typeof scoreTeam>[1], key: string) => scoreTeam(q, rs, figures).gaps.find((g) => g.itemKey === key)!;

describe("gaps by kind (hand-computed)", () => {
  it("agreement: share gap in pp, distance on the normalized mean", () => {
    const g = gapOf([respondent("m", "marketing", { "need-alignment": 5 }), respondent("i1", "it", { "need-alignment": 2 }), respondent("i2", "it", { "need-alignment": 4 })], "need-alignment");
    expect(g.gapBasis).toBe("share");
    expect(g.gap).toBeCloseTo(100 - 50, 10);
    expect(g.absGap).toBeCloseTo(50, 10);
    expect(g.distanceBasis).toBe("normalized-mean");
    expect(g.distance).toBeCloseTo(100 - 50, 10); // means 5 → 100, 3 → 50
    expect(g.maxAbsGap).toBeCloseTo(50, 10);
  });
  it("choose-up-to: total variation between selection profiles; one gap per linked option", () => {
    const g = gapOf([
      respondent("m", "marketing", { obstacles: ["marketing-bypassing-it", "budget"] }),
      respondent("i", "it", { obstacles: ["budget", "complexity"] }),
    ], "obstacles");
    expect(g.distanceBasis).toBe("distribution");
    expect(g.distance).toBeCloseTo(50, 10); // {bypass .5, budget .5} vs {budget .5, complexity .5}
    expect(g.predicateGaps.map((p) => [p.option, p.gap])).toEqual([["marketing-bypassing-it", 100], ["complexity", -100]]);
    expect(g.maxAbsGap).toBe(100);
  });
  it("trade-off: total variation between mean point splits", () => {
    const g = gapOf([
      respondent("m", "marketing", { "cx-ownership-split": { marketing: 100, it: 0, joint: 0 } }),
      respondent("i", "it", { "cx-ownership-split": { marketing: 50, it: 0, joint: 50 } }),
    ], "cx-ownership-split");
    expect(g.distance).toBeCloseTo(50, 10);
    expect(g.gap).toBeCloseTo(0 - 100, 10); // at-least 40 on "joint"
  });
  it("percentage without a link to the side's population still has a mean-based distance", () => {
    const g = gapOf([respondent("m", "marketing", { "tech-budget-share": 70 }), respondent("i", "it", { "tech-budget-share": 20 })], "tech-budget-share");
    expect(g.distance).toBe(50);
    expect(g.gap).toBe(100); // at-least 30: 100% vs 0%
  });
  it("free-text is never comparable", () => {
    const g = gapOf([respondent("m", "marketing", { comments: "a" }), respondent("i", "it", { comments: "b" })], "comments");
    expect(g).toMatchObject({ gap: null, distance: null, distanceBasis: null, maxAbsGap: null });
  });
  it("a side without answers gives null gaps", () => {
    const g = gapOf([respondent("m", "marketing", { "need-alignment": 5 })], "need-alignment");
    expect(g).toMatchObject({ gap: null, absGap: null, distance: null, maxAbsGap: null });
    expect(g.value.marketing).toBe(100);
  });
});

describe("alignmentIndex", () => {
  it("is 100 − the mean distance over comparable items, null when none", () => {
    expect(alignmentIndex([])).toEqual({ index: null, meanDistance: null, comparableItems: 0 });
  });
});

describe("properties", () => {
  it("swapping the sides negates every signed gap and keeps distances and the index", () => {
    fc.assert(
      fc.property(teamFor(q), ([m, i]) => {
        const a = scoreTeam(q, [...m, ...i], figures);
        const b = scoreTeam(q, swapSides([...m, ...i]), figures);
        expect(b.alignment.index ?? -1).toBeCloseTo(a.alignment.index ?? -1, 9);
        a.gaps.forEach((ga, k) => {
          const gb = b.gaps[k]!;
          if (ga.itemKey === "it-standards") return; // asked of IT only: swapping changes who may answer
          expect(gb.gap === null).toBe(ga.gap === null);
          if (ga.gap !== null) expect(gb.gap!).toBeCloseTo(-ga.gap, 9);
          expect(gb.distance ?? -1).toBeCloseTo(ga.distance ?? -1, 9);
        });
      }),
      { numRuns: 150 },
    );
  });
  it("identical sides give alignment index 100 and all gaps 0", () => {
    fc.assert(
      fc.property(respondentsFor(q, "marketing", { minLength: 1 }), (m) => {
        const it = m.map((r) => ({ ...r, id: r.id + "-it", side: "it" as const }));
        const res = scoreTeam(q, [...m, ...it], figures);
        if (res.alignment.index !== null) expect(res.alignment.index).toBeCloseTo(100, 9);
        for (const g of res.gaps) {
          if (g.gap !== null) expect(Math.abs(g.gap)).toBeLessThan(1e-9);
          if (g.distance !== null) expect(g.distance).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 150 },
    );
  });
});
