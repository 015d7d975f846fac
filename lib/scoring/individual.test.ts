import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { scoreIndividual } from "./individual";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_QUESTIONNAIRE as q, respondent } from "./test-fixtures";
import { allFinite, answersFor } from "./test-arbitraries";

const me = respondent("m1", "marketing", {
  "need-alignment": 2,
  "trust-bypass-vendor": 5,
  "priority-mirror": { self: 2, predicted: 10 },
  "cross-trained": false,
  obstacles: ["marketing-bypassing-it"],
});

describe("scoreIndividual", () => {
  it("shows own answers beside the own population's figures only", () => {
    const r = scoreIndividual(q, me, figures);
    const need = r.items.find((i) => i.itemKey === "need-alignment")!;
    expect(need).toMatchObject({ value: 2, agrees: false, normalized: 25 });
    expect(need.benchmarks).toHaveLength(1);
    expect(need.benchmarks[0]).toMatchObject({ figureId: "fx-need-cmo", value: 56, n: 400, agrees: false });
    expect(need.benchmarks[0]!.interval![0]).toBeCloseTo(51.14, 1);
    expect(r.items.find((i) => i.itemKey === "comments")).toMatchObject({ value: null, agrees: null });
  });
  it("own imperative scores", () => {
    const r = scoreIndividual(q, me, figures);
    const by = Object.fromEntries(r.imperatives.map((i) => [i.imperative, i.score]));
    expect(by["strategic-partner"]).toBe(25);
    expect(by["skill-mix"]).toBe(0);
    expect(by.cxo).toBeNull();
    expect(by.trust).toBeCloseTo(((0 + 0) / 2) * 100, 10); // bypass 5 → 0; obstacles chose bypass → 0
  });
  it("checks own predictions against the team's other side when the team is given", () => {
    const team = scoreTeam(q, [me, respondent("i1", "it", { "priority-mirror": { self: 5 } }), respondent("i2", "it", { "priority-mirror": { self: 4 } })], figures);
    const r = scoreIndividual(q, me, figures, { team });
    expect(r.items.find((i) => i.itemKey === "priority-mirror")!.mirror).toMatchObject({ predicted: 10, actual: 100, error: -90 });
    expect(r.mirrorAccuracy).toBe(10);
    expect(scoreIndividual(q, me, figures).mirrorAccuracy).toBeNull();
  });
  it("recommends nothing from one person's answers: a team of one has no credible signal", () => {
    const team = scoreTeam(q, [me, respondent("i1", "it", { "priority-mirror": { self: 5 } })], figures);
    const r = scoreIndividual(q, me, figures, { team });
    expect(r.recommendations).toEqual([]);
    // the predictions are still checked against the other side, but carry no label
    const own = r.items.find((i) => i.itemKey === "priority-mirror")!.mirror!;
    expect(own.actual).toBe(100);
    expect(own.label).toBe("too few answers to tell");
  });
  it("is defined (no NaN) for any answers, including none", () => {
    fc.assert(
      fc.property(answersFor(q, { malformed: true }), fc.constantFrom("marketing" as const, "it" as const), (answers, side) => {
        const r = scoreIndividual(q, respondent("x", side, answers), figures);
        expect(allFinite(r)).toBe(true);
        for (const i of r.imperatives) expect(i.score === null || (i.score >= 0 && i.score <= 100)).toBe(true);
      }),
      { numRuns: 100 },
    );
    expect(scoreIndividual(q, respondent("x", "it", {}), figures).recommendations).toEqual([]);
  });
});
