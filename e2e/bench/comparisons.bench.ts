// Cross-organization comparison bench: 100,000 generated respondents × 40 answers (4,000,000 Answer rows) in
// 2,000 organizations with one revealed wave each, in a fresh migrated database: a SQLite file, or with
// --db=postgresql a database on a private PostgreSQL 15 cluster (VACUUM ANALYZE after the load, as autovacuum
// would do), or --db=both: one run on each, one after the other, figures side by side. Measured, each beside a raw
// SQL baseline in the same run:
//   1. the comparison view (getPanelComparison: every comparable figure, unfiltered and filtered) — goal ≤ 500 ms;
//      baseline: ONE pooled GROUP BY over the raw answers (what any view computed from the answers must at least do);
//   2. a full CSV export of the unfiltered view (query + stream consumed) — goal ≤ 6 s, memory growth ≤ 150 MB;
//      baseline: streaming every raw answer row of the panel to CSV (the naive "export the data" approach).
// Also printed: the one-off per-wave summaries (done at each reveal in the app), here for all 2,000 waves.
//   node --conditions=react-server --import tsx e2e/bench/comparisons.bench.ts      (BENCH_ORGS=… to scale)
//   npm run bench:comparisons -- --db=postgresql | --db=both     (npm run bench:comparisons:pg = --db=both)
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { Readable, Writable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { stringify } from "csv-stringify";
import type { Actor } from "../../lib/auth/actor";
import { createDb } from "../../lib/db/create-db";
import { BUSINESS_MODELS, INDUSTRIES, REGIONS, type Side, type Tier } from "../../lib/domain";
import { questionnaireItemId } from "../../lib/questionnaire/item-id";
import { REVENUE_BANDS } from "../../lib/validation/organization";
import { prng, syntheticAnswers } from "../../prisma/seed-panel-demo";
import { migrate } from "../../scripts/lib/prepare-database";
import { Prisma } from "../../lib/generated/prisma/client";
import { pgRows, pgWriter, sqliteWriter, type RowWriter } from "./support/row-writers";
import { benchDatabase, dbFlag, printResult, printSideBySide, runOnEachDatabase, seedReference, type BenchDb } from "./support/databases";

const ORGS = Number(process.env.BENCH_ORGS ?? 2000);
const PER_SIDE = 25; // 2 leaders + 23 team members per side: 50 respondents per organization
const LEADERS = 2;
const ITEMS = 40;
const RUNS = 10;
const WARMUP = 2;
const GOALS = { viewMs: 500, exportMs: 6000, exportMb: 150 };

const CHILD = process.env.BENCH_CHILD;

const f = (x: number) => x.toFixed(1).padStart(8);

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return { median: (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2, p95: s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]! };
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

/** Runs `fn` while sampling the process's RSS every 5 ms: elapsed ms and peak growth in MB. */
async function measureMemory(fn: () => Promise<unknown>) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, mb: (peak - before) / 1024 / 1024, beforeMb: before / 1024 / 1024, peakMb: peak / 1024 / 1024 };
}

/** A sink that counts bytes (the export's consumer, as a slow client would be, but without the network). */
function countingSink() {
  let bytes = 0;
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { stream, bytes: () => bytes };
}

const COLUMNS = {
  Organization: ["id", "name", "industry", "region", "revenueBand", "businessModel", "isDemo", "panelOptIn", "createdAt", "updatedAt"],
  Assessment: ["id", "organizationId", "title", "questionnaireVersionId", "createdAt", "updatedAt"],
  Wave: ["id", "assessmentId", "number", "label", "status", "questionnaireVersionId", "revealedAt", "createdAt", "updatedAt"],
  Participant: ["id", "assessmentId", "name", "side", "tier", "createdAt"],
  Response: ["id", "waveId", "participantId", "side", "tier", "tokenHash", "status", "consentAt", "startedAt", "submittedAt", "createdAt", "updatedAt"],
  Answer: ["id", "responseId", "itemId", "value", "createdAt", "updatedAt"],
};

