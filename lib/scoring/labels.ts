// The false-discovery step: every test of one assessment is one family (Benjamini-Hochberg), every equivalence
// test another; labels are read from the adjusted p-values (q) only. Mutates the result it is given.
import { benjaminiHochberg } from "./fdr";
import { FDR_LEVEL, PRACTICAL_GAP, PRACTICAL_MISPREDICTION } from "./thresholds";
import type { EquivalenceStat, GapLabel, TeamResult, TestStat } from "./types";

export function applyFalseDiscoveryControl(result: Omit<TeamResult, "family" | "answers" | "warnings">, level: number = FDR_LEVEL): TeamResult["family"] {
  const tests: TestStat[] = [];
  const equivalences: EquivalenceStat[] = [];
  const add = (t: TestStat | null, e: EquivalenceStat | null) => {
    if (t) tests.push(t);
    if (e) equivalences.push(e);
  };
  for (const g of result.gaps) for (const t of g.tests) add(t.test, t.equivalence);
  for (const c of result.benchmarks) add(c.test, c.equivalence);
  for (const m of result.mirror.items) for (const p of [m.predictions.marketing, m.predictions.it]) add(p.test, p.equivalence);
  for (const g of result.gapOfGaps) add(g.test, g.equivalence);
  for (const i of result.imperatives) {
    add(i.low.marketing.test, null);
    add(i.low.it.test, null);
  }

  benjaminiHochberg(tests.map((t) => t.p)).forEach((q, i) => (tests[i]!.q = q));
  benjaminiHochberg(equivalences.map((e) => e.p)).forEach((q, i) => (equivalences[i]!.q = q));
  const credible = (t: TestStat | null) => t !== null && t.q !== null && t.q <= level;
  const equivalent = (e: EquivalenceStat | null) => e !== null && e.q !== null && e.q <= level;

  for (const g of result.gaps) {
    for (const t of g.tests) {
      if (!t.test) continue;
      t.label = credible(t.test) ? (Math.abs(t.test.estimate) >= PRACTICAL_GAP ? "wide" : "small") : equivalent(t.equivalence) ? "about the same" : "not distinguishable";
    }
    g.label = itemLabel(g.tests.map((t) => t.label));
  }
  for (const c of result.benchmarks) {
    if (!c.test) continue;
    c.verdict = credible(c.test) ? (c.test.estimate > 0 ? "above" : "below") : equivalent(c.equivalence) ? "about the same" : "not distinguishable";
  }
  for (const m of result.mirror.items) {
    for (const p of [m.predictions.marketing, m.predictions.it]) {
      if (!p.test) continue;
      p.label = credible(p.test) && Math.abs(p.test.estimate) >= PRACTICAL_MISPREDICTION ? "off" : equivalent(p.equivalence) ? "close" : "not distinguishable";
    }
  }
  for (const g of result.gapOfGaps) {
    if (!g.test) continue;
    // the test is of the signed difference (our gap − published gap), so the label is read in the published
    // gap's direction: "wider" = credibly further that way; "narrower" = credibly less far (or reversed)
    const direction = Math.sign(g.published.gap) || Math.sign(g.org.gap ?? 0);
    const towards = direction * g.test.estimate;
    g.interpretation =
      credible(g.test) && towards !== 0
        ? towards > 0 ? "wider than published" : "narrower than published"
        : equivalent(g.equivalence) ? "about the same" : "not distinguishable";
  }
  for (const i of result.imperatives) {
    for (const side of ["marketing", "it"] as const) {
      const low = i.low[side];
      if (low.test) low.label = credible(low.test) ? "low" : "not distinguishable";
    }
  }
  return { tests: tests.length, equivalenceTests: equivalences.length, level };
}

function itemLabel(labels: readonly GapLabel[]): GapLabel {
  if (labels.length === 0) return "not distinguishable";
  if (labels.includes("wide")) return "wide";
  if (labels.every((l) => l === "about the same")) return "about the same";
  if (labels.every((l) => l === "too few answers to tell")) return "too few answers to tell";
  if (labels.includes("small")) return "small";
  return "not distinguishable";
}
