import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { ImperativeId } from "@/lib/domain";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_QUESTIONNAIRE as q, respondent } from "./test-fixtures";
import { teamFor } from "./test-arbitraries";
import type { ScoringRespondent } from "./types";

const imp = (rs: ScoringRespondent[], id: ImperativeId) => scoreTeam(q, rs, figures).imperatives.find((i) => i.imperative === id)!;

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
