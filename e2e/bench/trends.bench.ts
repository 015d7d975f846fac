// Trend view bench (issue #15: "the trend view over 5 waves of 500 respondents: at most 300 ms of server work"). A
// fresh, migrated database (a SQLite file; --db=postgresql: a private PostgreSQL 15 cluster; --db=both: one run on
// each, figures side by side) gets one organization, one assessment on questionnaire v1 with the published sources,
// and 5 revealed waves, each with the same 500 participants submitted (250 per side, 5 leaders and 245 team members
// each) answering every question (lib/test/answers.ts, other seeds per wave), written as rows. Two sections move:
// from wave 3 on, 40% of respondents answer the trust questions at the better end; in wave 5, 40% answer the CxO
// questions at the worse end; so the trend has real "rising" and "falling" labels beside "stable" ones.
// Timed, each in its own fresh child process with the database client connected (as a running server has it):
//   getTrends(actor, assessmentId) (lib/data/trends.ts), the trends page's server work, twice: first with no score
//   stored (the seed writes rows, as waves revealed before scores were kept: all five waves read and scored, and
//   the scores stored), then in a new process with the scores stored (what a reveal leaves: lib/data/scored-wave.ts);
//   each cold (the first call of its process), then WARM_RUNS further calls (kept in the process): median and spread;
//   baseline, the same way in its own child: getTeamResults(actor, assessmentId) (lib/data/team-results.ts), the
//   results page's server work for the latest wave (read and scored on every call).
// Rendering the trends page's React tree to HTML is not included (the page's server component needs the request's
// session; its charts are plain SVG from the same view).
//   node --conditions=react-server --import tsx e2e/bench/trends.bench.ts [--db=sqlite|postgresql|both]
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Actor } from "../../lib/auth/actor";
import { createDb } from "../../lib/db/create-db";
import type { Side, Tier } from "../../lib/domain";
import { QUESTIONNAIRE_V1 } from "../../lib/questionnaire/builtin";
import { questionnaireItemId } from "../../lib/questionnaire/item-id";
import { SCORING_MODEL_VERSION } from "../../lib/scoring/version";
import { completeAnswers } from "../../lib/test/answers";
import { createOrganization } from "../../prisma/factories";
import { migrate } from "../../scripts/lib/prepare-database";
import { benchDatabase, dbFlag, printResult, printSideBySide, runOnEachDatabase, seedReference, type BenchDb } from "./support/databases";
import { pgWriter, sqliteWriter, type RowWriter } from "./support/row-writers";

const WAVES = 5;
const PER_SIDE = Number(process.env.BENCH_PER_SIDE ?? 250);
const LEADERS_PER_SIDE = 5;
const WARM_RUNS = 10;
const GOAL_MS = 300;
const VERSION = "v1";

const CHILD = process.env.BENCH_CHILD;

const COLUMNS = {
  Wave: ["id", "assessmentId", "number", "label", "status", "questionnaireVersionId", "revealedAt", "scoringModel", "quorumMarketing", "quorumIt", "createdAt", "updatedAt"],
  WaveBenchmarkSource: ["waveId", "sourceId"],
  Participant: ["id", "assessmentId", "name", "side", "tier", "createdAt"],
  Response: ["id", "waveId", "participantId", "side", "tier", "tokenHash", "status", "consentAt", "consentShowName", "startedAt", "submittedAt", "createdAt", "updatedAt"],
  Answer: ["id", "responseId", "itemId", "value", "createdAt", "updatedAt"],
};

/** Sections that move: from `fromWave` on, 40% of respondents answer its agreement questions at one end. */
const SHIFTS = [
  { section: "trust", fromWave: 3, toward: "better" },
  { section: "cxo", fromWave: 5, toward: "worse" },
] as const;

function answersOf(side: Side, tier: Tier, person: number, wave: number): Record<string, unknown> {
  const answers = completeAnswers(QUESTIONNAIRE_V1, side, person * 7 + wave * 1_000_003);
  for (const shift of SHIFTS) {
    if (wave < shift.fromWave || person % 5 >= 2) continue;
    for (const item of QUESTIONNAIRE_V1.items) {
      if (item.section !== shift.section || item.kind !== "agreement" || !(item.key in answers) || item.polarity === "none") continue;
      const high = (item.polarity === "higher-is-better") === (shift.toward === "better");
      const value = high ? 5 : 1;
      const current = answers[item.key];
      answers[item.key] = item.mirror && typeof current === "object" && current !== null ? { ...current, self: value } : value;
    }
  }
  return { "context-side": side, "context-tier": tier, ...answers };
}

interface Seeded {
  assessmentId: string;
  actor: Actor;
  answers: number;
}

