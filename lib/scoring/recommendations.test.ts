import { describe, expect, it } from "vitest";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { ACTIONS } from "./actions";
import { credibleSignals, opportunities, recommend } from "./recommendations";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_QUESTIONNAIRE as q, respondent } from "./test-fixtures";
import type { ScoringRespondent } from "./types";

/** `n` leaders per side; each side's answers from a function of the respondent's index. */
function team(n: number, answer: (side: "marketing" | "it", i: number) => Record<string, unknown>): ScoringRespondent[] {
  const out: ScoringRespondent[] = [];
  for (const side of ["marketing", "it"] as const) for (let i = 0; i < n; i++) out.push(respondent(`${side}${i}`, side, answer(side, i) as never, "leader"));
  return out;
}

/** A balanced team with no differences: half agree (4), half disagree (2); half yes. */
const neutral = (i: number) => ({ "need-alignment": i % 2 ? 4 : 2, "cross-trained": i % 2 === 0, "trust-bypass-vendor": i % 2 ? 4 : 2 });

describe("recommend: only credible signals count", () => {
  it("recommends nothing when nothing is credible, whatever the raw gaps", () => {
    // 3 + 3 with a 67-point raw gap on one item: not credible after the false-discovery step
    const rs = team(3, (side, i) => ({ ...neutral(i), "need-alignment": side === "marketing" ? (i < 2 ? 5 : 1) : i < 2 ? 1 : 5 }));
    const res = scoreTeam(q, rs, figures);
    expect(Math.abs(res.gaps.find((g) => g.itemKey === "need-alignment")!.gap!)).toBeGreaterThan(30);
    expect(credibleSignals(res, q)).toEqual([]);
    expect(recommend(res, q)).toEqual([]);
  });

  it("a credible wide gap recommends its imperative's actions, with an evidence line naming the question, the numbers and the test", () => {
    // 30 + 30: every marketing leader says "cross-trained: yes", every IT leader "no"
    const rs = team(30, (side, i) => ({ ...neutral(i), "cross-trained": side === "marketing" }));
    const res = scoreTeam(q, rs, figures);
    const gap = res.gaps.find((g) => g.itemKey === "cross-trained")!;
    expect(gap.label).toBe("wide");
    const recs = recommend(res, q, { figures });
    expect(recs[0]!.action.imperative).toBe("skill-mix");
    const line = recs[0]!.triggers.find((t) => t.kind === "wide-gap" && t.itemKey === "cross-trained")!;
    expect(line.summary).toContain("I took part in cross-training"); // the question in words
    expect(line.summary).toMatch(/marketing 100% \(n = 30\), IT 0% \(n = 30\), 100 points apart/);
    expect(line.summary).toMatch(/difference 95% interval .* to .*; adjusted p < 0\.001 \(Newcombe score interval\)/);
    // every listed signal is credible
    for (const r of recs) for (const t of r.triggers) expect(t.test.q).toBeLessThanOrEqual(0.05);
  });

  it("names the published figure with its source, year and n in a benchmark signal", () => {
    // 30 marketing leaders, all agreeing that marketing bypasses IT (published: 21% of CMOs, n = 400): "above" on a lower-is-better item
    const rs = team(30, (_side, i) => ({ ...neutral(i), "trust-bypass-vendor": 5 }));
    const res = scoreTeam(q, rs, figures);
    expect(res.benchmarks.find((b) => b.figureId === "fx-bypass-cmo")!.verdict).toBe("above");
    const signal = credibleSignals(res, q, figures).find((t) => t.kind === "benchmark" && t.figureId === "fx-bypass-cmo")!;
    expect(signal.summary).toMatch(/100% of Marketing \(30 people\) against 21% \(fx-bypass-cmo\) \(Fixture 2012, n = 400\): above; difference 95% interval 66\.9 to 82\.7; adjusted p < 0\.001/);
  });
});

