import { describe, it, expect } from "vitest";
import { collectAnswers, computeItemResult, optionWeights } from "./item-stats";
import { FIXTURE_ITEMS, FIXTURE_QUESTIONNAIRE, respondent } from "./test-fixtures";

const item = (key: string) => FIXTURE_ITEMS.find((i) => i.key === key)!;

const team = [
  respondent("m1", "marketing", {
    "need-alignment": 5, "priority-mirror": { self: 2, predicted: 40 }, "cx-owner": "marketing",
    obstacles: ["budget", "marketing-bypassing-it"], "alignment-drivers": ["customer-insight", "platform", "it-strategic"],
    "tech-budget-share": 40, "cx-ownership-split": { marketing: 60, it: 0, joint: 40 }, "it-standards": 5,
  }),
  respondent("m2", "marketing", {
    "need-alignment": 3, "priority-mirror": { self: 4, predicted: 60 }, "cx-owner": "jointly",
    obstacles: ["budget"], "alignment-drivers": ["platform", "customer-insight", "it-strategic"],
    "tech-budget-share": 20, "cx-ownership-split": { marketing: 100, it: 0, joint: 0 },
  }),
  respondent("i1", "it", { "need-alignment": 4, "cross-trained": true, "it-standards": 2 }),
];

describe("collectAnswers", () => {
  it("groups valid answers by item and side, ignoring sides an item is not asked of", () => {
    const a = collectAnswers(FIXTURE_QUESTIONNAIRE, team);
    expect(a.get("need-alignment")!.marketing.values).toEqual([5, 3]);
    expect(a.get("priority-mirror")!.marketing).toEqual({ values: [2, 4], predicted: [40, 60] });
    expect(a.get("it-standards")!.marketing.values).toEqual([]); // asked of IT only
    expect(a.get("it-standards")!.it.values).toEqual([2]);
  });
});

describe("computeItemResult", () => {
  const a = collectAnswers(FIXTURE_QUESTIONNAIRE, team);
  const res = (key: string) => computeItemResult(item(key), a.get(key)!);

  it("agreement: share agreeing (≥ 4), mean, normalized mean, scale profile", () => {
    const r = res("need-alignment");
    expect(r.sides.marketing).toMatchObject({ n: 2, agreeing: 1, share: 50, mean: 4, normalizedMean: 75 });
    expect(r.sides.marketing.options).toEqual({ "1": 0, "2": 0, "3": 50, "4": 0, "5": 50 });
    expect(r.sides.it).toMatchObject({ n: 1, agreeing: 1, share: 100, mean: 4, normalizedMean: 75 });
  });
  it("mirror: uses `self` for the share and keeps the predictions apart", () => {
    const r = res("priority-mirror");
    expect(r.sides.marketing).toMatchObject({ n: 2, share: 50, predicted: { n: 2, mean: 50 } });
    expect(r.sides.it).toMatchObject({ n: 0, share: null, agreeing: null, mean: null, predicted: { n: 0, mean: null } });
  });
  it("single-choice: option shares, no primary predicate", () => {
    const r = res("cx-owner");
    expect(r.predicates).toEqual([]);
    expect(r.sides.marketing.share).toBeNull();
    expect(r.sides.marketing.options).toEqual({ marketing: 50, it: 0, jointly: 50, nobody: 0 });
  });
  it("choose-up-to: one predicate per linked option", () => {
    const r = res("obstacles");
    expect(r.predicates.map((p) => p.option)).toEqual(["marketing-bypassing-it", "complexity"]);
    expect(r.predicates[0]!.sides.marketing).toEqual({ n: 2, agreeing: 1, share: 50 });
    expect(r.sides.marketing.options!.budget).toBe(100);
  });
  it("ranking: ranked-within predicate and Borda weights", () => {
    const r = res("alignment-drivers");
    expect(r.sides.marketing.share).toBe(50); // customer-insight ranked first by m1 only
    expect(optionWeights(item("alignment-drivers"), a.get("alignment-drivers")!.marketing.values)).toEqual({
      "customer-insight": 5, "privacy-security": 0, "it-strategic": 2, platform: 5,
    });
  });
  it("percentage: mean and at-least predicate", () => {
    const r = res("tech-budget-share");
    expect(r.sides.marketing).toMatchObject({ mean: 30, normalizedMean: 30, share: 50 });
  });
  it("trade-off: mean points per option and the link's option predicate", () => {
    const r = res("cx-ownership-split");
    expect(r.sides.marketing.options).toEqual({ marketing: 80, it: 0, joint: 20 });
    expect(r.sides.marketing.share).toBe(50);
  });
  it("yes-no: default predicate 'yes'", () => {
    const r = res("cross-trained");
    expect(r.sides.it).toMatchObject({ n: 1, share: 100, mean: 1, normalizedMean: 100 });
    expect(r.sides.marketing).toMatchObject({ n: 0, share: null, mean: null, normalizedMean: null });
  });
});
