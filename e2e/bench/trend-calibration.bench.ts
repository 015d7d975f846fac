// Calibration of the trends between waves (lib/scoring/trend.ts, issue 15): false alarms and power on simulated
// pairs of waves of 2+2 … 30+30 leaders answering questionnaire v2, every item asked identically in both waves.
// Not a timed test: it prints tables. Run: npx tsx e2e/bench/trend-calibration.bench.ts
//   BENCH_PAIRS (default 200: pairs per size without a change), BENCH_POWER_PAIRS (default 100 per size and
//   change), BENCH_SIZES (default 2,3,5,10,30), BENCH_BOOTSTRAP (default 200, the app's: the index's interval).
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES } from "@/lib/benchmarks/builtin";
import { IMPERATIVE_IDS } from "@/lib/domain";
import { QUESTIONNAIRES } from "@/lib/questionnaire/builtin";
import { withContextOnly } from "@/lib/questionnaire/comparability";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { compareWaves, figureLookupFrom, scoreTeam, trendComparisons, type TrendResult } from "@/lib/scoring";
import { comparedQuestionnaire } from "@/lib/results/items";
import { mulberry32 } from "@/lib/scoring/prng";
import { isScored } from "@/lib/scoring/answers";
import { randomWorld, simulateTeam, type World } from "@/lib/scoring/simulate";

const PAIRS = Number(process.env.BENCH_PAIRS ?? 200);
const POWER_PAIRS = Number(process.env.BENCH_POWER_PAIRS ?? 100);
const SIZES = (process.env.BENCH_SIZES ?? "2,3,5,10,30").split(",").map(Number);
const BOOTSTRAP = Number(process.env.BENCH_BOOTSTRAP ?? 200);
const q: QuestionnaireDef = comparedQuestionnaire(withContextOnly(QUESTIONNAIRES.find((x) => x.version === "v2")!));
const figures = figureLookupFrom(BENCHMARK_FIGURES, BENCHMARK_SOURCES);
const identicalItems = q.items.map((i) => i.key);
const scalar = new Set(q.items.filter((i) => i.kind === "agreement" || i.kind === "yes-no").map((i) => i.key));

const wave = (world: World, size: number, seed: number) => scoreTeam(q, simulateTeam(q, world, size, seed), figures, { bootstrap: BOOTSTRAP });
const pc = (x: number, d = 1) => `${(100 * x).toFixed(d)}%`;
const labelled = (l: string) => l === "rising" || l === "falling";

/** A world whose sides differ at random (shares 10-90%), marketing's agreement and yes-no shares kept in 30-70% so a shift of up to 25 points stays inside. */
function baseWorld(seed: number): World {
  const rand = mulberry32(seed);
  const w = randomWorld(q, rand);
  for (const key of scalar) w[key] = { ...w[key]!, marketing: { ...w[key]!.marketing, share: 0.3 + 0.4 * rand() } };
  return w;
}
/** +1 where a higher share is better (or the item is not scored), −1 for lower-is-better items: the shift is an improvement. */
const better = (key: string) => (q.items.find((i) => i.key === key)!.polarity === "lower-is-better" ? -1 : 1);
/** The same world with marketing's share on every agreement and yes-no item moved by `delta` (0-1) towards better. */
function shifted(w: World, delta: number): World {
  const out: World = { ...w };
  for (const key of scalar) out[key] = { ...w[key]!, marketing: { ...w[key]!.marketing, share: w[key]!.marketing.share + better(key) * delta } };
  return out;
}

/**
 * The true change of marketing's imperative scores under a shift of `delta` (points): an agreement item's expected
 * score is 30 + 55 × share (its answers: 4 and 5 in 3:2 when agreeing, else 1-3 as 1:2:2), a yes-no item's 100 × share
 * (lower-is-better items reversed, and shifted the other way); the score is the 1/k-weighted mean over the imperative's
 * scored items (other kinds unchanged).
 */
function trueScoreChange(imperative: string, delta: number): number {
  let sum = 0;
  let weight = 0;
  for (const item of q.items) {
    if (!item.imperatives.includes(imperative as never) || !isScored(item)) continue;
    const w = 1 / item.imperatives.length;
    const per = item.kind === "agreement" ? 55 : item.kind === "yes-no" ? 100 : 0;
    sum += w * per * delta; // the shift is towards better on every item, so every scored scalar item's score rises
    weight += w;
  }
  return weight ? sum / weight : 0;
}