async function generate(writer: RowWriter<keyof typeof COLUMNS>) {
  const now = Date.now();
  const rand = prng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  let answers = 0;
  for (let o = 0; o < ORGS; o++) {
    const created = new Date(now - 800 * 86_400_000);
    const revealed = new Date(now - Math.floor(rand() * 730) * 86_400_000);
    const submitted = new Date(revealed.getTime() - 86_400_000);
    const orgId = `o${o}`;
    writer.row("Organization", [orgId, `Bench organization ${o}`, pick([...INDUSTRIES, "Other"]), pick(REGIONS).id, pick(REVENUE_BANDS).id, pick(BUSINESS_MODELS).id, false, rand() < 0.95, created, created]);
    writer.row("Assessment", [`a${o}`, orgId, "Bench assessment", "v1", created, created]);
    writer.row("Wave", [`w${o}`, `a${o}`, 1, "Wave 1", "closed", "v1", revealed, created, created]);
    const propensity = 0.2 + 0.7 * rand();
    let person = 0;
    for (const side of ["marketing", "it"] as Side[]) {
      for (let i = 0; i < PER_SIDE; i++) {
        const tier: Tier = i < LEADERS ? "leader" : "team";
        const id = `${o}-${person++}`;
        writer.row("Participant", [`p${id}`, `a${o}`, `Respondent ${id}`, side, tier, created]);
        writer.row("Response", [`r${id}`, `w${o}`, `p${id}`, side, tier, `h${id}`, "submitted", submitted, submitted, submitted, created, submitted]);
        const values = Object.entries({ ...syntheticAnswers(side, o * 100 + person, propensity, rand), "context-tier": tier }).filter(([, v]) => v !== undefined);
        for (const [key, value] of values.slice(0, ITEMS)) {
          writer.row("Answer", [`x${id}-${key}`, `r${id}`, questionnaireItemId("v1", key), JSON.stringify(value), submitted, submitted]);
          answers++;
        }
      }
    }
    await writer.endGroup();
  }
  await writer.end();
  return answers;
}

interface ChildResult {
  ms: number;
  mb: number;
  beforeMb: number;
  peakMb: number;
  bytes: number;
}