async function seed(url: string, file: string | null): Promise<Seeded> {
  const seedDb = createDb(url);
  await seedReference(seedDb);
  const user = await seedDb.user.create({ data: { name: "Bench facilitator", email: "bench@example.test" } });
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: "facilitator", twoFactorEnabled: false };
  const org = await createOrganization(seedDb, { name: "Bench organization", isDemo: true, ownerId: user.id });
  const sourceIds = (await seedDb.benchmarkSource.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id);
  const assessment = await seedDb.assessment.create({
    data: { organizationId: org.id, title: "Bench assessment", questionnaireVersionId: VERSION, createdById: user.id, benchmarkSources: { create: sourceIds.map((sourceId) => ({ sourceId })) } },
  });
  await seedDb.$disconnect();

  const writer: RowWriter<keyof typeof COLUMNS> = file ? sqliteWriter(file, COLUMNS) : await pgWriter(url, COLUMNS);
  const day = 86_400_000;
  const start = Date.now() - (WAVES * 90 + 30) * day;
  const people: { id: string; side: Side; tier: Tier; person: number }[] = [];
  let person = 0;
  for (const side of ["marketing", "it"] as Side[]) {
    for (let i = 0; i < PER_SIDE; i++) {
      const tier: Tier = i < LEADERS_PER_SIDE ? "leader" : "team";
      const id = `p${person}`;
      people.push({ id, side, tier, person });
      writer.row("Participant", [id, assessment.id, `Respondent ${person}`, side, tier, new Date(start)]);
      person++;
    }
  }
  await writer.endGroup();
  let answers = 0;
  for (let wave = 1; wave <= WAVES; wave++) {
    const opened = new Date(start + (wave - 1) * 90 * day);
    const submitted = new Date(opened.getTime() + 10 * day);
    const revealed = new Date(opened.getTime() + 20 * day);
    const waveId = `w${wave}`;
    writer.row("Wave", [waveId, assessment.id, wave, `Wave ${wave}`, "closed", VERSION, revealed, SCORING_MODEL_VERSION, 3, 3, opened, revealed]);
    for (const sourceId of sourceIds) writer.row("WaveBenchmarkSource", [waveId, sourceId]);
    for (const p of people) {
      const responseId = `r${wave}-${p.person}`;
      const consentShowName = p.tier === "leader" && p.person % 2 === 0;
      writer.row("Response", [responseId, waveId, p.id, p.side, p.tier, `h${wave}-${p.person}`, "submitted", submitted, consentShowName, submitted, submitted, opened, submitted]);
      for (const [key, value] of Object.entries(answersOf(p.side, p.tier, p.person, wave))) {
        writer.row("Answer", [`x${wave}-${p.person}-${key}`, responseId, questionnaireItemId(VERSION, key), JSON.stringify(value), submitted, submitted]);
        answers++;
      }
    }
    await writer.endGroup();
  }
  await writer.end();
  return { assessmentId: assessment.id, actor, answers };
}

interface ChildResult {
  coldMs: number;
  warmMs: number[];
  /** trends only: calls after the process forgot its kept scores (a running server's first view of this assessment). */
  unkeptMs: number[];
  /** A line on what the view held, to show the seeded data did what it should. */
  check: string;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

/** In the child: the first call of the process (cold), then WARM_RUNS more; the database client connected first. */
async function child(mode: string) {
  const actor = JSON.parse(process.env.BENCH_ACTOR!) as Actor;
  const assessmentId = process.env.BENCH_ASSESSMENT!;
  const { db } = await import("../../lib/db/client");
  await db.user.count(); // connected, as a running server's client is
  let call: () => Promise<string>;
  let forget: (() => void) | null = null;
  if (mode === "trends") {
    forget = (await import("../../lib/data/scored-wave")).forgetKeptScores;
    const { getTrends } = await import("../../lib/data/trends");
    call = async () => {
      const view = await getTrends(actor, assessmentId);
      if (!view || view.waves.length !== WAVES) throw new Error(`expected ${WAVES} revealed waves`);
      const labels = new Map<string, number>();
      for (const pair of view.pairs) for (const t of pair.imperatives) for (const side of ["marketing", "it"] as const) labels.set(t.sides[side].label, (labels.get(t.sides[side].label) ?? 0) + 1);
      const perPair = view.pairs.map((pair, i) => `${i + 1}→${i + 2}: ${pair.imperatives.map((t) => `${t.imperative} ${t.sides.marketing.label}/${t.sides.it.label}`).join(", ")}`);
      return `${view.waves.length} waves, ${view.waves.map((w) => w.counts.marketing + w.counts.it).join("/")} counted; imperative labels over the ${view.pairs.length} pairs: ${[...labels].map(([l, n]) => `${l} ${n}`).join(", ")}\n      ${perPair.join("\n      ")}`;
    };
  } else {
    const { getTeamResults } = await import("../../lib/data/team-results");
    call = async () => {
      const view = await getTeamResults(actor, assessmentId);
      if (!view || view.sealed) throw new Error("the latest wave should be revealed");
      return `${view.wave.label}: ${view.team.counts.marketing + view.team.counts.it} counted, alignment index ${view.team.alignment.index?.toFixed(1)}`;
    };
  }
  let t0 = performance.now();
  const check = await call();
  const coldMs = performance.now() - t0;
  const warmMs: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    t0 = performance.now();
    await call();
    warmMs.push(performance.now() - t0);
  }
  const unkeptMs: number[] = [];
  for (let i = 0; forget && i < WARM_RUNS; i++) {
    forget();
    t0 = performance.now();
    await call();
    unkeptMs.push(performance.now() - t0);
  }
  await db.$disconnect();
  console.log(JSON.stringify({ coldMs, warmMs, unkeptMs, check } satisfies ChildResult));
}

