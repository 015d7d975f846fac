import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { ImperativeId } from "@/lib/domain";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { meanBelow } from "./mean-tests";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_ITEMS, FIXTURE_QUESTIONNAIRE as q, respondent } from "./test-fixtures";
import { allFinite, teamFor } from "./test-arbitraries";
import { LOW_SCORE } from "./thresholds";
import type { ScoringRespondent } from "./types";

const imp = (rs: ScoringRespondent[], id: ImperativeId, qq: QuestionnaireDef = q) =>
  scoreTeam(qq, rs, figures, { bootstrap: 0 }).imperatives.find((i) => i.imperative === id)!;

// Two agreement items: "shared" tagged with trust AND skill mix, "trust-only" with trust alone.
const agreement = FIXTURE_ITEMS.find((i) => i.key === "need-alignment")!;
const split: QuestionnaireDef = {
  ...q,
  items: [
    { ...agreement, key: "shared", imperatives: ["trust", "skill-mix"], benchmarks: [] },
    { ...agreement, key: "trust-only", imperatives: ["trust"], benchmarks: [] },
  ],
};

describe("imperative scores (hand-computed)", () => {
  it("strategic-partner from one agreement item, per side and combined", () => {
    const s = imp([
      respondent("m1", "marketing", { "need-alignment": 5 }),
      respondent("m2", "marketing", { "need-alignment": 3 }),
      respondent("i1", "it", { "need-alignment": 2 }),
    ], "strategic-partner");
    expect(s.marketing).toBe(75); // (1 + 0.5) / 2
    expect(s.it).toBe(25);
    expect(s.combined).toBe(50); // mean of sides, not of the 3 respondents (which would be 58.3)
    expect(s.items).toEqual({ marketing: 1, it: 0 + 1 });
  });
  it("each item weighs the same; lower-is-better reversed; polarity none ignored", () => {
    // business-levers: priority-mirror (agreement), tech-budget-share (percentage), it-standards (IT only, lower)
    const s = imp([
      respondent("i1", "it", { "priority-mirror": { self: 5, predicted: 10 }, "tech-budget-share": 20, "it-standards": 4, "alignment-drivers": ["platform"] }),
    ], "business-levers");
    expect(s.it).toBeCloseTo(((1 + 0.2 + 0.25) / 3) * 100, 10);
    expect(s.marketing).toBeNull();
    expect(s.combined).toBeCloseTo(s.it!, 10);
    expect(s.itemKeys).toEqual(["priority-mirror", "tech-budget-share", "it-standards"]);
  });
  it("no data → null, never NaN", () => {
    for (const s of scoreTeam(q, [], figures).imperatives) {
      expect(s.marketing).toBeNull();
      expect(s.it).toBeNull();
      expect(s.combined).toBeNull();
    }
  });
});

