import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { benjaminiHochberg, FDR_LEVEL } from "./fdr";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_ITEMS, FIXTURE_QUESTIONNAIRE, mulberry32, randomRespondents, respondent } from "./test-fixtures";
import { randomWorld, simulateTeam } from "./simulate";
import { teamFor } from "./test-arbitraries";
import {
  compareWaves,
  consecutiveTrends,
  TREND_ITEM_EQUIVALENCE_MARGIN,
  TREND_SCORE_EQUIVALENCE_MARGIN,
  trendComparisons,
  trendSeries,
  type TrendComparison,
  type TrendResult,
} from "./trend";
import { indexChange, meanChange, meanGapChange, scoreChange, shareChange, shareGapChange, standardErrorFromInterval } from "./trend-stats";
import type { ScoringRespondent, TeamResult } from "./types";

// The fixture questionnaire plus two items read by their mean (no predicate): a percentage and a trade-off.
const plainItems: QuestionnaireItemDef[] = [
  { section: "s1", required: true, fidelity: "new", benchmarks: [], key: "pct-plain", kind: "percentage", prompt: "What share of projects are joint?", imperatives: ["trust"], polarity: "higher-is-better" },
  {
    section: "s1", required: true, fidelity: "new", benchmarks: [], key: "split-plain", kind: "trade-off", prompt: "Split 100 points.", imperatives: [], polarity: "none",
    options: [{ id: "a", label: "A" }, { id: "b", label: "B" }, { id: "c", label: "C" }],
  },
];
const q: QuestionnaireDef = { ...FIXTURE_QUESTIONNAIRE, items: [...FIXTURE_ITEMS, ...plainItems] };
const ALL_KEYS = q.items.map((i) => i.key);
const score = (qq: QuestionnaireDef, rs: readonly ScoringRespondent[], bootstrap = 40): TeamResult => scoreTeam(qq, rs, figures, { bootstrap });

/** Comparisons by key, for matching two results. */
const byKey = (r: Omit<TrendResult, "family">) => new Map(trendComparisons(r).map((c) => [c.key, c]));

