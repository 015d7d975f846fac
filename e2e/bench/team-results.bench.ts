// Team results bench: 500 submitted respondents (250 per side, 10 leaders and 240 team members each) in a fresh,
// migrated database (a SQLite file; --db=postgresql: a private PostgreSQL 15 cluster; --db=both: one run on each,
// figures side by side), seeded through the data layer; reveal; then getTeamResults (authorize, load every answer
// in one query, anonymity, three scoreTeam runs for the side and tier views, recommend) is timed, 20 runs after a
// warm-up, beside a baseline in the same run: one raw SQL GROUP BY over the same answers. Goal: median ≤ 100 ms.
//   node --conditions=react-server --import tsx e2e/bench/team-results.bench.ts [--db=sqlite|postgresql|both]
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Actor } from "../../lib/auth/actor";
import { createDb } from "../../lib/db/create-db";
import type { Side } from "../../lib/domain";
import { QUESTIONNAIRE_V1 } from "../../lib/questionnaire/builtin";
import { completeAnswers } from "../../lib/test/answers";
import { createSubmittedRespondent } from "../../lib/test/submitted";
import { createAssessment, createOrganization } from "../../prisma/factories";
import { migrate } from "../../scripts/lib/prepare-database";
import { Prisma } from "../../lib/generated/prisma/client";
import { benchDatabase, dbFlag, printResult, printSideBySide, runOnEachDatabase, seedReference, type BenchDb } from "./support/databases";

const PER_SIDE = Number(process.env.BENCH_PER_SIDE ?? 250);
const LEADERS_PER_SIDE = 10;
const RUNS = 20;
const WARMUP = 3;
const GOAL_MS = 100;

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { median: (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2, p95: at(0.95) };
}

async function time(fn: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return stats(ms);
}

async function main(kind: BenchDb) {
  const database = await benchDatabase(kind, "results");
  try {
    await measure(database.url, kind, database.description);
  } finally {
    database.cleanup();
  }
}

async function measure(url: string, kind: BenchDb, description: string) {
  process.env.DATABASE_URL = url; // before the app's db client is imported (dynamically, below)
  await migrate(url);
  const seedDb = createDb(url);
  await seedReference(seedDb);
  const user = await seedDb.user.create({ data: { name: "Bench facilitator", email: "bench@example.test" } });
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: "facilitator", twoFactorEnabled: false };
  const org = await createOrganization(seedDb, { name: "Bench organization", isDemo: true, ownerId: user.id });
  const assessment = await createAssessment(seedDb, org.id, { title: "Bench assessment" });
  const waveId = assessment.waves[0]!.id;
  const t0 = performance.now();
  let seed = 0;
  for (const side of ["marketing", "it"] as Side[]) {
    for (let i = 0; i < PER_SIDE; i++) {
      await createSubmittedRespondent(seedDb, {
        assessmentId: assessment.id,
        waveId,
        side,
        tier: i < LEADERS_PER_SIDE ? "leader" : "team",
        consentShowName: i % 2 === 0,
        answers: completeAnswers(QUESTIONNAIRE_V1, side, ++seed * 7),
      });
    }
  }
  const answers = await seedDb.answer.count();
  console.log(`team results bench on ${description}: ${2 * PER_SIDE} submitted respondents, ${answers} answers, seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const { getTeamResults } = await import("../../lib/data/team-results");
  const { revealResults } = await import("../../lib/data/reveal-results");
  const { db } = await import("../../lib/db/client");
  await revealResults(actor, assessment.id);

  const baseline = () => db.$queryRaw`
    SELECT r."side", a."itemId", COUNT(*) AS n, SUM(CASE WHEN ${Prisma.raw(kind === "postgresql" ? 'CAST(a."value" AS TEXT)' : 'a."value"')} IN ('4', '5', 'true') THEN 1 ELSE 0 END) AS agreeing
    FROM "Answer" a
    JOIN "Response" r ON r."id" = a."responseId"
    JOIN "Participant" p ON p."id" = r."participantId"
    WHERE r."waveId" = ${waveId} AND r."status" = 'submitted' AND p."removedAt" IS NULL
    GROUP BY r."side", a."itemId"`;
  let sink = 0;
  const full = await time(async () => {
    const view = await getTeamResults(actor, assessment.id);
    if (!view || view.sealed) throw new Error("results should be revealed");
    sink += view.team.alignment.index ?? 0;
  });
  const base = await time(async () => {
    sink += ((await baseline()) as unknown[]).length;
  });

  const f = (x: number) => x.toFixed(2).padStart(8);
  console.log(`  getTeamResults             median ${f(full.median)} ms   p95 ${f(full.p95)} ms   (${RUNS} runs after ${WARMUP} warm-up)`);
  console.log(`  baseline (SQL GROUP BY)    median ${f(base.median)} ms   p95 ${f(base.p95)} ms`);
  console.log(`  ratio (median)             ${(full.median / Math.max(base.median, 1e-6)).toFixed(1)}x`);
  console.log(`  goal ≤ ${GOAL_MS} ms: ${full.median <= GOAL_MS ? "met" : "NOT met"}`);
  if (!Number.isFinite(sink)) console.log("(sink)", sink);
  await seedDb.$disconnect();
  await db.$disconnect();
  process.exitCode = full.median <= GOAL_MS ? 0 : 1;
  printResult({ resultsMedian: full.median, resultsP95: full.p95, baselineMedian: base.median, ratio: full.median / Math.max(base.median, 1e-6), met: full.median <= GOAL_MS ? 1 : 0 });
}

async function both() {
  const results = await runOnEachDatabase(fileURLToPath(import.meta.url));
  printSideBySide(results, {
    resultsMedian: "getTeamResults, median ms",
    resultsP95: "getTeamResults, p95 ms",
    baselineMedian: "baseline: SQL GROUP BY, median ms",
    ratio: "ratio getTeamResults ÷ baseline",
  });
  process.exitCode = results.sqlite?.met === 1 && results.postgresql?.met === 1 ? 0 : 1;
}

const which = dbFlag();
(which === "both" ? both() : main(which)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
