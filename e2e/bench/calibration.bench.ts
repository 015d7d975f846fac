// Calibration bench of the scoring model (issue 11): false alarms, power and the spread of recommendations on
// simulated teams of 2+2 … 30+30 leaders answering questionnaire v2 (BENCH_VERSION=v1 for v1's items).
// Not a timed test: it prints tables. Run: npm run bench:calibration   (BENCH_TEAMS=200 for a quick run)
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES } from "@/lib/benchmarks/builtin";
import type { BenchmarkFigureDef } from "@/lib/benchmarks/types";
import { QUESTIONNAIRES } from "@/lib/questionnaire/builtin";
import { withContextOnly } from "@/lib/questionnaire/comparability";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { figureLookupFrom, recommend, scoreTeam } from "@/lib/scoring";
import { matchesPredicate } from "@/lib/scoring/answers";
import { comparedQuestionnaire } from "@/lib/results/items";
import { mulberry32 } from "@/lib/scoring/prng";
import { alikeWorld, drawAnswer, randomWorld, simulateTeam, type World } from "@/lib/scoring/simulate";
import type { FigureLookup, TeamResult } from "@/lib/scoring/types";

const TEAMS = Number(process.env.BENCH_TEAMS ?? 1000);
const SIZES = (process.env.BENCH_SIZES ?? "2,3,5,10,30").split(",").map(Number);
const VERSION = process.env.BENCH_VERSION ?? "v2";
// as stored: v1's context-only reasons on its links
const q: QuestionnaireDef = comparedQuestionnaire(withContextOnly(QUESTIONNAIRES.find((x) => x.version === VERSION)!));
const real = figureLookupFrom(BENCHMARK_FIGURES, BENCHMARK_SOURCES);

/** True share of every linked predicate in a world (10,000 draws per item; ±1 point). */
function truths(world: World): Map<string, number> {
  const rand = mulberry32(7);
  const out = new Map<string, number>();
  for (const item of q.items) {
    for (const link of item.benchmarks) {
      const side = link.population === "both" ? "marketing" : link.population;
      let k = 0;
      const draws = 10_000;
      for (let i = 0; i < draws; i++) {
        const a = drawAnswer(item, world[item.key]![side], rand, null);
        if (matchesPredicate(link.match, a, link.option)) k++;
      }
      out.set(link.figureId, k / draws);
    }
  }
  return out;
}

/** The catalogue with every linked figure moved to `value(truth)`; verbal bounds keep their width around it. */
function shiftedCatalogue(truth: Map<string, number>, value: (f: BenchmarkFigureDef, t: number, rand: () => number) => number, seed: number): FigureLookup {
  const rand = mulberry32(seed);
  const figures = BENCHMARK_FIGURES.map((f) => {
    const t = truth.get(f.id);
    if (t === undefined) return f;
    const v = value(f, t, rand);
    const out: BenchmarkFigureDef = { ...f, value: v };
    if (f.bounds) {
      const lo = Math.max(0, v - (f.value - f.bounds.low));
      const hi = Math.min(100, v + (f.bounds.high - f.value));
      out.bounds = { low: Math.min(lo, v), high: Math.max(hi, v) };
    }
    return out;
  });
  return figureLookupFrom(figures, BENCHMARK_SOURCES);
}

/** A published figure drawn from its own sample (n known) or the truth itself (n unknown). */
function published(figures: FigureLookup) {
  return (f: BenchmarkFigureDef, t: number, rand: () => number) => {
    const n = figures.sampleSize(f);
    if (n === null || f.bounds) return 100 * t;
    let k = 0;
    for (let i = 0; i < n; i++) if (rand() < t) k++;
    return (100 * k) / n;
  };
}

interface Labels {
  comparisons: number;
  labelled: number;
}
function labels(r: TeamResult): Labels {
  const out: Labels = { comparisons: 0, labelled: 0 };
  const count = (tested: boolean, labelled: boolean) => {
    if (!tested) return;
    out.comparisons++;
    if (labelled) out.labelled++;
  };
  for (const g of r.gaps) for (const t of g.tests) count(t.test !== null, t.label === "wide");
  for (const c of r.benchmarks) count(c.test !== null, c.verdict === "above" || c.verdict === "below");
  for (const m of r.mirror.items) for (const p of [m.predictions.marketing, m.predictions.it]) count(p.test !== null, p.label === "off");
  for (const g of r.gapOfGaps) count(g.test !== null, g.interpretation.endsWith("than published"));
  for (const i of r.imperatives) for (const s of [i.low.marketing, i.low.it]) count(s.test !== null, s.label === "low");
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};
const pc = (x: number) => `${(100 * x).toFixed(1)}%`;

const alike = alikeWorld(q);
const alikeTruth = truths(alike);
const started = Date.now();
console.log(`Calibration of scoring model v2 on questionnaire ${q.version} (${q.items.length} compared items), ${TEAMS} simulated teams per size, every respondent a leader.\n`);