describe("trend statistics (hand-computed)", () => {
  it("a share from 2 of 10 to 8 of 10: +60, Newcombe interval 16.2 to 80.3 (Wilson 5.7-51.0 and 49.0-94.3)", () => {
    const s = shareChange({ k: 2, n: 10 }, { k: 8, n: 10 }, 20)!;
    expect(s.estimate).toBeCloseTo(60, 10);
    expect(s.interval[0]).toBeCloseTo(16.18, 1);
    expect(s.interval[1]).toBeCloseTo(80.27, 1);
    expect(s.p).toBeLessThan(0.05);
    expect(s.method).toBe("newcombe");
    expect(shareChange({ k: 2, n: 10 }, { k: 2, n: 10 }, 20)!.p).toBe(1);
  });
  it("alignment index 80 (70.2-89.8) to 95 (85.2-100, clipped above): se 5 each, +15 ± 13.86, z = 2.12, p = 0.034", () => {
    const s = indexChange({ index: 80, interval: [70.2, 89.8], centre: 80 }, { index: 95, interval: [85.2, 100], centre: 95 }, 10);
    expect(s.estimate).toBe(15);
    expect(s.interval[0]).toBeCloseTo(15 - 1.96 * Math.SQRT2 * 5, 6);
    expect(s.interval[1]).toBeCloseTo(15 + 1.96 * Math.SQRT2 * 5, 6);
    expect(s.p).toBeCloseTo(0.0339, 3);
    // TOST within ±10: the larger one-sided p is Φ((10 − 15) ÷ 7.07)… i.e. Φ(0.707) = 0.760 for "below +10"
    expect(s.equivalenceP).toBeCloseTo(0.760, 2);
    expect(s.method).toBe("normal");
  });
  it("imperative score 40 to 60, n = 4 each, se 5 each (t₃ intervals): Welch t = 2.83 on 6 df, p = 0.030", () => {
    const t3 = 3.182446;
    const s = scoreChange({ mean: 40, interval: [40 - t3 * 5, 40 + t3 * 5], n: 4 }, { mean: 60, interval: [60 - t3 * 5, 60 + t3 * 5], n: 4 }, 10)!;
    expect(s.estimate).toBe(20);
    expect(s.p).toBeCloseTo(0.030, 3);
    expect(s.interval[0]).toBeCloseTo(20 - 2.446912 * Math.sqrt(50), 3); // t₆ = 2.447
    expect(scoreChange({ mean: 40, interval: [30, 50], n: 1 }, { mean: 60, interval: [50, 70], n: 4 }, 10)).toBeNull();
  });
  it("reads the standard error from an unclipped end; both clipped: the caller's conservative bound", () => {
    expect(standardErrorFromInterval(95, [85.2, 100], 1.96, 50)).toBeCloseTo(5, 10);
    expect(standardErrorFromInterval(3, [0, 12.8], 1.96, 50)).toBeCloseTo(5, 10);
    expect(standardErrorFromInterval(50, [0, 100], 4.303, 35.36)).toBe(35.36);
  });
  it("gap of means 0 → 20 (four groups of 3, variance 100 each): se 11.55 on 8 df, interval −6.6 to 46.6, p = 0.12", () => {
    const s = meanGapChange({ marketing: [50, 60, 70], it: [50, 60, 70] }, { marketing: [60, 70, 80], it: [40, 50, 60] }, 20)!;
    expect(s.estimate).toBeCloseTo(20, 10);
    expect(s.interval[0]).toBeCloseTo(-6.63, 1);
    expect(s.interval[1]).toBeCloseTo(46.63, 1);
    expect(s.p).toBeCloseTo(0.1215, 3);
    expect(s.method).toBe("welch");
  });
  it("gap of shares 0 → 70 (5/10 vs 5/10, then 9/10 vs 2/10): Price-Bonett ½ success and 1 trial per group, d̃ = 63.6 ± 52.6, p = 0.018", () => {
    const e = { marketing: { k: 5, n: 10 }, it: { k: 5, n: 10 } };
    const l = { marketing: { k: 9, n: 10 }, it: { k: 2, n: 10 } };
    const a = shareGapChange(e, l, 20)!;
    expect(a.estimate).toBeCloseTo(70, 10); // the raw change is shown
    // p̃ = 9.5/11, 2.5/11, 5.5/11, 5.5/11; var = Σ p̃(1 − p̃) ÷ 11 = 0.07213; se = 26.86
    expect(a.interval[0]).toBeCloseTo(63.636 - 1.96 * 26.857, 1);
    expect(a.interval[1]).toBeCloseTo(63.636 + 1.96 * 26.857, 1);
    expect(a.p).toBeCloseTo(0.0178, 3);
    expect(a.method).toBe("price-bonett");
    const b = shareGapChange(l, e, 20)!;
    expect(b.estimate).toBeCloseTo(-70, 10);
    expect(b.interval[0]).toBeCloseTo(-a.interval[1], 10);
    expect(b.p).toBeCloseTo(a.p, 10);
  });
  it("gap of shares at 3 + 3, +100 → −100 (the most extreme possible): inside −200..200, p well above the MOVER's 5e-7", () => {
    const s = shareGapChange({ marketing: { k: 3, n: 3 }, it: { k: 0, n: 3 } }, { marketing: { k: 0, n: 3 }, it: { k: 2, n: 3 } }, 20)!;
    expect(s.estimate).toBeCloseTo(-166.67, 1);
    expect(s.interval[0]).toBeGreaterThanOrEqual(-200);
    expect(s.p).toBeGreaterThan(0.0005); // d̃ = −125, se = 37.5: z = 3.33, p = 0.00086
    expect(s.p).toBeCloseTo(0.00086, 4);
  });
  it("the gap-change test keeps its level with no change: at most 6% of seeded draws give p < 0.05 at 3, 5, 10 and 30 per group", () => {
    const rand = mulberry32(11);
    const bin = (p: number, n: number) => {
      let k = 0;
      for (let i = 0; i < n; i++) if (rand() < p) k++;
      return k;
    };
    for (const n of [3, 5, 10, 30]) {
      let alarms = 0;
      const draws = 20_000;
      for (let t = 0; t < draws; t++) {
        const pm = 0.1 + 0.8 * rand();
        const pi = 0.1 + 0.8 * rand();
        const side = () => ({ marketing: { k: bin(pm, n), n }, it: { k: bin(pi, n), n } });
        if (shareGapChange(side(), side(), 20)!.p < 0.05) alarms++;
      }
      expect(alarms / draws).toBeLessThan(0.06);
    }
  });
  it("means per side use the model's test: exact permutation for small samples", () => {
    const s = meanChange([10, 20, 30], [60, 70, 80], 20)!;
    expect(s.estimate).toBe(50);
    expect(s.method).toBe("permutation");
    expect(s.p).toBeCloseTo(0.1, 10); // 2 of the 20 splits are as extreme
  });
});

