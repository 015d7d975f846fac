import { describe, it, expect } from "vitest";
import { ACTIONS } from "./actions";
import { evaluateRule, patternShare, recommend } from "./recommendations";
import { defaultRules, flaggedPatternRules } from "./rules";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_QUESTIONNAIRE as q, respondent } from "./test-fixtures";
import type { AnswerPatternRule, ScoringRespondent } from "./types";

const score = (rs: ScoringRespondent[]) => scoreTeam(q, rs, figures);

describe("rules", () => {
  it("low-imperative fires per side below the threshold, strength = (threshold − score) / threshold", () => {
    const res = score([respondent("m", "marketing", { "need-alignment": 2 }), respondent("i", "it", { "need-alignment": 4 })]);
    const ts = evaluateRule(res, { id: "low", kind: "low-imperative", threshold: 50 });
    expect(ts).toHaveLength(1);
    expect(ts[0]).toMatchObject({ side: "marketing", imperatives: ["strategic-partner"], value: 25, strength: 0.5 });
  });
  it("wide-gap fires at |gap| ≥ threshold, strength = (|gap| − t) / (100 − t); items without imperatives count as trust", () => {
    const res = score([respondent("m", "marketing", { "need-alignment": 5, "cx-owner": "marketing" }), respondent("i", "it", { "need-alignment": 1, "cx-owner": "it" })]);
    const ts = evaluateRule(res, { id: "gap", kind: "wide-gap", threshold: 25 });
    expect(ts.map((t) => [t.itemKey, t.value, t.strength])).toEqual([["need-alignment", 100, 1], ["cx-owner", 100, 1]]);
    expect(evaluateRule(res, { id: "gap", kind: "wide-gap", threshold: 25, itemKeys: ["cx-owner"] })).toHaveLength(1);
  });
  it("mis-prediction fires per predicting side, pointing to the item's imperatives and trust", () => {
    const res = score([
      respondent("m", "marketing", { "priority-mirror": { self: 4, predicted: 90 } }),
      respondent("i", "it", { "priority-mirror": { self: 4, predicted: 90 } }),
    ]);
    const ts = evaluateRule(res, { id: "mp", kind: "mis-prediction", threshold: 20 });
    expect(ts).toHaveLength(0); // both predicted 90, actual 100: error 10
    const res2 = score([
      respondent("m", "marketing", { "priority-mirror": { self: 1, predicted: 10 } }),
      respondent("i", "it", { "priority-mirror": { self: 4, predicted: 90 } }),
    ]);
    const ts2 = evaluateRule(res2, { id: "mp", kind: "mis-prediction", threshold: 20 });
    expect(ts2.map((t) => [t.side, t.value, t.imperatives])).toEqual([
      ["marketing", 90, ["business-levers", "trust"]],
      ["it", 90, ["business-levers", "trust"]],
    ]);
    expect(ts2[0]!.strength).toBeCloseTo(70 / 80, 10);
  });
  it("answer-pattern: flagged item keys and option ids become rules", () => {
    const rules = flaggedPatternRules(q);
    expect(rules.map((r) => r.id)).toEqual([
      "pattern:bypass:trust-bypass-vendor",
      "pattern:bypass:obstacles:marketing-bypassing-it",
      "pattern:out-of-the-loop:obstacles:it-keeping-marketing-out-of-the-loop",
    ]);
    expect(rules[1]!.predicate).toEqual({ type: "includes", option: "marketing-bypassing-it" });
  });
  it("answer-pattern fires per side whose share reaches minShare", () => {
    const res = score([
      respondent("m1", "marketing", { obstacles: ["marketing-bypassing-it"] }),
      respondent("m2", "marketing", { obstacles: ["budget"] }),
      respondent("m3", "marketing", { obstacles: ["budget"] }),
      respondent("i1", "it", { obstacles: ["budget"] }),
    ]);
    const rule = flaggedPatternRules(q).find((r) => r.id === "pattern:bypass:obstacles:marketing-bypassing-it")!;
    expect(patternShare(res, rule, "marketing")).toBeCloseTo(100 / 3, 10);
    expect(patternShare(res, rule, "it")).toBe(0);
    const ts = evaluateRule(res, rule);
    expect(ts).toHaveLength(1);
    expect(ts[0]).toMatchObject({ side: "marketing", threshold: 25, imperatives: ["trust"] });
    expect(evaluateRule(res, { ...rule, minShare: 50 })).toHaveLength(0);
  });
  it("benchmark fires on the unfavourable verdict for the item's polarity only", () => {
    const many = (n: number, v: number) => Array.from({ length: n }, (_, i) => respondent(`m${i}`, "marketing", { "need-alignment": v, "trust-bypass-vendor": v }));
    const low = score(many(40, 1)); // need-alignment below (bad), bypass below (good)
    expect(evaluateRule(low, { id: "b", kind: "benchmark" }).map((t) => t.figureId)).toEqual(["fx-need-cmo"]);
    const high = score(many(40, 5)); // need-alignment above (good), bypass above (bad)
    expect(evaluateRule(high, { id: "b", kind: "benchmark" }).map((t) => t.figureId)).toEqual(["fx-bypass-cmo"]);
  });
});

