import { describe, it, expect } from "vitest";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { GAP_TOLERANCE, verdict } from "./benchmark";
import { figureLookupFrom } from "./figures";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURES, FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_ITEMS, FIXTURE_QUESTIONNAIRE as q, FIXTURE_SOURCES, respondent } from "./test-fixtures";
import type { ScoringRespondent } from "./types";

const many = (side: "marketing" | "it", n: number, value: (i: number) => number): ScoringRespondent[] =>
  Array.from({ length: n }, (_, i) => respondent(`${side}${i}`, side, { "need-alignment": value(i) }));

describe("verdict rule", () => {
  it("above/below only when the intervals do not overlap", () => {
    expect(verdict([60, 90], [40, 50], 45)).toBe("above");
    expect(verdict([10, 30], [40, 50], 45)).toBe("below");
    expect(verdict([10, 40], [40, 50], 45)).toBe("not distinguishable"); // touching
    expect(verdict(null, [40, 50], 45)).toBe("insufficient data");
  });
  it("treats the published figure as a point when its n is unknown", () => {
    expect(verdict([50, 60], null, 45)).toBe("above");
    expect(verdict([40, 60], null, 45)).toBe("not distinguishable");
  });
});

describe("benchmark comparisons", () => {
  it("compare each side with its own population's figure, Wilson vs normal interval", () => {
    const res = scoreTeam(q, [...many("marketing", 5, (i) => (i < 3 ? 5 : 1)), ...many("it", 2, () => 5)], figures);
    const m = res.benchmarks.find((b) => b.figureId === "fx-need-cmo")!;
    expect(m.side).toBe("marketing");
    expect(m.org).toMatchObject({ n: 5, agreeing: 3, share: 60 });
    expect(m.org.interval![0]).toBeCloseTo(23.07, 2);
    expect(m.org.interval![1]).toBeCloseTo(88.24, 2);
    expect(m.published.n).toBe(400); // from the source's marketing sample
    expect(m.difference).toBeCloseTo(4, 10);
    expect(m.verdict).toBe("not distinguishable");
    const i = res.benchmarks.find((b) => b.figureId === "fx-need-cio")!;
    expect(i.side).toBe("it");
    expect(i.org.share).toBe(100);
  });
  it("says above / below with enough respondents", () => {
    const hi = scoreTeam(q, many("marketing", 40, () => 5), figures).benchmarks.find((b) => b.figureId === "fx-need-cmo")!;
    expect(hi.verdict).toBe("above");
    const lo = scoreTeam(q, many("marketing", 40, (i) => (i < 8 ? 4 : 2)), figures).benchmarks.find((b) => b.figureId === "fx-need-cmo")!;
    expect(lo.org.share).toBe(20);
    expect(lo.verdict).toBe("below");
  });
  it("insufficient data when the side has no respondents", () => {
    const res = scoreTeam(q, many("marketing", 3, () => 5), figures);
    expect(res.benchmarks.find((b) => b.figureId === "fx-need-cio")!).toMatchObject({ verdict: "insufficient data", difference: null, org: { n: 0, share: null, interval: null } });
  });
  it("published interval null when the sample size is unknown; non-percent figures are skipped with a warning", () => {
    const res = scoreTeam(q, [respondent("m", "marketing", { "tech-budget-share": 50 }), respondent("i", "it", { "it-standards": 4 })], figures);
    const b = res.benchmarks.find((x) => x.figureId === "fx-budget-cmo")!;
    expect(b.published).toEqual({ value: 35, n: null, interval: null });
    expect(res.benchmarks.some((x) => x.figureId === "fx-units-rank")).toBe(false);
    expect(res.warnings.some((w) => w.includes("fx-units-rank"))).toBe(true);
  });
  it("warns about unknown figure ids", () => {
    const lookup = figureLookupFrom(FIXTURE_FIGURES.filter((f) => f.id !== "fx-need-cio"), FIXTURE_SOURCES);
    expect(scoreTeam(q, [], lookup).warnings).toContain('Item "need-alignment" links to unknown figure "fx-need-cio".');
  });
  it("a figure's own n wins over its source's sample", () => {
    const res = scoreTeam(q, [respondent("m", "marketing", { "alignment-drivers": ["customer-insight"] })], figures);
    expect(res.benchmarks.find((b) => b.figureId === "fx-rank-insight-cmo")!.published.n).toBe(100);
  });
});

describe("gap of gaps", () => {
  const gog = (rs: ScoringRespondent[], key = "need-alignment") => scoreTeam(q, rs, figures).gapOfGaps.find((g) => g.itemKey === key)!;

  it("org gap − published gap, with the interpretation rule", () => {
    // Published: 56 − 77 = −21. Org: 60% vs 70% = −10 → magnitude difference −11 (beyond tolerance), small n.
    const g = gog([...many("marketing", 5, (i) => (i < 3 ? 4 : 2)), ...many("it", 10, (i) => (i < 7 ? 4 : 2))]);
    expect(g.published).toEqual({ marketing: 56, it: 77, gap: -21, n: { marketing: 400, it: 250 } });
    expect(g.org.gap).toBeCloseTo(-10, 10);
    expect(g.difference).toBeCloseTo(11, 10);
    expect(g.magnitudeDifference).toBeCloseTo(-11, 10);
    expect(g.interpretation).toBe("not distinguishable");
    expect(g.leaning).toBe("narrower");
  });
  it("about the same within the tolerance", () => {
    const g = gog([...many("marketing", 10, (i) => (i < 6 ? 4 : 2)), ...many("it", 10, (i) => (i < 8 ? 4 : 2))]);
    expect(Math.abs(g.magnitudeDifference!)).toBeLessThanOrEqual(GAP_TOLERANCE);
    expect(g.interpretation).toBe("about the same");
  });
  it("wider / narrower than published when the interval excludes 0", () => {
    const wide = gog([...many("marketing", 60, () => 2), ...many("it", 60, () => 5)]); // −100 vs −21
    expect(wide.interpretation).toBe("wider than published");
    expect(wide.interval![1]).toBeLessThan(0);
    const narrow = gog([...many("marketing", 80, (i) => (i < 60 ? 4 : 2)), ...many("it", 80, (i) => (i < 60 ? 4 : 2))]); // 0 vs −21
    expect(narrow.interpretation).toBe("narrower than published");
  });
  it("flags a reversed direction", () => {
    const g = gog([...many("marketing", 40, () => 5), ...many("it", 40, () => 1)]); // +100 vs −21
    expect(g.reversed).toBe(true);
  });
  it("one pair per option on multi-option items; insufficient data with an empty side", () => {
    const res = scoreTeam(q, [respondent("m", "marketing", { obstacles: ["complexity"] })], figures);
    const pairs = res.gapOfGaps.filter((g) => g.itemKey === "obstacles");
    expect(pairs.map((p) => p.option)).toEqual(["marketing-bypassing-it", "complexity"]);
    expect(pairs[1]).toMatchObject({ interpretation: "insufficient data", difference: null, interval: null, published: { gap: 5 } });
  });
  it("needs both a marketing and an IT figure", () => {
    const only: QuestionnaireDef = { ...q, items: FIXTURE_ITEMS.filter((i) => i.key === "priority-mirror") };
    expect(scoreTeam(only, [], figures).gapOfGaps).toEqual([]);
  });
});