describe("compareWaves: a hand-worked pair", () => {
  // one yes-no item; 20 + 20 in each wave; marketing goes from all "no" to all "yes", IT stays "no"
  const only: QuestionnaireDef = { ...q, items: [FIXTURE_ITEMS.find((i) => i.key === "cross-trained")!] };
  const wave = (mYes: boolean) => [
    ...Array.from({ length: 20 }, (_, i) => respondent(`m${i}`, "marketing", { "cross-trained": mYes })),
    ...Array.from({ length: 20 }, (_, i) => respondent(`i${i}`, "it", { "cross-trained": false })),
  ];
  const e = score(only, wave(false));
  const l = score(only, wave(true));
  const r = compareWaves(e, l, { identicalItems: ["cross-trained"] });
  const reading = r.items[0]!.readings[0]!;

  it("marketing 0% → 100%: +100, interval 77.2 to 100 (Wilson upper for 0 of 20 is 16.1), rising", () => {
    const m = reading.sides.marketing;
    expect(m.change).toBeCloseTo(100, 10);
    expect(m.interval![0]).toBeCloseTo(100 - Math.SQRT2 * 16.11, 1);
    expect(m.interval![1]).toBe(100);
    expect(m.label).toBe("rising");
  });
  it("IT 0% → 0%: no change; the 90% interval (±11.9) is inside ±20, so stable", () => {
    const i = reading.sides.it;
    expect(i.change).toBe(0);
    expect(i.test!.p).toBe(1);
    expect(i.equivalence!.margin).toBe(TREND_ITEM_EQUIVALENCE_MARGIN);
    expect(i.label).toBe("stable");
  });
  it("the gap (marketing − IT) goes from 0 to +100: rising, widening", () => {
    expect(reading.gap.earlier).toBe(0);
    expect(reading.gap.later).toBe(100);
    expect(reading.gap.label).toBe("rising");
    expect(reading.gap.direction).toBe("widening");
  });
  it("the skill-mix score rises for marketing (0 → 100) and is stable for IT; imperatives without items have too few answers", () => {
    const sm = r.imperatives.find((x) => x.imperative === "skill-mix")!;
    expect(sm.sides.marketing.change).toBe(100);
    expect(sm.sides.marketing.label).toBe("rising");
    expect(sm.sides.it.label).toBe("stable");
    expect(sm.sides.it.equivalence!.margin).toBe(TREND_SCORE_EQUIVALENCE_MARGIN);
    expect(r.imperatives.filter((x) => x.imperative !== "skill-mix").every((x) => x.sides.marketing.label === "too few answers to tell")).toBe(true);
  });
  it("the alignment index falls (100 → the chance-corrected index of a 100-point gap), and the family counts 6 tests", () => {
    expect(e.alignment.index).toBe(100);
    expect(r.alignment.change).toBeCloseTo(l.alignment.index! - 100, 10);
    expect(r.alignment.label).toBe("falling");
    expect(r.family).toEqual({ tests: 6, equivalenceTests: 6, level: FDR_LEVEL });
  });
});

