import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { itemDistance, meanGapTest, shareGapTest } from "./gaps";
import { newcombeInterval, newcombePValue } from "./newcombe";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_ITEMS, FIXTURE_QUESTIONNAIRE as q, respondent } from "./test-fixtures";
import { respondentsFor, swapSides } from "./test-arbitraries";
import { GAP_EQUIVALENCE_MARGIN, MIN_PER_SIDE, PRACTICAL_GAP } from "./thresholds";
import type { GapTest, ScoringRespondent } from "./types";

const gapOf = (rs: ScoringRespondent[], key: string, qq: QuestionnaireDef = q) =>
  scoreTeam(qq, rs, figures, { bootstrap: 0 }).gaps.find((g) => g.itemKey === key)!;
const many = (side: "marketing" | "it", n: number, answer: (i: number) => Record<string, unknown>): ScoringRespondent[] =>
  Array.from({ length: n }, (_, i) => respondent(`${side}${i}`, side, answer(i) as ScoringRespondent["answers"]));
const item = (key: string) => FIXTURE_ITEMS.find((i) => i.key === key)!;

describe("gaps by kind (hand-computed)", () => {
  it("agreement: share gap in points, distance on the normalized mean", () => {
    const g = gapOf([respondent("m", "marketing", { "need-alignment": 5 }), respondent("i1", "it", { "need-alignment": 2 }), respondent("i2", "it", { "need-alignment": 4 })], "need-alignment");
    expect(g.gapBasis).toBe("share");
    expect(g.gap).toBeCloseTo(100 - 50, 10);
    expect(g.absGap).toBeCloseTo(50, 10);
    expect(g.distanceBasis).toBe("normalized-mean");
    expect(g.distance).toBeCloseTo(100 - 50, 10); // means 5 → 100, 3 → 50
    expect(g.tests.map((t) => [t.key, t.estimate])).toEqual([["scale-at-least|4||||", 50]]);
  });
  it("choose-up-to: total variation between selection profiles; one tested share per option, linked ones first", () => {
    const g = gapOf([
      respondent("m", "marketing", { obstacles: ["marketing-bypassing-it", "budget"] }),
      respondent("i", "it", { obstacles: ["budget", "complexity"] }),
    ], "obstacles");
    expect(g.distanceBasis).toBe("distribution");
    expect(g.distance).toBeCloseTo(50, 10); // {bypass .5, budget .5} vs {budget .5, complexity .5}
    expect(g.tests.map((t) => [t.option, t.estimate])).toEqual([
      ["marketing-bypassing-it", 100],
      ["complexity", -100],
      ["it-keeping-marketing-out-of-the-loop", 0],
      ["budget", 0],
      ["no-mandate", 0],
    ]);
    expect(g.tests.every((t) => t.basis === "share")).toBe(true);
  });
  it("trade-off: total variation between mean point splits; a mean test per option", () => {
    const g = gapOf([
      respondent("m", "marketing", { "cx-ownership-split": { marketing: 100, it: 0, joint: 0 } }),
      respondent("i", "it", { "cx-ownership-split": { marketing: 50, it: 0, joint: 50 } }),
    ], "cx-ownership-split");
    expect(g.distance).toBeCloseTo(50, 10);
    expect(g.gap).toBeCloseTo(0 - 100, 10); // at-least 40 on "joint"
    expect(g.tests.filter((t) => t.basis === "mean").map((t) => [t.key, t.estimate])).toEqual([
      ["mean|marketing", 50],
      ["mean|it", 0],
      ["mean|joint", -50],
    ]);
  });
  it("percentage with a predicate: share gap; distance on the means", () => {
    const g = gapOf([respondent("m", "marketing", { "tech-budget-share": 70 }), respondent("i", "it", { "tech-budget-share": 20 })], "tech-budget-share");
    expect(g.distance).toBe(50);
    expect(g.gap).toBe(100); // at-least 30: 100% vs 0%
  });
  it("percentage without a predicate: its mean is tested first", () => {
    const plain: QuestionnaireDef = { ...q, items: [{ ...item("tech-budget-share"), benchmarks: [] }] };
    const g = gapOf([...many("marketing", 3, (i) => ({ "tech-budget-share": 60 + i })), ...many("it", 3, (i) => ({ "tech-budget-share": 20 + i }))], "tech-budget-share", plain);
    expect(g.gapBasis).toBe("normalized-mean");
    expect(g.tests[0]).toMatchObject({ key: "mean", basis: "mean", estimate: 40 });
    expect(g.tests[0]!.test!.method).toBe("permutation"); // 20 relabellings of 3 + 3
  });
  it("free-text is never comparable", () => {
    const g = gapOf([respondent("m", "marketing", { comments: "a" }), respondent("i", "it", { comments: "b" })], "comments");
    expect(g).toMatchObject({ gap: null, distance: null, distanceBasis: null, tests: [] });
  });
  it("a side without answers gives null gaps", () => {
    const g = gapOf([respondent("m", "marketing", { "need-alignment": 5 })], "need-alignment");
    expect(g).toMatchObject({ gap: null, absGap: null, distance: null, label: "too few answers to tell" });
    expect(g.value.marketing).toBe(100);
  });
  it("itemDistance of yes-no items is the difference of the shares saying yes", () => {
    expect(itemDistance(item("cross-trained"), [true, false], [true, true, true, false])).toBeCloseTo(25, 10);
  });
});

