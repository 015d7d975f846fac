import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { benjaminiHochberg } from "./fdr";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_QUESTIONNAIRE as q } from "./test-fixtures";
import { respondentsFor } from "./test-arbitraries";
import { FDR_LEVEL, PRACTICAL_GAP, PRACTICAL_MISPREDICTION } from "./thresholds";
import type { EquivalenceStat, GapLabel, TeamResult, TestStat } from "./types";

const leaders = (side: "marketing" | "it") => respondentsFor(q, side, { maxLength: 10 }).map((rs) => rs.map((r) => ({ ...r, tier: "leader" as const })));

function family(res: TeamResult) {
  const tests: TestStat[] = [];
  const eqs: EquivalenceStat[] = [];
  const add = (t: TestStat | null, e: EquivalenceStat | null) => {
    if (t) tests.push(t);
    if (e) eqs.push(e);
  };
  for (const g of res.gaps) for (const t of g.tests) add(t.test, t.equivalence);
  for (const c of res.benchmarks) add(c.test, c.equivalence);
  for (const m of res.mirror.items) for (const p of [m.predictions.marketing, m.predictions.it]) add(p.test, p.equivalence);
  for (const g of res.gapOfGaps) add(g.test, g.equivalence);
  for (const i of res.imperatives) for (const t of [i.low.marketing.test, i.low.it.test]) add(t, null);
  return { tests, eqs };
}

const credible = (t: TestStat | null) => t !== null && t.q !== null && t.q <= FDR_LEVEL;
const equivalent = (e: EquivalenceStat | null) => e !== null && e.q !== null && e.q <= FDR_LEVEL;

describe("applyFalseDiscoveryControl (through scoreTeam)", () => {
  it("counts the family, adjusts every p by Benjamini-Hochberg, and labels only from the adjusted q", () => {
    fc.assert(
      fc.property(leaders("marketing"), leaders("it"), (m, i) => {
        const res = scoreTeam(q, [...m, ...i], figures, { bootstrap: 0 });
        const { tests, eqs } = family(res);
        expect(res.family).toEqual({ tests: tests.length, equivalenceTests: eqs.length, level: FDR_LEVEL });
        const qs = benjaminiHochberg(tests.map((t) => t.p));
        tests.forEach((t, k) => expect(t.q).toBe(qs[k]));
        const qe = benjaminiHochberg(eqs.map((e) => e.p));
        eqs.forEach((e, k) => expect(e.q).toBe(qe[k]));

        for (const g of res.gaps) {
          for (const t of g.tests) {
            if (!t.test) continue;
            const want: GapLabel = credible(t.test) ? (Math.abs(t.test.estimate) >= PRACTICAL_GAP ? "wide" : "small") : equivalent(t.equivalence) ? "about the same" : "not distinguishable";
            expect(t.label).toBe(want);
          }
          const ls = g.tests.map((t) => t.label);
          const item: GapLabel =
            ls.length === 0 ? "not distinguishable"
            : ls.includes("wide") ? "wide"
            : ls.every((l) => l === "about the same") ? "about the same"
            : ls.every((l) => l === "too few answers to tell") ? "too few answers to tell"
            : ls.includes("small") ? "small"
            : "not distinguishable";
          expect(g.label).toBe(item);
        }
        for (const c of res.benchmarks) {
          if (!c.test) continue;
          expect(c.verdict).toBe(credible(c.test) ? (c.test.estimate > 0 ? "above" : "below") : equivalent(c.equivalence) ? "about the same" : "not distinguishable");
        }
        for (const it of res.mirror.items) {
          for (const p of [it.predictions.marketing, it.predictions.it]) {
            if (!p.test) continue;
            expect(p.label).toBe(credible(p.test) && Math.abs(p.test.estimate) >= PRACTICAL_MISPREDICTION ? "off" : equivalent(p.equivalence) ? "close" : "not distinguishable");
          }
        }
        for (const imp of res.imperatives) {
          for (const side of ["marketing", "it"] as const) {
            const low = imp.low[side];
            if (low.test) expect(low.label).toBe(credible(low.test) ? "low" : "not distinguishable");
            else expect(low.label).toBe("too few answers to tell");
          }
        }
        for (const g of res.gapOfGaps) {
          if (!g.test) {
            expect(g.interpretation).toBe("too few answers to tell");
            continue;
          }
          // read in the published gap's direction: wider = credibly further that way, narrower = less far or reversed
          const towards = (Math.sign(g.published.gap) || Math.sign(g.org.gap ?? 0)) * g.test.estimate;
          if (g.interpretation === "wider than published") expect(credible(g.test) && towards > 0).toBe(true);
          if (g.interpretation === "narrower than published") expect(credible(g.test) && towards < 0).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });
  it("an empty team has an empty family", () => {
    expect(scoreTeam(q, [], figures).family).toEqual({ tests: 0, equivalenceTests: 0, level: FDR_LEVEL });
  });
});