describe("compareWaves: the direction of a gap's credible change", () => {
  const only: QuestionnaireDef = { ...q, items: [FIXTURE_ITEMS.find((i) => i.key === "cross-trained")!] };
  /** 20 + 20 answering "cross-trained": each side all yes or all no. */
  const wave = (mYes: boolean, iYes: boolean) =>
    score(only, [
      ...Array.from({ length: 20 }, (_, i) => respondent(`m${i}`, "marketing", { "cross-trained": mYes })),
      ...Array.from({ length: 20 }, (_, i) => respondent(`i${i}`, "it", { "cross-trained": iYes })),
    ]);
  const gapOf = (e: TeamResult, l: TeamResult) => compareWaves(e, l, { identicalItems: ["cross-trained"] }).items[0]!.readings[0]!.gap;

  it("−100 → +100: a credible change of +200 points, reversed (not narrowing)", () => {
    const g = gapOf(wave(false, true), wave(true, false));
    expect([g.earlier, g.later, g.change]).toEqual([-100, 100, 200]);
    expect(g.label).toBe("rising");
    expect(g.laterGapCredible).toBe(true);
    expect(g.direction).toBe("reversed");
  });
  it("+100 → −5 (9 of 20 against 10 of 20: a later gap its own wave cannot tell from 0): narrowing, not reversed", () => {
    const mixed = score(only, [
      ...Array.from({ length: 20 }, (_, i) => respondent(`m${i}`, "marketing", { "cross-trained": i < 9 })),
      ...Array.from({ length: 20 }, (_, i) => respondent(`i${i}`, "it", { "cross-trained": i < 10 })),
    ]);
    const g = gapOf(wave(true, false), mixed);
    expect([g.earlier, g.later, g.label, g.laterGapCredible]).toEqual([100, -5, "falling", false]);
    expect(g.direction).toBe("narrowing");
  });
  it("+100 → 0: narrowing; 0 → −100: widening (read against the later gap's sign)", () => {
    const narrowing = gapOf(wave(true, false), wave(true, true));
    expect([narrowing.earlier, narrowing.later, narrowing.label, narrowing.direction]).toEqual([100, 0, "falling", "narrowing"]);
    const widening = gapOf(wave(true, true), wave(false, true));
    expect([widening.earlier, widening.later, widening.label, widening.direction]).toEqual([0, -100, "falling", "widening"]);
  });
  it("no direction without a credible change", () => {
    const g = gapOf(wave(true, false), wave(true, false));
    expect(g.label).toBe("stable");
    expect(g.direction).toBeNull();
  });
});

describe("compareWaves: items left out, and why", () => {
  const earlierQ: QuestionnaireDef = { ...q, items: q.items.filter((i) => i.key !== "tech-budget-share") };
  // later: cross-trained gets a first benchmark link (its headline predicate changes), prepared-mirror is dropped
  const laterItems = q.items
    .filter((i) => i.key !== "prepared-mirror")
    .map((i) => (i.key === "cross-trained" ? { ...i, benchmarks: [{ figureId: "fx-none", population: "it" as const, match: { type: "equals" as const, value: false } }] } : i));
  const laterQ: QuestionnaireDef = { ...q, items: laterItems };
  const e = score(earlierQ, randomRespondents(earlierQ, 16, 3));
  const l = score(laterQ, randomRespondents(laterQ, 16, 4));
  const identical = ALL_KEYS.filter((k) => k !== "need-alignment");
  const r = compareWaves(e, l, { identicalItems: identical });
  const reason = (key: string) => r.excluded.find((x) => x.itemKey === key)?.reason;

  it("gives each reason", () => {
    expect(reason("tech-budget-share")).toBe("asked only in one wave"); // later only
    expect(reason("prepared-mirror")).toBe("asked only in one wave"); // earlier only
    expect(reason("need-alignment")).toBe("wording or options changed");
    expect(reason("cross-trained")).toBe("read differently");
    expect(reason("comments")).toBe("free text");
  });
  it("every item of either wave is compared or left out, exactly once", () => {
    const seen = [...r.items.map((i) => i.itemKey), ...r.excluded.map((x) => x.itemKey)].sort();
    expect(seen).toEqual([...new Set([...earlierQ.items, ...laterItems].map((i) => i.key))].sort());
  });
  it("too few answers: two people per side in a wave", () => {
    const small = score(q, [respondent("m1", "marketing", { "cross-trained": true }), respondent("m2", "marketing", { "cross-trained": true }), respondent("i1", "it", { "cross-trained": false }), respondent("i2", "it", { "cross-trained": false })]);
    const t = compareWaves(small, score(q, randomRespondents(q, 20, 9)), { identicalItems: ALL_KEYS });
    expect(t.items).toEqual([]);
    expect(t.excluded.find((x) => x.itemKey === "cross-trained")!.reason).toBe("too few answers");
    expect(t.alignment.label).toBe("too few answers to tell");
  });
  it("list items without a headline are compared option by option; mean items by their mean", () => {
    const big = compareWaves(score(q, randomRespondents(q, 30, 5)), score(q, randomRespondents(q, 30, 6)), { identicalItems: ALL_KEYS });
    const cx = big.items.find((i) => i.itemKey === "cx-owner")!;
    expect(cx.readings.map((x) => x.option)).toEqual(["marketing", "it", "jointly", "nobody"]);
    expect(big.items.find((i) => i.itemKey === "pct-plain")!.readings.map((x) => [x.key, x.basis])).toEqual([["mean", "mean"]]);
    expect(big.items.find((i) => i.itemKey === "split-plain")!.readings.map((x) => x.key)).toEqual(["mean|a", "mean|b", "mean|c"]);
    expect(big.items.find((i) => i.itemKey === "need-alignment")!.readings).toHaveLength(1);
  });
});

