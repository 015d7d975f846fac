import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { BenchmarkFigureDef } from "@/lib/benchmarks/types";
import type { QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { midPBinomialTest, midPInterval } from "./binomial-test";
import { figureLookupFrom } from "./figures";
import { newcombeInterval, newcombePValue } from "./newcombe";
import { wilsonInterval } from "./stats";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURES, FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_ITEMS, FIXTURE_QUESTIONNAIRE as q, FIXTURE_SOURCES, respondent } from "./test-fixtures";
import { respondentsFor } from "./test-arbitraries";
import { BENCHMARK_EQUIVALENCE_MARGIN } from "./thresholds";
import type { BenchmarkComparison, FigureLookup, ScoringRespondent } from "./types";

/** n leaders of a side answering `need-alignment` (executive figures are compared with leaders only). */
const many = (side: "marketing" | "it", n: number, value: (i: number) => number, tier: "leader" | "team" = "leader"): ScoringRespondent[] =>
  Array.from({ length: n }, (_, i) => respondent(`${side}${i}`, side, { "need-alignment": value(i) }, tier));
const score = (rs: ScoringRespondent[], lookup: FigureLookup = figures, qq: QuestionnaireDef = q) => scoreTeam(qq, rs, lookup, { bootstrap: 0 });
const cmp = (rs: ScoringRespondent[], id: string, lookup: FigureLookup = figures, qq: QuestionnaireDef = q) =>
  score(rs, lookup, qq).benchmarks.find((b) => b.figureId === id)!;
const item = (key: string) => FIXTURE_ITEMS.find((i) => i.key === key)!;
const withFigures = (...extra: BenchmarkFigureDef[]) =>
  figureLookupFrom([...FIXTURE_FIGURES.filter((f) => !extra.some((e) => e.id === f.id)), ...extra], FIXTURE_SOURCES);
const fig = (id: string) => FIXTURE_FIGURES.find((f) => f.id === id)!;
const pct = (r: readonly [number, number]) => [r[0] * 100, r[1] * 100];

describe("a side against a figure with a known n: Newcombe", () => {
  const res = score([...many("marketing", 5, (i) => (i < 3 ? 5 : 1)), ...many("it", 2, () => 5)]);
  const m = res.benchmarks.find((b) => b.figureId === "fx-need-cmo")!;
  it("our Wilson interval, the published one, and the Newcombe interval of the difference", () => {
    expect(m.side).toBe("marketing");
    expect(m.org).toMatchObject({ n: 5, agreeing: 3, share: 60, tiers: "leaders" });
    expect(m.org.interval![0]).toBeCloseTo(23.07, 2);
    expect(m.org.interval![1]).toBeCloseTo(88.24, 2);
    expect(m.published).toMatchObject({ value: 56, n: 400, bounds: null, subgroup: null }); // the source's marketing sample
    expect(m.published.interval).toEqual(pct(wilsonInterval(224, 400)!));
    expect(m.difference).toBeCloseTo(4, 10);
    expect(m.test).toMatchObject({ method: "newcombe", estimate: expect.closeTo(4, 10), p: newcombePValue({ k: 3, n: 5 }, { k: 224, n: 400 }) });
    expect(m.test!.interval).toEqual(pct(newcombeInterval({ k: 3, n: 5 }, { k: 224, n: 400 })!));
    expect(m.equivalence!.margin).toBe(BENCHMARK_EQUIVALENCE_MARGIN);
    expect(m.verdict).toBe("not distinguishable");
  });
  it("too few answers to tell below 3 (IT: 2 leaders), with the numbers still shown", () => {
    const i = res.benchmarks.find((b) => b.figureId === "fx-need-cio")!;
    expect(i).toMatchObject({ side: "it", verdict: "too few answers to tell", test: null, equivalence: null, org: { n: 2, share: 100 } });
  });
  it("team members are not compared with executive figures", () => {
    const c = cmp(many("marketing", 10, () => 5, "team"), "fx-need-cmo");
    expect(c).toMatchObject({ org: { n: 0, share: null, interval: null, tiers: "leaders" }, verdict: "too few answers to tell", difference: null });
  });
  it("says above / below with enough respondents, about the same from the equivalence test", () => {
    expect(cmp(many("marketing", 40, () => 5), "fx-need-cmo").verdict).toBe("above");
    const lo = cmp(many("marketing", 40, (i) => (i < 8 ? 4 : 2)), "fx-need-cmo");
    expect(lo.org.share).toBe(20);
    expect(lo.verdict).toBe("below");
    const same = cmp(many("marketing", 300, (i) => (i % 25 < 14 ? 5 : 1)), "fx-need-cmo"); // 56%
    expect(same.verdict).toBe("about the same");
  });
});

