import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { recommend } from "./recommendations";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_QUESTIONNAIRE as q, randomRespondents, respondent } from "./test-fixtures";
import { allFinite, teamFor } from "./test-arbitraries";
import type { TeamResult } from "./types";

const inRange = (x: number | null) => x === null || (x >= -1e-9 && x <= 100 + 1e-9);
const inDiffRange = (x: number) => x >= -100 - 1e-9 && x <= 100 + 1e-9;

function checkRanges(res: TeamResult) {
  expect(allFinite(res)).toBe(true);
  expect(inRange(res.alignment.index)).toBe(true);
  for (const s of res.imperatives) for (const v of [s.marketing, s.it, s.combined]) expect(inRange(v)).toBe(true);
  for (const v of [res.mirror.accuracy.marketing, res.mirror.accuracy.it, res.mirror.accuracy.combined]) expect(inRange(v)).toBe(true);
  for (const g of res.gaps) {
    expect(inRange(g.distance)).toBe(true);
    expect(inRange(g.absGap)).toBe(true);
    for (const v of [g.value.marketing, g.value.it]) expect(inRange(v)).toBe(true);
    for (const t of g.tests) {
      for (const v of t.test?.interval ?? []) expect(inDiffRange(v)).toBe(true);
      if (t.test) expect(t.test.interval![0] <= t.test.estimate + 1e-9 && t.test.estimate <= t.test.interval![1] + 1e-9).toBe(true);
      if (t.n.marketing < 3 || t.n.it < 3) expect(t.label).toBe("too few answers to tell");
    }
  }
  expect(inRange(res.alignment.interval?.[0] ?? null) && inRange(res.alignment.interval?.[1] ?? null)).toBe(true);
  for (const it of res.items) for (const side of [it.sides.marketing, it.sides.it]) {
    expect(inRange(side.share)).toBe(true);
    expect(inRange(side.normalizedMean)).toBe(true);
    expect(inRange(side.predicted?.mean ?? null)).toBe(true);
  }
  for (const b of res.benchmarks) {
    expect(inRange(b.org.share)).toBe(true);
    for (const v of [...(b.org.interval ?? []), ...(b.published.interval ?? [])]) expect(inRange(v)).toBe(true);
    // ours − published lies in [−published, 100 − published] (or the range of a verbal bound)
    const lo = -(b.published.bounds?.high ?? b.published.value);
    const hi = 100 - (b.published.bounds?.low ?? b.published.value);
    for (const v of b.test?.interval ?? []) expect(v >= lo - 1e-6 && v <= hi + 1e-6).toBe(true);
  }
  for (const i of res.imperatives) for (const iv of [i.intervals.marketing, i.intervals.it, i.intervals.combined]) for (const v of iv ?? []) expect(inRange(v)).toBe(true);
}