// ---------------------------------------------------------------- properties

// small arbitrary teams, and larger simulated ones whose shares differ from world to world (so labels do fire)
const simulatedArb = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 3, max: 15 }), fc.integer({ min: 1, max: 1_000_000 }))
  .map(([world, size, seed]) => score(q, simulateTeam(q, randomWorld(q, mulberry32(world)), size, seed), 20));
const waveArb = fc.oneof(teamFor(q, { maxLength: 7 }).map(([m, i]) => score(q, [...m, ...i], 20)), simulatedArb);
const identicalArb = fc.subarray(ALL_KEYS);
const flip = (l: TrendComparison["label"]) => (l === "rising" ? "falling" : l === "falling" ? "rising" : l);

describe("compareWaves properties", () => {
  it("swapping the waves negates every change and interval, keeps every p and q, and swaps rising and falling", () => {
    fc.assert(
      fc.property(waveArb, waveArb, identicalArb, (a, b, identical) => {
        const ab = compareWaves(a, b, { identicalItems: identical });
        const ba = compareWaves(b, a, { identicalItems: identical });
        const x = byKey(ab);
        const y = byKey(ba);
        expect([...y.keys()].sort()).toEqual([...x.keys()].sort());
        for (const [key, c] of x) {
          const d = y.get(key)!;
          expect(d.label).toBe(flip(c.label));
          if (c.change === null) expect(d.change).toBeNull();
          else expect(d.change!).toBeCloseTo(-c.change, 8);
          if (c.test) {
            expect(d.test!.p).toBeCloseTo(c.test.p, 8);
            expect(d.test!.q!).toBeCloseTo(c.test.q!, 8);
            expect(d.interval![0]).toBeCloseTo(-c.interval![1], 6);
            expect(d.interval![1]).toBeCloseTo(-c.interval![0], 6);
          }
        }
        expect(ba.excluded.map((z) => z.reason).sort()).toEqual(ab.excluded.map((z) => z.reason).sort());
      }),
      { numRuns: 40 },
    );
  });

  it("a wave compared with itself: every change 0, never rising or falling", () => {
    fc.assert(
      fc.property(waveArb, (a) => {
        const r = compareWaves(a, a, { identicalItems: ALL_KEYS });
        for (const c of trendComparisons(r)) {
          expect(c.label === "rising" || c.label === "falling").toBe(false);
          if (c.test) {
            expect(c.change).toBe(0);
            expect(c.test.p).toBe(1);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("labels only from adjusted tests: rising/falling need q ≤ 0.05 in that direction, stable needs an equivalence q ≤ 0.05, no test = too few answers", () => {
    fc.assert(
      fc.property(waveArb, waveArb, identicalArb, (a, b, identical) => {
        const r = compareWaves(a, b, { identicalItems: identical });
        const all = trendComparisons(r);
        const tested = all.filter((c) => c.test);
        expect(r.family.tests).toBe(tested.length);
        // q is Benjamini-Hochberg over exactly these p-values
        const qs = benjaminiHochberg(tested.map((c) => c.test!.p));
        tested.forEach((c, i) => expect(c.test!.q).toBeCloseTo(qs[i]!, 12));
        for (const c of all) {
          if (!c.test) {
            expect(["too few answers to tell", "not distinguishable"]).toContain(c.label);
            continue;
          }
          expect(c.test.q!).toBeGreaterThanOrEqual(c.test.p - 1e-12);
          if (c.label === "rising") expect(c.test.q! <= FDR_LEVEL && c.test.estimate > 0).toBe(true);
          if (c.label === "falling") expect(c.test.q! <= FDR_LEVEL && c.test.estimate < 0).toBe(true);
          if (c.label === "stable") expect(c.equivalence!.q! <= FDR_LEVEL && c.test.q! > FDR_LEVEL).toBe(true);
          if (c.label === "not distinguishable") expect(c.test.q! > FDR_LEVEL && c.equivalence!.q! > FDR_LEVEL).toBe(true);
          if (c.test.method !== "permutation") {
            // the interval agrees with the test (the permutation test decides on its own; its Welch interval is shown)
            if (c.test.p < 0.049) expect(c.interval![0] > 0 || c.interval![1] < 0).toBe(true);
            if (c.test.p > 0.051) expect(c.interval![0] <= 0 && c.interval![1] >= 0).toBe(true);
          }
        }
        for (const item of r.items) for (const x of item.readings) for (const s of [x.sides.marketing, x.sides.it]) {
          if (s.test) expect(Math.min(s.n.earlier, s.n.later)).toBeGreaterThanOrEqual(3);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("exclusion: items of both waves not passed as identical are 'wording or options changed'; passed ones are compared unless free text or too few", () => {
    fc.assert(
      fc.property(waveArb, waveArb, identicalArb, (a, b, identical) => {
        const r = compareWaves(a, b, { identicalItems: identical });
        for (const key of ALL_KEYS) {
          const compared = r.items.some((i) => i.itemKey === key);
          const reason = r.excluded.find((x) => x.itemKey === key)?.reason;
          expect(compared !== (reason !== undefined)).toBe(true);
          if (!identical.includes(key)) expect(reason).toBe("wording or options changed");
          else if (key === "comments") expect(reason).toBe("free text");
          else if (!compared) expect(reason).toBe("too few answers");
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("consecutiveTrends and trendSeries", () => {
  const waves = [1, 2, 3].map((s) => score(q, randomRespondents(q, 24, 100 + s)));
  it("one result per consecutive pair, the same changes as compareWaves, one false-discovery family over all of them", () => {
    const rs = consecutiveTrends(waves, [ALL_KEYS, ALL_KEYS]);
    expect(rs).toHaveLength(2);
    const single = rs.map((_, i) => compareWaves(waves[i]!, waves[i + 1]!, { identicalItems: ALL_KEYS }));
    expect(rs[0]!.family.tests).toBe(single[0]!.family.tests + single[1]!.family.tests);
    expect(rs[1]!.family).toEqual(rs[0]!.family);
    const a = byKey(rs[1]!);
    for (const [key, c] of byKey(single[1]!)) {
      expect(a.get(key)!.change).toEqual(c.change);
      if (c.test) expect(a.get(key)!.test!.q!).toBeGreaterThanOrEqual(Math.min(1, c.test.p) - 1e-12);
    }
  });
  it("the series gives each wave's own value and interval, in order", () => {
    const s = trendSeries(waves);
    expect(s.alignment.map((p) => p.value)).toEqual(waves.map((w) => w.alignment.index));
    expect(s.alignment.map((p) => p.wave)).toEqual([0, 1, 2]);
    expect(s.imperatives).toHaveLength(5);
    const trust = s.imperatives.find((x) => x.imperative === "trust")!;
    waves.forEach((w, i) => {
      const t = w.imperatives.find((x) => x.imperative === "trust")!;
      expect(trust.marketing[i]).toEqual({ wave: i, value: t.marketing, interval: t.intervals.marketing, n: t.respondents.marketing });
      expect(trust.combined[i]!.value).toBe(t.combined);
    });
  });
  it("the series follows an item's headline and gap per wave, with the wave's own gap interval; an item missing from a wave is null", () => {
    const missing: QuestionnaireDef = { ...q, items: q.items.filter((i) => i.key !== "need-alignment") };
    const ws = [...waves, score(missing, randomRespondents(missing, 24, 7))];
    const s = trendSeries(ws, ["need-alignment", "cx-owner"]);
    expect(s.items.map((x) => x.itemKey)).toEqual(["need-alignment", "cx-owner"]);
    const need = s.items[0]!.points;
    waves.forEach((w, i) => {
      const g = w.gaps.find((x) => x.itemKey === "need-alignment")!;
      expect(need[i]!.values).toEqual(g.value);
      expect(need[i]!.gap).toBe(g.gap);
      expect(need[i]!.gapInterval).toEqual(g.tests[0]!.test?.interval ?? null);
    });
    expect(need[3]).toEqual({ wave: 3, values: { marketing: null, it: null }, n: { marketing: 0, it: 0 }, gap: null, gapInterval: null });
    expect(s.items[1]!.points.every((p) => p.gapInterval === null && p.gap === null)).toBe(true); // no headline
  });
  it("is deterministic", () => {
    const rand = mulberry32(5);
    const a = score(q, randomRespondents(q, 12, Math.floor(rand() * 1000)));
    expect(compareWaves(a, waves[0]!, { identicalItems: ALL_KEYS })).toEqual(compareWaves(a, waves[0]!, { identicalItems: ALL_KEYS }));
  });
});