describe("a side against a figure without a known n, or a verbal bound: mid-p binomial", () => {
  it("unknown n: the mid-p test against the value, the mid-p interval minus the value", () => {
    const rs = Array.from({ length: 4 }, (_, i) => respondent(`m${i}`, "marketing", { "tech-budget-share": i < 3 ? 50 : 10 }, "leader"));
    const c = cmp(rs, "fx-budget-cmo");
    expect(c.published).toMatchObject({ value: 35, n: null, interval: null });
    const ci = midPInterval(3, 4)!;
    expect(c.test).toMatchObject({ method: "mid-p binomial", p: midPBinomialTest(3, 4, 0.35)!.p });
    expect(c.test!.interval![0]).toBeCloseTo((ci[0] - 0.35) * 100, 9);
    expect(c.test!.interval![1]).toBeCloseTo((ci[1] - 0.35) * 100, 9);
    expect(c.org.interval).toEqual(pct(ci));
  });
  it("a verbal bound ('more than half' = 50-60) is tested as a range", () => {
    const lookup = withFigures({ ...fig("fx-need-cmo"), value: 55, bounds: { low: 50, high: 60 } });
    const c = cmp(many("marketing", 10, (i) => (i < 9 ? 5 : 1)), "fx-need-cmo", lookup);
    expect(c.published.bounds).toEqual({ low: 50, high: 60 });
    expect(c.test!.method).toBe("mid-p binomial");
    expect(c.test!.p).toBeCloseTo(midPBinomialTest(9, 10, 0.5, 0.6)!.p, 12);
    const ci = midPInterval(9, 10)!;
    expect(c.test!.interval![0]).toBeCloseTo((ci[0] - 0.6) * 100, 9);
    expect(c.test!.interval![1]).toBeCloseTo((ci[1] - 0.5) * 100, 9);
  });
  it("a subgroup figure has no n unless it states one", () => {
    const lookup = withFigures({ ...fig("fx-need-cmo"), base: { kind: "subgroup", description: "those unprepared" } });
    const c = cmp(many("marketing", 5, () => 5), "fx-need-cmo", lookup);
    expect(c.published).toMatchObject({ n: null, interval: null, subgroup: "those unprepared" });
    expect(c.test!.method).toBe("mid-p binomial");
  });
});

