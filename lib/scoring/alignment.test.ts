import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { AnswerValue, QuestionnaireDef } from "@/lib/questionnaire/types";
import { alignmentIndex, chanceDistance, EXACT_RELABELLINGS } from "./alignment";
import { answerRows } from "./item-stats";
import { mulberry32 } from "./prng";
import { FIXTURE_ITEMS, FIXTURE_QUESTIONNAIRE as q, randomAnswer, respondent } from "./test-fixtures";
import { respondentsFor, swapSides } from "./test-arbitraries";
import type { ScoringRespondent } from "./types";

const item = (key: string) => FIXTURE_ITEMS.find((i) => i.key === key)!;
const yesNo = item("cross-trained");
const rows = (qq: QuestionnaireDef, rs: readonly ScoringRespondent[]) => answerRows(qq, rs);
const only = (key: string): QuestionnaireDef => ({ ...q, items: [item(key)] });

function choose(n: number, k: number) {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

describe("chanceDistance (hand-computed)", () => {
  it("one yes against one no: both relabellings differ by 100 points", () => {
    expect(chanceDistance(yesNo, [true], [false])).toBe(100);
  });
  it("two yes against two no: 2 of the 6 relabellings give 100, the other 4 give 0", () => {
    expect(chanceDistance(yesNo, [true, true], [false, false])).toBeCloseTo(200 / 6, 10);
  });
  it("is null when a side has no answers", () => {
    expect(chanceDistance(yesNo, [], [true])).toBeNull();
  });
});

describe("alignmentIndex", () => {
  it("index = 100 − (observed − chance distance): 2 yes vs 2 no gives 100 − (100 − 33.3)", () => {
    const rs = [respondent("m1", "marketing", { "cross-trained": true }), respondent("m2", "marketing", { "cross-trained": true }), respondent("i1", "it", { "cross-trained": false }), respondent("i2", "it", { "cross-trained": false })];
    const a = alignmentIndex(only("cross-trained").items, rows(only("cross-trained"), rs), 0);
    expect(a.meanDistance).toBe(100);
    expect(a.meanChanceDistance).toBeCloseTo(100 / 3, 10);
    expect(a.index).toBeCloseTo(100 / 3, 10);
    expect(a.comparableItems).toBe(1);
    expect(a.interval).toBeNull(); // bootstrap 0
  });
  it("one person against one person who disagree entirely is what chance alone gives: 100", () => {
    const rs = [respondent("m", "marketing", { "cross-trained": true }), respondent("i", "it", { "cross-trained": false })];
    expect(alignmentIndex(only("cross-trained").items, rows(only("cross-trained"), rs)).index).toBe(100);
  });
  it("is null when no item is comparable", () => {
    const a = alignmentIndex(q.items, rows(q, [respondent("m", "marketing", { "need-alignment": 4 })]));
    expect(a).toMatchObject({ index: null, interval: null, meanDistance: null, meanChanceDistance: null, comparableItems: 0 });
  });
  it(`relabels exactly up to ${EXACT_RELABELLINGS} splits (6 + 5 = 462)`, () => {
    expect(choose(11, 5)).toBeLessThanOrEqual(EXACT_RELABELLINGS);
    expect(choose(12, 6)).toBeGreaterThan(EXACT_RELABELLINGS);
  });
});

// up to 8 + 8 (12 870 splits): beyond EXACT_RELABELLINGS the relabellings are seeded random draws
const team = fc.tuple(respondentsFor(q, "marketing", { maxLength: 8 }), respondentsFor(q, "it", { maxLength: 8 }));

describe("properties", () => {
  it("identical sides give 100", () => {
    fc.assert(
      fc.property(respondentsFor(q, "marketing", { minLength: 1 }), (m) => {
        const it = m.map((r) => ({ ...r, id: r.id + "-it", side: "it" as const }));
        const a = alignmentIndex(q.items, rows(q, [...m, ...it]), 20);
        if (a.index !== null) expect(a.index).toBeCloseTo(100, 9);
      }),
      { numRuns: 80 },
    );
  });
  it("index and interval lie in 0-100, the interval is ordered, and the result is deterministic", () => {
    fc.assert(
      fc.property(team, ([m, i]) => {
        const a = alignmentIndex(q.items, rows(q, [...m, ...i]), 30);
        const b = alignmentIndex(q.items, rows(q, [...m, ...i]), 30);
        expect(b).toEqual(a);
        if (a.index === null) return;
        expect(a.index).toBeGreaterThanOrEqual(0);
        expect(a.index).toBeLessThanOrEqual(100);
        if (a.interval) {
          expect(a.interval[0]).toBeGreaterThanOrEqual(0);
          expect(a.interval[1]).toBeLessThanOrEqual(100);
          expect(a.interval[0]).toBeLessThanOrEqual(a.interval[1]);
        }
      }),
      { numRuns: 60 },
    );
  });
  it("swapping the sides keeps the index exactly (canonical relabelling order, also for random relabellings)", () => {
    fc.assert(
      fc.property(team, ([m, i]) => {
        const a = alignmentIndex(q.items, rows(q, [...m, ...i]), 0);
        const b = alignmentIndex(q.items, rows(q, swapSides([...m, ...i])), 0);
        expect(b.index === null).toBe(a.index === null);
        if (a.index === null) return;
        expect(b.index!).toBeCloseTo(a.index, 9);
        expect(b.meanDistance!).toBeCloseTo(a.meanDistance!, 9);
        expect(b.meanChanceDistance!).toBeCloseTo(a.meanChanceDistance!, 9);
      }),
      { numRuns: 100 },
    );
  });
  it("when both sides answer alike, the index centres on 100 whatever the team size (2+2 … 30+30)", () => {
    const teams = 40;
    const summary: Record<number, { median: number; mean: number; rawDistance: number }> = {};
    for (const n of [2, 3, 5, 10, 30]) {
      const rand = mulberry32(4242 + n);
      const idx: number[] = [];
      const raw: number[] = [];
      const dist: number[] = [];
      for (let t = 0; t < teams; t++) {
        const rs: ScoringRespondent[] = [];
        for (const side of ["marketing", "it"] as const) {
          for (let k = 0; k < n; k++) {
            const answers: Record<string, AnswerValue> = {};
            for (const it of q.items) if (!it.sides || it.sides.includes(side)) answers[it.key] = randomAnswer(it, rand);
            rs.push(respondent(`${side}${k}`, side, answers));
          }
        }
        const a = alignmentIndex(q.items, rows(q, rs), 0);
        idx.push(a.index!);
        raw.push(100 - (a.meanDistance! - a.meanChanceDistance!));
        dist.push(a.meanDistance!);
      }
      idx.sort((x, y) => x - y);
      const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
      summary[n] = { median: idx[teams / 2]!, mean: mean(raw), rawDistance: mean(dist) };
    }
    console.log("alignment under 'sides alike':", JSON.stringify(summary));
    const medians = Object.values(summary).map((s) => s.median);
    expect(Math.max(...medians) - Math.min(...medians)).toBeLessThanOrEqual(5);
    for (const s of Object.values(summary)) expect(Math.abs(s.mean - 100)).toBeLessThan(3);
    // what the correction removes: the raw distance shrinks with size (v1's index went from 71 to 92)
    expect(summary[2]!.rawDistance - summary[30]!.rawDistance).toBeGreaterThan(15);
  });
});

describe("alignment index interval: simulated coverage (README, Calibration)", () => {
  it("covers the index the team size would give on average in at least 90% of simulated teams", { timeout: 60_000 }, async () => {
    const { QUESTIONNAIRE_V2 } = await import("@/lib/questionnaire/builtin");
    const { answerRows } = await import("./item-stats");
    const { alikeWorld, randomWorld, simulateTeam } = await import("./simulate");
    const q = { ...QUESTIONNAIRE_V2, items: QUESTIONNAIRE_V2.items.filter((i) => i.section !== "context") };
    const cases = [
      { world: alikeWorld(q), size: 5, teams: 40 },
      { world: randomWorld(q, mulberry32(5)), size: 10, teams: 60 },
    ];
    for (const { world, size, teams } of cases) {
      const runs = Array.from({ length: teams }, (_, t) => alignmentIndex(q.items, answerRows(q, simulateTeam(q, world, size, 77 * size + t)), 200));
      const raw = runs.map((r) => 100 - (r.meanDistance! - r.meanChanceDistance!));
      const truth = Math.min(100, raw.reduce((a, b) => a + b, 0) / raw.length);
      const covered = runs.filter((r) => r.interval![0] <= truth + 1e-9 && r.interval![1] >= truth - 1e-9).length / teams;
      expect(covered, `${size}+${size}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