describe("labels", () => {
  it(`"too few answers to tell" below ${MIN_PER_SIDE} answers on a side, whatever the answers`, () => {
    expect(MIN_PER_SIDE).toBe(3);
    // 2 + 2 leaders answering opposite ways: no test at all
    const two = gapOf([...many("marketing", 2, () => ({ "need-alignment": 5 })), ...many("it", 2, () => ({ "need-alignment": 1 }))], "need-alignment");
    expect(two.tests.every((t) => t.test === null && t.label === "too few answers to tell")).toBe(true);
    expect(two.label).toBe("too few answers to tell");
    expect(two.gap).toBe(100); // the numbers are still shown
    const lopsided = gapOf([...many("marketing", 20, () => ({ "need-alignment": 5 })), ...many("it", 2, () => ({ "need-alignment": 1 }))], "need-alignment");
    expect(lopsided.label).toBe("too few answers to tell");
    const three = gapOf([...many("marketing", 3, () => ({ "need-alignment": 5 })), ...many("it", 3, () => ({ "need-alignment": 1 }))], "need-alignment");
    expect(three.tests[0]!.test).not.toBeNull();
  });
  it(`"wide" only when credible and at least ${PRACTICAL_GAP} points`, () => {
    const g = gapOf([...many("marketing", 10, () => ({ "need-alignment": 5 })), ...many("it", 10, () => ({ "need-alignment": 1 }))], "need-alignment");
    expect(g.tests[0]!.test!.q!).toBeLessThanOrEqual(0.05);
    expect(g.label).toBe("wide");
  });
  it(`"small": credible but below ${PRACTICAL_GAP} points`, () => {
    // 100% vs 85%: credible with 200 a side, but a 15-point gap
    const g = gapOf([...many("marketing", 200, () => ({ "need-alignment": 5 })), ...many("it", 200, (i) => ({ "need-alignment": i < 170 ? 5 : 1 }))], "need-alignment");
    expect(g.tests[0]!.test!.q!).toBeLessThanOrEqual(0.05);
    expect(g.tests[0]!.label).toBe("small");
  });
  it(`"about the same" only from the equivalence test within ±${GAP_EQUIVALENCE_MARGIN} points`, () => {
    const half = (i: number) => ({ "need-alignment": i % 2 === 0 ? 5 : 1 });
    const big = gapOf([...many("marketing", 60, half), ...many("it", 60, half)], "need-alignment");
    expect(big.tests[0]!.equivalence!.margin).toBe(GAP_EQUIVALENCE_MARGIN);
    expect(big.label).toBe("about the same");
    // the same shares with 5 a side: no evidence either way
    const small = gapOf([...many("marketing", 4, half), ...many("it", 4, half)], "need-alignment");
    expect(small.label).toBe("not distinguishable");
  });
});

describe("shareGapTest and meanGapTest", () => {
  it("Newcombe interval in points and its p-value", () => {
    const t = shareGapTest("k", undefined, { n: 5, agreeing: 4, share: 80 }, { n: 6, agreeing: 1, share: 100 / 6 });
    const ci = newcombeInterval({ k: 4, n: 5 }, { k: 1, n: 6 })!;
    expect(t.test).toMatchObject({ estimate: 80 - 100 / 6, interval: [ci[0] * 100, ci[1] * 100], p: newcombePValue({ k: 4, n: 5 }, { k: 1, n: 6 }), method: "newcombe", q: null });
  });
  it("a mean gap needs MIN_PER_SIDE values a side", () => {
    expect(meanGapTest("mean", undefined, [1, 2], [3, 4, 5]).label).toBe("too few answers to tell");
    expect(meanGapTest("mean", undefined, [1, 2, 3], [3, 4, 5]).test).not.toBeNull();
  });
});

const noLinks: QuestionnaireDef = { ...q, items: q.items.filter((i) => !i.sides).map((i) => ({ ...i, benchmarks: [] })) };
const team = (qq: QuestionnaireDef) => fc.tuple(respondentsFor(qq, "marketing", { maxLength: 8 }), respondentsFor(qq, "it", { maxLength: 8 }));