describe("links", () => {
  it("a figure for CMOs and CIOs together is compared with both sides pooled", () => {
    const both: QuestionnaireItemDef = { ...item("need-alignment"), benchmarks: [{ figureId: "fx-both", population: "both", match: { type: "scale-at-least", min: 4 } }] };
    const lookup = withFigures({ ...fig("fx-need-cmo"), id: "fx-both", population: "both", n: 657 });
    const c = cmp([...many("marketing", 3, () => 5), ...many("it", 3, () => 1)], "fx-both", lookup, { ...q, items: [both] });
    expect(c.side).toBe("both");
    expect(c.org).toMatchObject({ n: 6, agreeing: 3, share: 50 });
    expect(c.published.n).toBe(657);
    expect(score([...many("marketing", 3, () => 5), ...many("it", 3, () => 1)], lookup, { ...q, items: [both] }).gapOfGaps).toEqual([]);
  });
  it("a context-only link gets no test and no verdict, and says why", () => {
    const ctx: QuestionnaireItemDef = { ...item("need-alignment"), benchmarks: item("need-alignment").benchmarks.map((l) => ({ ...l, contextOnly: "asked on a 5-point scale" })) };
    const res = score([...many("marketing", 40, () => 5), ...many("it", 40, () => 5)], figures, { ...q, items: [ctx] });
    for (const c of res.benchmarks) expect(c).toMatchObject({ verdict: "context only", test: null, contextOnly: "asked on a 5-point scale" });
    expect(res.gapOfGaps).toEqual([]);
  });
  it("non-percent figures are skipped with a warning; unknown figure ids warn", () => {
    const res = score([respondent("i", "it", { "it-standards": 4 }, "leader")]);
    expect(res.benchmarks.some((x) => x.figureId === "fx-units-rank")).toBe(false);
    expect(res.warnings.some((w) => w.includes("fx-units-rank"))).toBe(true);
    const lookup = figureLookupFrom(FIXTURE_FIGURES.filter((f) => f.id !== "fx-need-cio"), FIXTURE_SOURCES);
    expect(scoreTeam(q, [], lookup).warnings).toContain('Item "need-alignment" links to unknown figure "fx-need-cio".');
  });
  it("a figure's own n wins over its source's sample", () => {
    const res = score([respondent("m", "marketing", { "alignment-drivers": ["customer-insight"] }, "leader")]);
    expect(res.benchmarks.find((b) => b.figureId === "fx-rank-insight-cmo")!.published.n).toBe(100);
  });
});

describe("gap of gaps", () => {
  const gog = (rs: ScoringRespondent[], lookup: FigureLookup = figures) => score(rs, lookup).gapOfGaps.find((g) => g.itemKey === "need-alignment");

  it("org gap − published gap, hand-computed; not distinguishable at 5 + 10", () => {
    // Published: 56 − 77 = −21. Org: 60% vs 70% = −10 → difference +11, magnitude difference −11.
    const g = gog([...many("marketing", 5, (i) => (i < 3 ? 4 : 2)), ...many("it", 10, (i) => (i < 7 ? 4 : 2))])!;
    expect(g.figureIds).toEqual({ marketing: "fx-need-cmo", it: "fx-need-cio" });
    expect(g.published).toEqual({ marketing: 56, it: 77, gap: -21, n: { marketing: 400, it: 250 } });
    expect(g.org.gap).toBeCloseTo(-10, 10);
    expect(g.difference).toBeCloseTo(11, 10);
    expect(g.magnitudeDifference).toBeCloseTo(-11, 10);
    expect(g.test!.method).toBe("newcombe-mover");
    expect(g.interpretation).toBe("not distinguishable");
  });
  it("wider / narrower than published when credible", () => {
    expect(gog([...many("marketing", 60, () => 2), ...many("it", 60, () => 5)])!.interpretation).toBe("wider than published"); // −100 vs −21
    expect(gog([...many("marketing", 80, (i) => (i < 60 ? 4 : 2)), ...many("it", 80, (i) => (i < 60 ? 4 : 2))])!.interpretation).toBe("narrower than published"); // 0 vs −21
  });
  it("too few answers to tell below 3 a side", () => {
    expect(gog([...many("marketing", 2, () => 5), ...many("it", 10, () => 5)])).toMatchObject({ interpretation: "too few answers to tell", test: null });
  });
  it("pairs only a CMO and a CIO figure of the same survey wave", () => {
    const lookup = withFigures({ ...fig("fx-need-cio"), sourceId: "other-wave" });
    expect(gog([...many("marketing", 5, () => 5), ...many("it", 5, () => 5)], lookup)).toBeUndefined();
  });
  it("one pair per option on multi-option items", () => {
    const res = score([respondent("m", "marketing", { obstacles: ["complexity"] }, "leader")]);
    const pairs = res.gapOfGaps.filter((g) => g.itemKey === "obstacles");
    expect(pairs.map((p) => p.option)).toEqual(["marketing-bypassing-it", "complexity"]);
    expect(pairs[1]).toMatchObject({ interpretation: "too few answers to tell", difference: null, test: null, published: { gap: 5 } });
  });
});