describe("recommend: priority is the strength of an imperative's signals, normalized per imperative", () => {
  it("counts an item once however many of its options carry a signal", () => {
    const rs = team(30, (side, i) => ({
      ...neutral(i),
      obstacles: side === "marketing" ? ["complexity", "budget", "no-mandate"] : ["marketing-bypassing-it"],
    }));
    const res = scoreTeam(q, rs, figures);
    const signals = credibleSignals(res, q).filter((t) => t.itemKey === "obstacles" && t.kind === "wide-gap");
    expect(signals.length).toBeGreaterThanOrEqual(3);
    // the trust imperative's opportunities count the obstacles item once (plus its other tested items and low tests)
    const chances = opportunities(res, q);
    const trustItems = new Set(res.gaps.filter((g) => g.tests.some((t) => t.test) && q.items.find((i) => i.key === g.itemKey)!.imperatives.includes("trust")).map((g) => g.itemKey));
    const lowTests = res.imperatives.find((i) => i.imperative === "trust")!;
    // … and each tested item carrying the "out of the loop" flag, whose actions are trust's (the obstacles list)
    const outOfLoop = res.gaps.filter((g) => g.tests.some((t) => t.test) && [g.itemKey, ...(q.items.find((i) => i.key === g.itemKey)!.options ?? []).map((o) => o.id)].some((k) => /out-of(-the)?-loop/.test(k))).length;
    expect(outOfLoop).toBe(1);
    expect(chances.trust).toBeCloseTo(trustItems.size + [lowTests.low.marketing.test, lowTests.low.it.test].filter(Boolean).length + outOfLoop, 9);
  });

  it("splits an item's weight between its imperatives", () => {
    const twoImperatives: QuestionnaireDef = {
      ...q,
      items: q.items.map((i) => (i.key === "cross-trained" ? { ...i, imperatives: ["skill-mix", "trust"] } : i)),
    };
    const rs = team(30, (side, i) => ({ ...neutral(i), "cross-trained": side === "marketing" }));
    const res = scoreTeam(twoImperatives, rs, figures);
    const signals = credibleSignals(res, twoImperatives).filter((t) => t.itemKey === "cross-trained");
    expect(signals.map((t) => [t.imperative, t.weight])).toEqual([
      ["skill-mix", 0.5],
      ["trust", 0.5],
    ]);
    expect(res.imperatives.find((i) => i.imperative === "trust")!.weights["cross-trained"]).toBe(0.5);
  });

  it("sends a signal on a flagged option (marketing bypassing IT) to the actions that answer it", () => {
    const rs = team(30, (side, i) => ({ ...neutral(i), obstacles: side === "marketing" ? ["complexity"] : ["marketing-bypassing-it"] }));
    const recs = recommend(scoreTeam(q, rs, figures), q, { limit: 21 });
    const bypass = recs.filter((r) => r.triggers.some((t) => t.option === "marketing-bypassing-it"));
    expect(bypass.map((r) => r.action.id).sort()).toEqual(["bl-manage-investments-together", "sp-involve-it-in-planning"]);
  });

  it("takes the best action of each imperative before a second of any, and respects the limit", () => {
    const rs = team(30, (side, i) => ({
      ...neutral(i),
      "cross-trained": side === "marketing",
      "need-alignment": side === "marketing" ? 5 : 1,
      "prepared-mirror": { self: side === "marketing", predicted: 50 },
    }));
    const recs = recommend(scoreTeam(q, rs, figures), q, { limit: 3 });
    expect(recs).toHaveLength(3);
    expect(new Set(recs.map((r) => r.action.imperative)).size).toBe(3);
    const all = recommend(scoreTeam(q, rs, figures), q, { limit: 50 });
    const firstRound = all.slice(0, new Set(all.map((r) => r.action.imperative)).size);
    expect(new Set(firstRound.map((r) => r.action.imperative)).size).toBe(firstRound.length);
    expect(recommend(scoreTeam(q, rs, figures), q, { limit: 0 })).toEqual([]);
  });

  it("is deterministic and uses a custom library when given one", () => {
    const rs = team(30, (side, i) => ({ ...neutral(i), "cross-trained": side === "marketing" }));
    const res = scoreTeam(q, rs, figures);
    expect(recommend(res, q)).toEqual(recommend(res, q));
    const only = ACTIONS.filter((a) => a.id === "sm-blended-teams");
    expect(recommend(res, q, { actions: only }).map((r) => r.action.id)).toEqual(["sm-blended-teams"]);
  });
});