describe("monotonicity", () => {
  // Every higher-is-better agreement item of the fixture, with its imperative.
  const cases = q.items
    .filter((i) => i.kind === "agreement" && i.polarity !== "none" && !i.sides)
    .map((i) => ({ key: i.key, imperative: i.imperatives[0]!, mirror: !!i.mirror, sign: i.polarity === "higher-is-better" ? 1 : -1 }));

  it("raising one respondent's agreement never lowers the imperative score (lowering, for lower-is-better)", () => {
    fc.assert(
      fc.property(
        teamFor(q),
        fc.constantFrom(...cases),
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        ([m, i], c, pick, bump) => {
          const all = [...m, ...i];
          if (all.length === 0) return;
          const idx = pick % all.length;
          const r = all[idx]!;
          const raw = r.answers[c.key];
          const self = c.mirror && raw && typeof raw === "object" && "self" in raw ? raw.self : raw;
          if (typeof self !== "number" || !Number.isInteger(self) || self < 1 || self > 5) return;
          const moved = Math.min(5, Math.max(1, self + c.sign * bump));
          const value = c.mirror ? { self: moved, predicted: 50 } : moved;
          const changed = all.map((x, k) => (k === idx ? { ...x, answers: { ...x.answers, [c.key]: value } } : x));
          const before = imp(all, c.imperative);
          const after = imp(changed, c.imperative);
          for (const side of ["marketing", "it", "combined"] as const) {
            if (before[side] === null) continue;
            expect(after[side]!).toBeGreaterThanOrEqual(before[side]! - 1e-9);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("split weights", () => {
  it("an item tagged with two imperatives weighs ½ in each", () => {
    // shared = 5 (score 1), trust-only = 1 (score 0): trust = (½·1 + 1·0) ÷ (½ + 1) = 1/3; skill mix = 1
    const rs = [respondent("m1", "marketing", { shared: 5, "trust-only": 1 })];
    const trust = imp(rs, "trust", split);
    expect(trust.weights).toEqual({ shared: 0.5, "trust-only": 1 });
    expect(trust.itemKeys).toEqual(["shared", "trust-only"]);
    expect(trust.marketing).toBeCloseTo(100 / 3, 10);
    const skill = imp(rs, "skill-mix", split);
    expect(skill.weights).toEqual({ shared: 0.5 });
    expect(skill.marketing).toBe(100);
  });
});

describe("intervals and the low test", () => {
  const rs = [
    ...[1, 2, 2, 3].map((v, k) => respondent(`m${k}`, "marketing", { "need-alignment": v })),
    ...[4, 5, 5].map((v, k) => respondent(`i${k}`, "it", { "need-alignment": v })),
  ];
  const s = imp(rs, "strategic-partner");
  it("t intervals per side; combined half-width √(h_m² + h_it²) ÷ 2", () => {
    const m = meanBelow([0, 25, 25, 50], LOW_SCORE, 0, 100)!;
    const i = meanBelow([75, 100, 100], LOW_SCORE, 0, 100)!;
    expect(s.intervals.marketing).toEqual(m.interval);
    expect(s.intervals.it).toEqual(i.interval);
    const hm = (m.interval[1] - m.interval[0]) / 2;
    const hi = (i.interval[1] - i.interval[0]) / 2;
    const h = Math.sqrt(hm * hm + hi * hi) / 2;
    expect(s.combined).toBeCloseTo((25 + 275 / 3) / 2, 10);
    expect(s.intervals.combined![0]).toBeCloseTo(Math.max(0, s.combined! - h), 10);
    expect(s.intervals.combined![1]).toBeCloseTo(Math.min(100, s.combined! + h), 10);
  });
  it("the one-sided t test of 'below 50', low only after the false-discovery step", () => {
    expect(s.low.marketing.test).toMatchObject({ method: "t", estimate: 25, p: meanBelow([0, 25, 25, 50], LOW_SCORE, 0, 100)!.p });
    expect(s.low.it.test!.p).toBeGreaterThan(0.5);
    expect(s.low.it.label).toBe("not distinguishable");
    const low = imp([1, 1, 2, 1, 2, 1].map((v, k) => respondent(`m${k}`, "marketing", { "need-alignment": v })), "strategic-partner");
    expect(low.low.marketing.test!.q!).toBeLessThanOrEqual(0.05);
    expect(low.low.marketing.label).toBe("low");
  });
  it("too few answers to tell below 3 respondents on a side", () => {
    const two = imp([respondent("m1", "marketing", { "need-alignment": 1 }), respondent("m2", "marketing", { "need-alignment": 1 })], "strategic-partner");
    expect(two.low.marketing).toEqual({ test: null, label: "too few answers to tell" });
    expect(two.marketing).toBe(0);
  });
  it("property: every score and interval lies in 0-100 and contains the score; nothing is NaN", () => {
    fc.assert(
      fc.property(teamFor(q, { maxLength: 8 }), ([m, i]) => {
        for (const x of scoreTeam(q, [...m, ...i], figures, { bootstrap: 0 }).imperatives) {
          expect(allFinite(x)).toBe(true);
          for (const side of ["marketing", "it", "combined"] as const) {
            const v = x[side];
            const ci = x.intervals[side];
            if (v === null) continue;
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(100);
            if (!ci) continue;
            expect(ci[0]).toBeGreaterThanOrEqual(0);
            expect(ci[1]).toBeLessThanOrEqual(100);
            expect(ci[0]).toBeLessThanOrEqual(v + 1e-9);
            expect(ci[1]).toBeGreaterThanOrEqual(v - 1e-9);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