const started = Date.now();
console.log(`Trend calibration on questionnaire ${q.version} (${q.items.length} items, all asked identically), every respondent a leader; bootstrap ${BOOTSTRAP}.\n`);

// 1. No change between the waves: the same world (sides differing at random) in both.
console.log(`1. No change between waves (${PAIRS} pairs per size; each pair its own random world, the same in both waves)`);
console.log("| team (each wave) | comparisons tested per pair | rising/falling per comparison | pairs with any rising/falling | index | imperative scores | item sides | gaps | stable per comparison |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const size of SIZES) {
  let tested = 0;
  let alarms = 0;
  let pairsAlarmed = 0;
  let stable = 0;
  const byKind = { index: [0, 0], score: [0, 0], side: [0, 0], gap: [0, 0] };
  for (let t = 0; t < PAIRS; t++) {
    const w = baseWorld(10_000 * size + t);
    const r = compareWaves(wave(w, size, 1_000_000 * size + 2 * t), wave(w, size, 1_000_000 * size + 2 * t + 1), { identicalItems });
    let any = false;
    for (const c of trendComparisons(r)) {
      if (!c.test) continue;
      tested++;
      const kind = c.key === "alignment" ? "index" : c.key.startsWith("imperative|") ? "score" : c.key.startsWith("gap|") ? "gap" : "side";
      byKind[kind][1]!++;
      if (labelled(c.label)) {
        alarms++;
        byKind[kind][0]!++;
        any = true;
      }
      if (c.label === "stable") stable++;
    }
    if (any) pairsAlarmed++;
  }
  const rate = ([a, n]: number[]) => (n ? pc(a! / n!, 2) : "n/a");
  console.log(
    `| ${size}+${size} | ${(tested / PAIRS).toFixed(1)} | ${pc(alarms / Math.max(1, tested), 2)} | ${pc(pairsAlarmed / PAIRS)} | ${rate(byKind.index)} | ${rate(byKind.score)} | ${rate(byKind.side)} | ${rate(byKind.gap)} | ${pc(stable / Math.max(1, tested))} |`,
  );
}

// 2. Power: marketing's share moved by 15 or 25 points towards better on every agreement and yes-no item; IT unchanged.
console.log(`\n2. Power (${POWER_PAIRS} pairs per size and change): marketing's share moved by the change towards better (up, or down on a lower-is-better item) on every agreement and yes-no item (${scalar.size} items), IT unchanged`);
for (const delta of [0.15, 0.25]) {
  console.log(`True change of marketing's imperative scores at +${Math.round(delta * 100)}: ${IMPERATIVE_IDS.map((i) => `${i} ${trueScoreChange(i, delta).toFixed(1)}`).join(", ")}`);
}
console.log("| team (each wave) | change | marketing item side labelled the right way | gap labelled the right way | marketing imperative score labelled the right way (true change ≥ 5 points) | IT item side rising/falling (no change) | IT score rising/falling (no change) |");
console.log("|---|---|---|---|---|---|---|");
const share = (xs: boolean[]) => (xs.length ? pc(xs.filter(Boolean).length / xs.length) : "n/a");
for (const size of SIZES) {
  for (const delta of [0.15, 0.25]) {
    const mSide: boolean[] = [];
    const gap: boolean[] = [];
    const mScore: boolean[] = [];
    const itSide: boolean[] = [];
    const itScore: boolean[] = [];
    for (let t = 0; t < POWER_PAIRS; t++) {
      const w = baseWorld(20_000 * size + t);
      const r: TrendResult = compareWaves(wave(w, size, 3_000_000 * size + 2 * t), wave(shifted(w, delta), size, 3_000_000 * size + 2 * t + 1), { identicalItems });
      for (const item of r.items) {
        if (!scalar.has(item.itemKey)) continue;
        const x = item.readings[0]!;
        const way = better(item.itemKey) > 0 ? "rising" : "falling";
        mSide.push(x.sides.marketing.label === way);
        gap.push(x.gap.label === way);
        itSide.push(labelled(x.sides.it.label));
      }
      for (const i of r.imperatives) {
        const truth = trueScoreChange(i.imperative, delta);
        if (i.sides.marketing.test && Math.abs(truth) >= 5) mScore.push(i.sides.marketing.label === (truth > 0 ? "rising" : "falling"));
        if (i.sides.it.test) itScore.push(labelled(i.sides.it.label));
      }
    }
    console.log(`| ${size}+${size} | +${Math.round(delta * 100)} | ${share(mSide)} | ${share(gap)} | ${share(mScore)} | ${share(itSide)} | ${share(itScore)} |`);
  }
}
console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