describe("recommend", () => {
  const res = score([
    respondent("m1", "marketing", { "need-alignment": 1, "trust-bypass-vendor": 5, obstacles: ["marketing-bypassing-it"], "priority-mirror": { self: 1, predicted: 10 } }),
    respondent("m2", "marketing", { "need-alignment": 2, "trust-bypass-vendor": 4, obstacles: ["marketing-bypassing-it"], "priority-mirror": { self: 2, predicted: 20 } }),
    respondent("i1", "it", { "need-alignment": 5, "trust-bypass-vendor": 5, obstacles: ["budget"], "priority-mirror": { self: 5, predicted: 90 } }),
  ]);

  it("returns at most `limit` actions, one entry per action, ranked by priority", () => {
    const recs = recommend(res, q, { limit: 50 });
    const ids = recs.map((r) => r.action.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (let k = 1; k < recs.length; k++) expect(recs[k - 1]!.priority).toBeGreaterThanOrEqual(recs[k]!.priority);
    expect(recommend(res, q)).toHaveLength(5);
    expect(recommend(res, q, { limit: 2 })).toHaveLength(2);
  });
  it("priority = Σ (1 + strength) over the action's distinct triggers; evidence lists them", () => {
    for (const r of recommend(res, q, { limit: 50 })) {
      expect(r.priority).toBeCloseTo(r.triggers.reduce((s, t) => s + 1 + t.strength, 0), 10);
      const keys = r.triggers.map((t) => [t.ruleId, t.side, t.itemKey, t.figureId].join("|"));
      expect(new Set(keys).size).toBe(keys.length);
    }
    const sp = recommend(res, q, { limit: 50 }).find((r) => r.action.id === "sp-involve-it-in-planning")!;
    expect(sp.evidence.answerPatterns.map((p) => [p.itemKey, p.side])).toEqual(
      expect.arrayContaining([["trust-bypass-vendor", "marketing"], ["obstacles", "marketing"]]),
    );
    expect(sp.evidence.imperativeScores).toContainEqual({ imperative: "strategic-partner", side: "marketing", score: 12.5 });
    const comm = recommend(res, q, { limit: 50 }).find((r) => r.action.id === "tr-open-communication")!;
    expect(comm.evidence.mirrorErrors).toContainEqual({ itemKey: "priority-mirror", side: "marketing", error: 15 - 100 });
    expect(comm.evidence.gaps.map((g) => g.itemKey)).toContain("obstacles"); // trust item: 100% vs 0% chose the bypass option
  });
  it("explicit actions on a rule override the default mapping; unknown ids are ignored", () => {
    const rule: AnswerPatternRule = {
      id: "custom", kind: "answer-pattern", itemKey: "need-alignment", predicate: { type: "scale-at-least", min: 1 },
      minShare: 50, label: "anyone answered", actions: ["sm-blended-teams", "no-such-action"],
    };
    const recs = recommend(res, q, { rules: [rule] });
    expect(recs.map((r) => r.action.id)).toEqual(["sm-blended-teams"]);
    expect(recs[0]!.triggers).toHaveLength(2); // marketing and IT
  });
  it("uses the default rules when none are given, and a custom library when one is", () => {
    expect(defaultRules(q).map((r) => r.kind).slice(0, 4)).toEqual(["low-imperative", "wide-gap", "mis-prediction", "benchmark"]);
    const onlyTrust = ACTIONS.filter((a) => a.imperative === "trust");
    expect(recommend(res, q, { actions: onlyTrust, limit: 50 }).every((r) => r.action.imperative === "trust")).toBe(true);
  });
  it("breaks ties by the library order (deterministic)", () => {
    const one = score([respondent("m", "marketing", { "cross-trained": false })]); // skill-mix marketing 0
    const recs = recommend(one, q, { limit: 50 });
    const order = ACTIONS.filter((a) => a.imperative === "skill-mix" && a.responds.includes("low-imperative")).map((a) => a.id);
    expect(recs.map((r) => r.action.id)).toEqual(order);
  });
});