function runChild(mode: "trends" | "results", url: string, seeded: Seeded): ChildResult {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_CHILD: mode, DATABASE_URL: url, BENCH_ACTOR: JSON.stringify(seeded.actor), BENCH_ASSESSMENT: seeded.assessmentId },
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as ChildResult;
}

async function main(kind: BenchDb) {
  const database = await benchDatabase(kind, "trends");
  try {
    await measure(database.url, database.file, database.description);
  } finally {
    database.cleanup();
  }
}

async function measure(url: string, file: string | null, description: string) {
  await migrate(url);
  const t0 = performance.now();
  const seeded = await seed(url, file);
  console.log(
    `trends bench on ${description}: ${WAVES} revealed waves × ${2 * PER_SIDE} submitted respondents (${LEADERS_PER_SIDE} leaders a side), ${seeded.answers} answers, seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const unscored = runChild("trends", url, seeded);
  const trends = runChild("trends", url, seeded);
  const results = runChild("results", url, seeded);
  const f = (x: number) => x.toFixed(1).padStart(7);
  const line = (name: string, r: ChildResult) => {
    const s = sorted(r.warmMs);
    console.log(`  ${name} cold (first call) ${f(r.coldMs)} ms   warm: median ${f(median(r.warmMs))} ms, min ${f(s[0]!)}, max ${f(s.at(-1)!)} (${WARM_RUNS} calls)`);
  };
  console.log(`  getTrends: ${trends.check}`);
  console.log(`  getTeamResults: ${results.check}`);
  line("getTrends, nothing stored   ", unscored);
  line("getTrends, scores stored    ", trends);
  const unkept = sorted(trends.unkeptMs);
  console.log(`  getTrends, scores stored, not kept in the running process (its first view of the assessment): median ${f(median(unkept))} ms, min ${f(unkept[0]!)}, max ${f(unkept.at(-1)!)} (${unkept.length} calls)`);
  line("baseline: getTeamResults    ", results);
  const warm = median(trends.warmMs);
  console.log(`  ratio to the baseline: cold ${(trends.coldMs / results.coldMs).toFixed(2)}×, warm (medians) ${(warm / median(results.warmMs)).toFixed(2)}×`);
  const met = { cold: median(trends.unkeptMs) <= GOAL_MS, warm: warm <= GOAL_MS };
  console.log(`  goal ≤ ${GOAL_MS} ms of server work (scores stored, as after a reveal; a running process's first view): ${met.cold ? "met" : "NOT met"} (a new process's very first call: ${trends.coldMs <= GOAL_MS ? "met" : "NOT met"})`);
  console.log(`  kept in the process (later views): ${met.warm ? "met" : "NOT met"}`);
  process.exitCode = met.cold && met.warm ? 0 : 1;
  printResult({
    trendsUnscoredColdMs: unscored.coldMs,
    trendsColdMs: trends.coldMs,
    trendsUnkeptMedianMs: median(trends.unkeptMs),
    trendsWarmMedianMs: warm,
    trendsWarmMinMs: sorted(trends.warmMs)[0]!,
    trendsWarmMaxMs: sorted(trends.warmMs).at(-1)!,
    resultsColdMs: results.coldMs,
    resultsWarmMedianMs: median(results.warmMs),
    coldMet: met.cold ? 1 : 0,
    warmMet: met.warm ? 1 : 0,
  });
}

async function both() {
  const results = await runOnEachDatabase(fileURLToPath(import.meta.url));
  printSideBySide(results, {
    trendsUnscoredColdMs: "getTrends, nothing stored, cold, ms",
    trendsColdMs: "getTrends, scores stored, cold (first call), ms",
    trendsUnkeptMedianMs: "getTrends, scores stored, not kept, median ms",
    trendsWarmMedianMs: "getTrends, warm, median ms",
    trendsWarmMaxMs: "getTrends, warm, max ms",
    resultsColdMs: "baseline: getTeamResults, cold, ms",
    resultsWarmMedianMs: "baseline: getTeamResults, warm, median ms",
  });
  process.exitCode = [results.sqlite, results.postgresql].every((r) => r?.coldMet === 1 && r.warmMet === 1) ? 0 : 1;
}

if (CHILD) {
  child(CHILD).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  const which = dbFlag();
  (which === "both" ? both() : main(which)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
