import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { recommend } from "./recommendations";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_QUESTIONNAIRE as q, randomRespondents, respondent } from "./test-fixtures";
import { allFinite, teamFor } from "./test-arbitraries";
import type { TeamResult } from "./types";

const inRange = (x: number | null) => x === null || (x >= -1e-9 && x <= 100 + 1e-9);

function checkRanges(res: TeamResult) {
  expect(allFinite(res)).toBe(true);
  expect(inRange(res.alignment.index)).toBe(true);
  for (const s of res.imperatives) for (const v of [s.marketing, s.it, s.combined]) expect(inRange(v)).toBe(true);
  for (const v of [res.mirror.accuracy.marketing, res.mirror.accuracy.it, res.mirror.accuracy.combined]) expect(inRange(v)).toBe(true);
  for (const g of res.gaps) {
    expect(inRange(g.distance)).toBe(true);
    expect(inRange(g.absGap)).toBe(true);
    expect(inRange(g.maxAbsGap)).toBe(true);
    for (const v of [g.value.marketing, g.value.it]) expect(inRange(v)).toBe(true);
  }
  for (const it of res.items) for (const side of [it.sides.marketing, it.sides.it]) {
    expect(inRange(side.share)).toBe(true);
    expect(inRange(side.normalizedMean)).toBe(true);
    expect(inRange(side.predicted?.mean ?? null)).toBe(true);
  }
  for (const b of res.benchmarks) {
    expect(inRange(b.org.share)).toBe(true);
    for (const v of [...(b.org.interval ?? []), ...(b.published.interval ?? [])]) expect(inRange(v)).toBe(true);
  }
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
    expect(res.alignment).toEqual({ index: null, meanDistance: null, comparableItems: 0 });
    expect(res.benchmarks.every((b) => b.verdict === "insufficient data")).toBe(true);
    expect(recommend(res, q)).toEqual([]);
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