describe("scoreTeam properties", () => {
  it("every score, share and index is in [0, 100] or null, and no number is NaN or infinite (malformed answers included)", () => {
    fc.assert(
      fc.property(teamFor(q, { malformed: true }), ([m, i]) => {
        const res = scoreTeam(q, [...m, ...i], figures);
        checkRanges(res);
        const recs = recommend(res, q, { limit: 50 });
        expect(allFinite(recs)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it("empty and single-respondent sides give defined results", () => {
    fc.assert(
      fc.property(teamFor(q, { maxLength: 1 }), ([m, i]) => {
        const res = scoreTeam(q, [...m, ...i], figures);
        checkRanges(res);
        expect(res.counts).toEqual({ marketing: m.length, it: i.length });
        if (m.length === 0 || i.length === 0) {
          expect(res.alignment.index).toBeNull();
          expect(res.gaps.every((g) => g.gap === null && g.distance === null)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
  it("an empty organisation gives nulls everywhere and no recommendations", () => {
    const res = scoreTeam(q, [], figures);
    checkRanges(res);
    expect(res.alignment).toEqual({ index: null, interval: null, meanDistance: null, meanChanceDistance: null, comparableItems: 0 });
    expect(res.benchmarks.every((b) => b.verdict === "too few answers to tell")).toBe(true);
    expect(res.family.tests).toBe(0);
    expect(res.anecdotal).toEqual({ marketing: true, it: true });
    expect(recommend(res, q)).toEqual([]);
  });
  it("swapping the sides mirrors every gap (estimate, interval, p) and keeps the alignment index", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(teamFor(q), ([m, i]) => {
        const swap = (r: (typeof m)[number]) => ({ ...r, side: r.side === "marketing" ? ("it" as const) : ("marketing" as const) });
        const a = scoreTeam(q, [...m, ...i], figures, { bootstrap: 0 });
        const b = scoreTeam(q, [...m, ...i].map(swap), figures, { bootstrap: 0 });
        if (a.alignment.index === null) expect(b.alignment.index).toBeNull();
        else expect(b.alignment.index).toBeCloseTo(a.alignment.index, 6);
        a.gaps.forEach((g, j) =>
          g.tests.forEach((t, k) => {
            const u = b.gaps[j]!.tests[k]!;
            if (t.estimate === null) return expect(u.estimate).toBeNull();
            expect(u.estimate).toBeCloseTo(-t.estimate, 9);
            // (labels may differ: the false-discovery family also holds the comparisons with each side's own
            // published figures, which do not swap; gaps.test.ts checks labels without them)
            if (t.test) {
              expect(u.test!.p).toBeCloseTo(t.test.p, 9);
              expect(u.test!.interval![0]).toBeCloseTo(-t.test.interval![1], 6);
              expect(u.test!.interval![1]).toBeCloseTo(-t.test.interval![0], 6);
            }
          }),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe("no finding from too few answers (issue 11 acceptance)", () => {
  it("two and two people answering opposite ways get no wide gap, no verdict and no recommendation, and the result says why", () => {
    const answers = (v: number, yes: boolean) => ({ "need-alignment": v, "cross-trained": yes, "trust-bypass-vendor": v });
    const rs = [
      respondent("m1", "marketing", answers(5, true)),
      respondent("m2", "marketing", answers(5, true)),
      respondent("i1", "it", answers(1, false)),
      respondent("i2", "it", answers(1, false)),
    ];
    const res = scoreTeam(q, rs, figures);
    expect(res.gaps.find((g) => g.itemKey === "need-alignment")!.gap).toBe(100);
    expect(res.gaps.flatMap((g) => g.tests).every((t) => t.label === "too few answers to tell" && t.test === null)).toBe(true);
    expect(res.gaps.some((g) => g.label === "wide")).toBe(false);
    expect(res.benchmarks.every((b) => b.verdict === "too few answers to tell")).toBe(true);
    expect(res.anecdotal).toEqual({ marketing: true, it: true });
    expect(recommend(res, q)).toEqual([]);
  });
  it("counts every test it labels in one false-discovery family", () => {
    const res = scoreTeam(q, randomRespondents(q, 40, 3), figures);
    const tests =
      res.gaps.flatMap((g) => g.tests).filter((t) => t.test).length +
      res.benchmarks.filter((b) => b.test).length +
      res.mirror.items.flatMap((m) => [m.predictions.marketing, m.predictions.it]).filter((p) => p.test).length +
      res.gapOfGaps.filter((g) => g.test).length +
      res.imperatives.flatMap((i) => [i.low.marketing, i.low.it]).filter((l) => l.test).length;
    expect(res.family.tests).toBe(tests);
    expect(tests).toBeGreaterThan(10);
    for (const g of res.gaps) for (const t of g.tests) if (t.test) expect(t.test.q).not.toBeNull();
  });
  it("is deterministic and does not mutate its input", () => {
    const rs = randomRespondents(q, 50, 7);
    const copy = structuredClone(rs);
    expect(scoreTeam(q, rs, figures)).toEqual(scoreTeam(q, rs, figures));
    expect(rs).toEqual(copy);
  });
});

describe("scoreTeam options and input handling", () => {
  it("filters by tier", () => {
    const rs = [respondent("m1", "marketing", { "need-alignment": 5 }, "leader"), respondent("m2", "marketing", { "need-alignment": 1 }, "team")];
    const res = scoreTeam(q, rs, figures, { tiers: ["leader"] });
    expect(res.counts).toEqual({ marketing: 1, it: 0 });
    expect(res.items[0]!.sides.marketing.share).toBe(100);
  });
  it("ignores malformed answers as if unanswered", () => {
    const res = scoreTeam(q, [respondent("m1", "marketing", { "need-alignment": 9 }), respondent("m2", "marketing", { "need-alignment": 4 })], figures);
    expect(res.items[0]!.sides.marketing).toMatchObject({ n: 1, share: 100 });
  });
  it("keeps answers without respondent ids", () => {
    const res = scoreTeam(q, [respondent("m1", "marketing", { "need-alignment": 4, comments: "hello" })], figures);
    expect(res.answers["need-alignment"]).toEqual({ marketing: [4], it: [] });
    expect(JSON.stringify(res.answers)).not.toContain("m1");
  });
});
