// Scoring bench: 500 respondents' answers to questionnaire v1, scored with the real benchmark catalogue.
// Times scoreTeam + recommend (20 runs after a warm-up) against a baseline loop that only sums every answer
// value once over the same data. Goal: median ≤ 50 ms.  Run: npx tsx e2e/bench/scoring.bench.ts
import { performance } from "node:perf_hooks";
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES } from "@/lib/benchmarks/builtin";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/v1";
import type { AnswerValue } from "@/lib/questionnaire/types";
import { figureLookupFrom, recommend, scoreTeam } from "@/lib/scoring";
import { randomRespondents } from "@/lib/scoring/test-fixtures";

const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 500);
const RUNS = 20;
const WARMUP = 5;
const GOAL_MS = 50;

const q = QUESTIONNAIRE_V1;
const figures = figureLookupFrom(BENCHMARK_FIGURES, BENCHMARK_SOURCES);
const respondents = randomRespondents(q, RESPONDENTS, 42);

function valueSum(v: AnswerValue | undefined): number {
  if (v === undefined) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return v.length;
  if (Array.isArray(v)) return v.length;
  if ("self" in v && "predicted" in v) return valueSum(v.self as AnswerValue) + (v.predicted as number);
  let s = 0;
  for (const x of Object.values(v)) s += x as number;
  return s;
}

/** The floor: touch every answer once. */
function baseline(): number {
  let sum = 0;
  for (const r of respondents) for (const item of q.items) sum += valueSum(r.answers[item.key]);
  return sum;
}

function model(): number {
  const result = scoreTeam(q, respondents, figures);
  return recommend(result, q).length + (result.alignment.index ?? 0);
}

function time(fn: () => number): { median: number; p95: number; sink: number } {
  let sink = 0;
  for (let i = 0; i < WARMUP; i++) sink += fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    sink += fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)]!;
  return { median: (ms[(ms.length - 1) >> 1]! + ms[ms.length >> 1]!) / 2, p95: at(0.95), sink };
}

const base = time(baseline);
const scored = time(model);
const f = (x: number) => x.toFixed(2).padStart(8);
const answers = respondents.reduce((n, r) => n + Object.keys(r.answers).length, 0);
console.log(`scoring bench: ${RESPONDENTS} respondents, ${q.items.length} items (questionnaire ${q.version}), ${answers} answers; ${RUNS} runs after ${WARMUP} warm-up`);
console.log(`  scoreTeam + recommend   median ${f(scored.median)} ms   p95 ${f(scored.p95)} ms`);
console.log(`  baseline (sum answers)  median ${f(base.median)} ms   p95 ${f(base.p95)} ms`);
console.log(`  ratio (median)          ${(scored.median / Math.max(base.median, 1e-6)).toFixed(1)}x`);
console.log(`  goal ≤ ${GOAL_MS} ms: ${scored.median <= GOAL_MS ? "met" : "NOT met"}`);
if (!Number.isFinite(base.sink + scored.sink)) console.log("(sink)", base.sink, scored.sink);
process.exitCode = scored.median <= GOAL_MS ? 0 : 1;