// ---------------------------------------------------------------- properties

const leaders = (side: "marketing" | "it") => respondentsFor(q, side, { maxLength: 12 }).map((rs) => rs.map((r) => ({ ...r, tier: "leader" as const })));

function expectInRange(c: BenchmarkComparison) {
  const t = c.test!;
  const [lo, hi] = t.interval!;
  expect(lo).toBeLessThanOrEqual(t.estimate + 1e-9);
  expect(hi).toBeGreaterThanOrEqual(t.estimate - 1e-9);
  expect(lo).toBeGreaterThanOrEqual(-100);
  expect(hi).toBeLessThanOrEqual(100);
  if (t.method === "mid-p binomial") {
    // the published value (or range) is fixed: our share − it lies in [−high, 100 − low]
    const low = c.published.bounds?.low ?? c.published.value;
    const high = c.published.bounds?.high ?? c.published.value;
    expect(lo).toBeGreaterThanOrEqual(-high - 1e-9);
    expect(hi).toBeLessThanOrEqual(100 - low + 1e-9);
  } else {
    // Newcombe: the published share is itself an estimate, so the difference lies in
    // [−(its upper Wilson limit), 100 − (its lower Wilson limit)], a little wider than [−value, 100 − value]
    expect(lo).toBeGreaterThanOrEqual(-c.published.interval![1] - 1e-9);
    expect(hi).toBeLessThanOrEqual(100 - c.published.interval![0] + 1e-9);
  }
  if (Math.abs(t.p - 0.05) > 1e-3) expect(t.p < 0.05).toBe(lo > 0 || hi < 0);
}

describe("properties", () => {
  it("every comparison's interval lies in its possible range, and p < 0.05 ⇔ it excludes 0 (Newcombe and mid-p)", () => {
    fc.assert(
      fc.property(leaders("marketing"), leaders("it"), (m, i) => {
        const res = score([...m, ...i]);
        for (const c of res.benchmarks) {
          if (c.org.interval) {
            expect(c.org.interval[0]).toBeGreaterThanOrEqual(0);
            expect(c.org.interval[1]).toBeLessThanOrEqual(100);
          }
          expect(c.test !== null).toBe(c.org.n >= 3);
          if (c.test) expectInRange(c);
          else expect(c.verdict).toBe("too few answers to tell");
        }
        for (const g of res.gapOfGaps) {
          if (!g.test) continue;
          const [lo, hi] = g.test.interval!;
          const pub = newcombeInterval(
            { k: (g.published.marketing / 100) * g.published.n.marketing!, n: g.published.n.marketing! },
            { k: (g.published.it / 100) * g.published.n.it!, n: g.published.n.it! },
          )!;
          // org gap ∈ [−100, 100], the published gap within its interval: the difference within [−100 − pub hi, 100 − pub lo]
          expect(lo).toBeGreaterThanOrEqual(-100 - pub[1] * 100 - 1e-9);
          expect(hi).toBeLessThanOrEqual(100 - pub[0] * 100 + 1e-9);
          expect(lo).toBeLessThanOrEqual(g.test.estimate + 1e-9);
          expect(hi).toBeGreaterThanOrEqual(g.test.estimate - 1e-9);
          if (Math.abs(g.test.p - 0.05) > 1e-3) expect(g.test.p < 0.05).toBe(lo > 0 || hi < 0);
        }
      }),
      { numRuns: 100 },
    );
  });
  it("a Newcombe comparison can reach just below −published: 0 of 5 against 56% of 400", () => {
    const c = cmp(many("marketing", 5, () => 1), "fx-need-cmo");
    expect(c.test!.interval![0]).toBeLessThan(-56);
    expect(c.test!.interval![0]).toBeGreaterThanOrEqual(-c.published.interval![1]);
  });
});