/** Runs one export in a child process (this file with BENCH_CHILD set) and returns what it measured. */
function runChild(mode: "view" | "raw", url: string): ChildResult {
  const out = execFileSync(process.execPath, ["--conditions=react-server", "--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_CHILD: mode, DATABASE_URL: url },
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as ChildResult;
}

const kindOf = (url: string): BenchDb => (url.startsWith("file:") ? "sqlite" : "postgresql");
/** SQLite stores booleans as 0/1 and Json as text; PostgreSQL has booleans and jsonb (compared as its text). */
const sqlBool = (kind: BenchDb, b: boolean) => (kind === "postgresql" ? String(b) : String(Number(b)));
const sqlText = (kind: BenchDb, column: string) => (kind === "postgresql" ? `CAST(${column} AS TEXT)` : column);

const rawAnswersSql = (kind: BenchDb) => `SELECT o."id", r."side", r."tier", an."itemId", ${sqlText(kind, 'an."value"')} FROM "Answer" an
  JOIN "Response" r ON r."id" = an."responseId" JOIN "Participant" p ON p."id" = r."participantId"
  JOIN "Wave" w ON w."id" = r."waveId" JOIN "Assessment" a ON a."id" = w."assessmentId" JOIN "Organization" o ON o."id" = a."organizationId"
  WHERE o."isDemo" = ${sqlBool(kind, false)} AND o."panelOptIn" = ${sqlBool(kind, true)} AND w."revealedAt" IS NOT NULL`;

/** In the child: one export, consumed by a byte-counting sink, with the process's RSS sampled throughout. */
async function child(mode: string) {
  const url = process.env.DATABASE_URL!;
  const kind = kindOf(url);
  const sink = countingSink();
  const admin: Actor = { id: "bench-admin", email: "admin@bench.test", name: "Bench admin", role: "admin", twoFactorEnabled: true };
  // a running server has its modules loaded and its database client connected: so does the child, first
  const { getPanelComparison } = await import("../../lib/data/panel");
  const { comparisonCsvStream } = await import("../../lib/export/comparison");
  const { db } = await import("../../lib/db/client");
  await db.organization.count();
  const run = await measureMemory(async () => {
    if (mode === "view") {
      const v = (await getPanelComparison(admin, {}))!;
      await pipeline(Readable.fromWeb(comparisonCsvStream(v) as NodeReadableStream), sink.stream);
      return;
    }
    if (kind === "postgresql") {
      await pipeline(Readable.from(pgRows(url, rawAnswersSql(kind))), stringify(), sink.stream);
      return;
    }
    const raw = new Database(url.slice("file:".length), { readonly: true });
    const rows = raw.prepare(rawAnswersSql(kind)).raw().iterate() as Iterable<unknown[]>;
    await pipeline(Readable.from(rows), stringify(), sink.stream);
    raw.close();
  });
  await db.$disconnect();
  console.log(JSON.stringify({ ...run, bytes: sink.bytes() }));
}

async function main(kind: BenchDb) {
  const database = await benchDatabase(kind, "comparisons");
  try {
    await measure(database.url, database.file, database.description);
  } finally {
    database.cleanup();
  }
}

async function measure(url: string, file: string | null, description: string) {
  const kind = kindOf(url);
  process.env.DATABASE_URL = url; // before the app's db client is imported (dynamically, below)
  await migrate(url);
  const seedDb = createDb(url);
  await seedReference(seedDb);
  await seedDb.$disconnect();
  const t0 = performance.now();
  const answers = await generate(file ? sqliteWriter(file, COLUMNS) : await pgWriter(url, COLUMNS));
  console.log(`comparison bench on ${description}: ${ORGS} organizations, ${ORGS * PER_SIDE * 2} respondents, ${answers} answers (≤ ${ITEMS} per respondent), generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const { getPanelComparison } = await import("../../lib/data/panel");
  const { refreshPanelAggregates } = await import("../../lib/data/panel-aggregate");
  const { db } = await import("../../lib/db/client");
  const admin: Actor = { id: "bench-admin", email: "admin@bench.test", name: "Bench admin", role: "admin", twoFactorEnabled: true };

  const t1 = performance.now();
  const summarized = await refreshPanelAggregates(ORGS + 10);
  const summaryMs = performance.now() - t1;
  const aggregates = await db.panelAggregate.count();
  console.log(`  per-wave summaries (at reveal in the app): ${summarized} waves → ${aggregates} rows in ${(summaryMs / 1000).toFixed(1)} s (${(summaryMs / summarized).toFixed(1)} ms per wave)`);

  let sink = 0;
  const view = await time(async () => {
    const v = await getPanelComparison(admin, {});
    sink += v!.rows.filter((r) => r.panel).length;
  });
  const filtered = await time(async () => {
    const v = await getPanelComparison(admin, { industry: "Banking", side: "it" });
    sink += v!.rows.length;
  });
  const check = (await getPanelComparison(admin, {}))!;
  const shown = check.rows.filter((r) => r.panel);
  console.log(`  view: ${check.rows.length} comparisons, ${shown.length} with ≥ 5 organizations, panel of ${check.size?.organizations ?? "< 5"} organizations`);

  const baselineSql = () => db.$queryRaw<unknown[]>`
    SELECT an."itemId", r."side", COUNT(*) AS n, SUM(CASE WHEN ${Prisma.raw(sqlText(kind, 'an."value"'))} IN ('4', '5', 'true') THEN 1 ELSE 0 END) AS agreeing
    FROM "Answer" an
    JOIN "Response" r ON r."id" = an."responseId"
    JOIN "Wave" w ON w."id" = r."waveId"
    JOIN "Assessment" a ON a."id" = w."assessmentId"
    JOIN "Organization" o ON o."id" = a."organizationId"
    WHERE o."isDemo" = ${Prisma.raw(sqlBool(kind, false))} AND o."panelOptIn" = ${Prisma.raw(sqlBool(kind, true))} AND w."revealedAt" IS NOT NULL AND r."status" = 'submitted'
    GROUP BY an."itemId", r."side"`;
  const baseline = await time(async () => {
    sink += (await baselineSql()).length;
  });
  console.log(`  comparison view (all)             median ${f(view.median)} ms   p95 ${f(view.p95)} ms`);
  console.log(`  comparison view (Banking, IT)     median ${f(filtered.median)} ms   p95 ${f(filtered.p95)} ms`);
  console.log(`  baseline: raw GROUP BY on answers median ${f(baseline.median)} ms   p95 ${f(baseline.p95)} ms`);
  console.log(`  ratio view / baseline (median)    ${(view.median / baseline.median).toFixed(3)}`);

  // Each export runs in a fresh child process on the same file, so "memory growth" is that process's own
  // (this one holds the generator's and the views' memory, which would hide or inflate the figure).
  const exportRun = runChild("view", url);
  const rawRun = runChild("raw", url);
  console.log(`  full CSV export of the view        ${f(exportRun.ms)} ms   memory growth ${exportRun.mb.toFixed(1)} MB (RSS ${exportRun.beforeMb.toFixed(0)} → peak ${exportRun.peakMb.toFixed(0)} MB)   ${exportRun.bytes} bytes`);
  console.log(`  baseline: every raw answer to CSV  ${f(rawRun.ms)} ms   memory growth ${rawRun.mb.toFixed(1)} MB (RSS ${rawRun.beforeMb.toFixed(0)} → peak ${rawRun.peakMb.toFixed(0)} MB)   ${rawRun.bytes} bytes`);
  const met = view.median <= GOALS.viewMs && filtered.median <= GOALS.viewMs && exportRun.ms <= GOALS.exportMs && exportRun.mb <= GOALS.exportMb;
  console.log(`  goals: view ≤ ${GOALS.viewMs} ms, export ≤ ${GOALS.exportMs} ms and ≤ ${GOALS.exportMb} MB: ${met ? "met" : "NOT met"}`);
  if (!Number.isFinite(sink)) console.log("(sink)", sink);
  await db.$disconnect();
  process.exitCode = met ? 0 : 1;
  printResult({
    viewMedian: view.median,
    viewP95: view.p95,
    filteredMedian: filtered.median,
    baselineMedian: baseline.median,
    summaryMsPerWave: summaryMs / summarized,
    exportMs: exportRun.ms,
    exportMb: exportRun.mb,
    rawExportMs: rawRun.ms,
    met: met ? 1 : 0,
  });
}

async function both() {
  const results = await runOnEachDatabase(fileURLToPath(import.meta.url));
  printSideBySide(results, {
    viewMedian: "comparison view (all), median ms",
    viewP95: "comparison view (all), p95 ms",
    filteredMedian: "comparison view (Banking, IT), median ms",
    baselineMedian: "baseline: raw GROUP BY over the answers, median ms",
    summaryMsPerWave: "per-wave summary at reveal, ms per wave",
    exportMs: "full CSV export of the view, ms",
    exportMb: "export memory growth, MB",
    rawExportMs: "baseline: every raw answer to CSV, ms",
  });
  const met = results.sqlite?.met === 1 && results.postgresql?.met === 1;
  console.log(`  goals on both databases: ${met ? "met" : "NOT met"}`);
  process.exitCode = met ? 0 : 1;
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