// 1. No true difference: both sides and the published figure from the same distribution.
console.log("1. No true difference (sides alike; each published figure drawn from its own sample of the same distribution)");
console.log("| team | comparisons per team | labelled per comparison | teams with any label | teams with any recommendation | alignment index median (IQR) |");
console.log("|---|---|---|---|---|---|");
const nullRows: string[] = [];
for (const size of SIZES) {
  let comparisons = 0;
  let labelled = 0;
  let teamsLabelled = 0;
  let teamsRecommended = 0;
  const index: number[] = [];
  for (let t = 0; t < TEAMS; t++) {
    const figures = shiftedCatalogue(alikeTruth, published(real), 1000 + t);
    const r = scoreTeam(q, simulateTeam(q, alike, size, 1_000_000 * size + t), figures, { bootstrap: 0 });
    const l = labels(r);
    comparisons += l.comparisons;
    labelled += l.labelled;
    if (l.labelled > 0) teamsLabelled++;
    if (recommend(r, q).length > 0) teamsRecommended++;
    if (r.alignment.index !== null) index.push(r.alignment.index);
  }
  const sorted = [...index].sort((a, b) => a - b);
  const q1 = sorted[Math.floor(sorted.length / 4)] ?? NaN;
  const q3 = sorted[Math.floor((3 * sorted.length) / 4)] ?? NaN;
  const row = `| ${size}+${size} | ${(comparisons / TEAMS).toFixed(1)} | ${pc(labelled / Math.max(1, comparisons))} | ${pc(teamsLabelled / TEAMS)} | ${pc(teamsRecommended / TEAMS)} | ${median(index).toFixed(1)} (${q1.toFixed(1)}-${q3.toFixed(1)}) |`;
  nullRows.push(row);
  console.log(row);
}

// 2. Power: a 30-point gap between the sides on every agreement and yes-no item; a side 20 points from the figure.
console.log("\n2. Power (share of true effects labelled)");
console.log("| team | 30-point gap labelled \"wide\" | 20 points from the published figure labelled above/below (right way) |");
console.log("|---|---|---|");
const gapWorld: World = {};
for (const item of q.items) {
  const scalar = item.kind === "agreement" || item.kind === "yes-no";
  gapWorld[item.key] = scalar ? { marketing: { share: 0.65 }, it: { share: 0.35 } } : alike[item.key]!;
}
const shifted = shiftedCatalogue(alikeTruth, (_f, t) => 100 * (t >= 0.5 ? t - 0.2 : t + 0.2), 5);
for (const size of SIZES) {
  let gapTests = 0;
  let gapHits = 0;
  let benchTests = 0;
  let benchHits = 0;
  for (let t = 0; t < TEAMS; t++) {
    const r = scoreTeam(q, simulateTeam(q, gapWorld, size, 2_000_000 * size + t), real, { bootstrap: 0 });
    for (const g of r.gaps) {
      if (g.kind !== "agreement" && g.kind !== "yes-no") continue;
      const head = g.tests[0];
      if (!head) continue;
      gapTests++;
      if (head.label === "wide") gapHits++;
    }
    const b = scoreTeam(q, simulateTeam(q, alike, size, 3_000_000 * size + t), shifted, { bootstrap: 0 });
    for (const c of b.benchmarks) {
      if (c.contextOnly) continue;
      const truth = alikeTruth.get(c.figureId);
      if (truth === undefined) continue;
      benchTests++;
      const expected = truth >= 0.5 ? "above" : "below";
      if (c.verdict === expected) benchHits++;
    }
  }
  console.log(`| ${size}+${size} | ${pc(gapHits / Math.max(1, gapTests))} | ${pc(benchHits / Math.max(1, benchTests))} |`);
}

// 3. Random true effects: which action comes first, and which imperatives reach the top 5.
console.log("\n3. Random true effects (each option and item share drawn from 10-90% per side, each published figure too)");
for (const size of SIZES.filter((s) => s >= 5)) {
  const first = new Map<string, number>();
  const top5 = new Map<string, number>();
  let none = 0;
  const rand = mulberry32(size);
  for (let t = 0; t < TEAMS; t++) {
    const world = randomWorld(q, rand);
    const randomFigures = shiftedCatalogue(alikeTruth, () => 10 + 80 * rand(), t);
    const r = scoreTeam(q, simulateTeam(q, world, size, 4_000_000 * size + t), randomFigures, { bootstrap: 0 });
    const recs = recommend(r, q);
    if (recs.length === 0) {
      none++;
      continue;
    }
    first.set(recs[0]!.action.id, (first.get(recs[0]!.action.id) ?? 0) + 1);
    for (const imp of new Set(recs.map((x) => x.action.imperative))) top5.set(imp, (top5.get(imp) ?? 0) + 1);
  }
  const firstSorted = [...first.entries()].sort((a, b) => b[1] - a[1]);
  console.log(`\n${size}+${size}: no recommendation ${pc(none / TEAMS)}; most frequent #1: ${firstSorted.slice(0, 5).map(([id, c]) => `${id} ${pc(c / TEAMS)}`).join(", ")}`);
  console.log(`  imperatives in the top 5: ${[...top5.entries()].sort((a, b) => b[1] - a[1]).map(([id, c]) => `${id} ${pc(c / TEAMS)}`).join(", ")}`);
  const worst = firstSorted[0]?.[1] ?? 0;
  console.log(`  largest share of teams with the same #1: ${pc(worst / TEAMS)} (target ≤ 30%)`);
}

const medians = nullRows.map((r) => Number(r.split("|")[6]!.trim().split(" ")[0]));
console.log(`\nAlignment index medians under no difference: ${medians.join(", ")} (spread ${(Math.max(...medians) - Math.min(...medians)).toFixed(1)} points; target ≤ 5)`);
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