function expectMirrored(a: GapTest, b: GapTest) {
  expect(b.key).toBe(a.key);
  expect(b.n).toEqual({ marketing: a.n.it, it: a.n.marketing });
  expect(b.estimate === null).toBe(a.estimate === null);
  if (a.estimate !== null) expect(b.estimate!).toBeCloseTo(-a.estimate, 9);
  expect(b.test === null).toBe(a.test === null);
  if (a.test && b.test) {
    expect(b.test.estimate).toBeCloseTo(-a.test.estimate, 9);
    expect(b.test.interval![0]).toBeCloseTo(-a.test.interval![1], 9);
    expect(b.test.interval![1]).toBeCloseTo(-a.test.interval![0], 9);
    expect(b.test.p).toBeCloseTo(a.test.p, 9);
    expect(b.equivalence!.p).toBeCloseTo(a.equivalence!.p, 9);
  }
}

describe("properties", () => {
  it("swapping the sides mirrors every gap, estimate and interval, and keeps p-values and distances", () => {
    fc.assert(
      fc.property(team(q), ([m, i]) => {
        const a = scoreTeam(q, [...m, ...i], figures, { bootstrap: 0 });
        const b = scoreTeam(q, swapSides([...m, ...i]), figures, { bootstrap: 0 });
        a.gaps.forEach((ga, k) => {
          if (ga.itemKey === "it-standards") return; // asked of IT only: swapping changes who may answer
          const gb = b.gaps[k]!;
          expect(gb.gap === null).toBe(ga.gap === null);
          if (ga.gap !== null) expect(gb.gap!).toBeCloseTo(-ga.gap, 9);
          expect(gb.distance ?? -1).toBeCloseTo(ga.distance ?? -1, 9);
          expect(gb.tests).toHaveLength(ga.tests.length);
          ga.tests.forEach((t, j) => expectMirrored(t, gb.tests[j]!));
        });
      }),
      { numRuns: 120 },
    );
  });
  it("without side-specific comparisons (no benchmark links), swapping the sides keeps every label", () => {
    fc.assert(
      fc.property(team(noLinks), ([m, i]) => {
        const a = scoreTeam(noLinks, [...m, ...i], figures, { bootstrap: 0 });
        const b = scoreTeam(noLinks, swapSides([...m, ...i]), figures, { bootstrap: 0 });
        expect(b.family).toEqual(a.family);
        a.gaps.forEach((ga, k) => {
          expect(b.gaps[k]!.label).toBe(ga.label);
          ga.tests.forEach((t, j) => expect(b.gaps[k]!.tests[j]!.label).toBe(t.label));
        });
      }),
      { numRuns: 80 },
    );
  });
  it("every interval lies inside −100..100 and contains its estimate; a test exists iff both sides have ≥ 3 answers", () => {
    fc.assert(
      fc.property(team(q), ([m, i]) => {
        const res = scoreTeam(q, [...m, ...i], figures, { bootstrap: 0 });
        for (const g of res.gaps) {
          for (const t of g.tests) {
            expect(t.test !== null).toBe(t.n.marketing >= MIN_PER_SIDE && t.n.it >= MIN_PER_SIDE && t.estimate !== null);
            if (!t.test) {
              expect(t.label).toBe("too few answers to tell");
              continue;
            }
            const [lo, hi] = t.test.interval!;
            expect(lo).toBeGreaterThanOrEqual(-100);
            expect(hi).toBeLessThanOrEqual(100);
            expect(lo).toBeLessThanOrEqual(t.test.estimate + 1e-9);
            expect(hi).toBeGreaterThanOrEqual(t.test.estimate - 1e-9);
            if (t.basis === "share" && Math.abs(t.test.p - 0.05) > 1e-3) expect(t.test.p < 0.05).toBe(lo > 0 || hi < 0);
          }
        }
      }),
      { numRuns: 120 },
    );
  });
  it("identical sides give every gap 0 and no 'wide' label", () => {
    fc.assert(
      fc.property(respondentsFor(q, "marketing", { minLength: 1 }), (m) => {
        const it = m.map((r) => ({ ...r, id: r.id + "-it", side: "it" as const }));
        const res = scoreTeam(q, [...m, ...it], figures, { bootstrap: 0 });
        for (const g of res.gaps) {
          if (g.gap !== null) expect(Math.abs(g.gap)).toBeLessThan(1e-9);
          if (g.distance !== null) expect(g.distance).toBeLessThan(1e-9);
          expect(g.label).not.toBe("wide");
        }
      }),
      { numRuns: 100 },
    );
  });
});
