// Autosave under load on PostgreSQL, with one and with two app instances on one database, beside the same load on
// the embedded SQLite database and beside raw upsert loops, all in the same run:
//   1. SQLite, one instance: `npm start` on a fresh file (synchronous=FULL), as `npm run bench:autosave` measures;
//   2. PostgreSQL 15, a private cluster with the durability PostgreSQL ships with (fsync, synchronous_commit and
//      full_page_writes on; see the header line), one instance of `npm run serve` (pool of BRIDGE_DB_POOL_SIZE,
//      default 10);
//   3. the same database with two instances; the load generator sends consecutive requests to alternate instances
//      (round-robin, as a load balancer would);
//   4. baselines: the app's upsert statement (lib/data/answer-upsert.ts) run back to back by node-postgres on 1, 10
//      and 20 connections (the pools of one and two instances), and the raw better-sqlite3 upsert loop on the SQLite
//      file. Capacity is printed as a share of the baseline with the same number of connections.
// Each setup: BENCH_RESPONDENTS (200) consented respondents save one answer per second for BENCH_SECONDS (60),
// then 50 clients save back to back for 10 s (capacity). Each setup gets its own fresh respondents, so each steady
// phase writes the same mix (a first answer is an insert, a changed one an update: 22 questions, 60 saves each).
// Printed per phase: a 10-second timeline of the p95 (a stall shows as one bad slice) and, on PostgreSQL, the
// checkpoints and the WAL written during it. Before each phase the instances are warmed (BENCH_WARMUP_SECONDS, 5)
// by other respondents. Load generator, servers and database share the host.
//   npm run bench:autosave:pg        (flock /tmp/bridge-e2e.lock npm run bench:autosave:pg on a shared machine)
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import pg from "pg";
import { burst, Failures, latencySummary, saveOnce, steadyLoad, timeline, type SteadyResult } from "./support/autosave-load";
import { appInstance, prepareInstances, type Instance } from "./support/instances";
import { createPgDatabase, durabilitySettings, startPgCluster, type PgCluster } from "./support/pg";
import { rawPgUpserts, rawSqliteUpserts } from "./support/raw-upsert";
import { createRespondents } from "./support/respondents";
import { ROOT, startServer, type BenchServer } from "./support/server";
import { buildIfStale } from "../../scripts/lib/build";
import { postmasterPid, treeCpuMs } from "./support/cpu";

const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const BURST_SECONDS = 10;
const BURST_CONCURRENCY = 50;
const RAW_SECONDS = 10;
/** Before each phase, every instance is warmed by this many seconds of back-to-back saves from 20 clients (0: 20 saves). */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const WARMUP_RESPONDENTS = 40;
const PORTS = { sqlite: 3400, first: 3401, second: 3402 };
const GOAL_P95_MS = 50;

interface Row {
  label: string;
  steady: SteadyResult;
  capacity: { rps: number; errors: number };
  /** The load generator's own event-loop delay, p99 ms: how starved of CPU this process was (host contention). */
  lagP99: number;
  /** The host's 1-minute load average at the end of the steady phase. */
  load: number;
  /** CPU ms per save in the steady phase: the app's processes, and PostgreSQL's (0 for SQLite, in the app's). */
  appCpu: number;
  dbCpu: number;
}

const load = () => os.loadavg().map((x) => x.toFixed(1)).join(" / ");

/** `appPids`: the app's processes; `dbPid`: PostgreSQL's postmaster (its backends are its children). */
/** Checkpoints so far and the WAL position, to print what the server flushed during a phase. */
async function walState(url: string | null) {
  if (!url) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ checkpoints: string; lsn: string }>(
      `SELECT (checkpoints_timed + checkpoints_req)::text AS checkpoints, pg_current_wal_lsn()::text AS lsn FROM pg_stat_bgwriter`,
    );
    const [hi, lo] = rows[0]!.lsn.split("/").map((x) => BigInt(`0x${x}`));
    return { checkpoints: Number(rows[0]!.checkpoints), walBytes: Number((hi! << 32n) + lo!) };
  } finally {
    await client.end();
  }
}

/**
 * `warmTokens`: respondents of their own for the warm-up, so the measured ones start with no answer. Without a
 * warm-up the first 10-20 s of a phase measure a just-started instance (code not yet optimized by V8) meeting 200
 * clients at once; BENCH_WARMUP_SECONDS=0 measures that.
 */
async function measure(label: string, urls: string[], tokens: string[], warmTokens: string[], appPids: number[], dbPid: number | null, dbUrl: string | null = null): Promise<Row> {
  const failures = new Failures();
  if (WARMUP_SECONDS > 0) await burst(urls, warmTokens, WARMUP_SECONDS, 20, failures);
  else for (const url of urls) for (let n = 0; n < 20; n++) await saveOnce(url, warmTokens[n % warmTokens.length]!, n, failures);
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const wal0 = await walState(dbUrl);
  const cpu0 = [treeCpuMs(appPids), dbPid ? treeCpuMs([dbPid]) : 0];
  const steady = await steadyLoad(urls, tokens, SECONDS, failures);
  const cpu1 = [treeCpuMs(appPids), dbPid ? treeCpuMs([dbPid]) : 0];
  const wal1 = await walState(dbUrl);
  lag.disable();
  const appCpu = (cpu1[0]! - cpu0[0]!) / steady.latencies.length;
  const dbCpu = (cpu1[1]! - cpu0[1]!) / steady.latencies.length;
  const lagP99 = lag.percentile(99) / 1e6;
  const hostLoad = os.loadavg()[0]!;
  const capacity = await burst(urls, tokens, BURST_SECONDS, BURST_CONCURRENCY, failures);
  const s = latencySummary(steady.latencies);
  console.log(`  ${label}: ${s.count} saves, ${steady.errors} errors, p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms, max ${s.max} ms; capacity ${capacity.rps.toFixed(0)} saves/s (${capacity.errors} errors); load generator's event-loop delay p99 ${lagP99.toFixed(0)} ms; CPU per save: app ${appCpu.toFixed(2)} ms + PostgreSQL ${dbCpu.toFixed(2)} ms; load ${load()}`);
  console.log(`    timeline: ${timeline(steady.bySecond)}`);
  if (wal0 && wal1) console.log(`    PostgreSQL during the phase: ${wal1.checkpoints - wal0.checkpoints} checkpoint(s), ${((wal1.walBytes - wal0.walBytes) / 1e6).toFixed(1)} MB of WAL`);
  failures.print("    ");
  return { label, steady, capacity, lagP99, load: hostLoad, appCpu, dbCpu };
}

const rows: Row[] = [];
const raw: Record<string, number> = {};
let server: BenchServer | null = null;
let cluster: PgCluster | null = null;
const instances: Instance[] = [];
try {
  console.log(`autosave bench, PostgreSQL beside SQLite: ${RESPONDENTS} respondents × 1 save/s × ${SECONDS} s, then ${BURST_CONCURRENCY} clients × ${BURST_SECONDS} s; ${os.cpus().length} cores, load ${load()}`);
  await buildIfStale(ROOT);

  server = await startServer(PORTS.sqlite, "bench-autosave-pg");
  const sqlite = await createRespondents(server.databaseUrl, RESPONDENTS);
  const sqliteWarm = await createRespondents(server.databaseUrl, WARMUP_RESPONDENTS);
  await sqliteWarm.db.$disconnect();
  rows.push(await measure("SQLite, 1 instance", [server.url], sqlite.tokens, sqliteWarm.tokens, [server.pid], null));
  const sqliteItems = await sqlite.db.questionnaireItem.findMany({ where: { kind: "agreement" }, select: { id: true } });
  await sqlite.db.$disconnect();
  const sqliteFile = server.file;
  await server.stop();
  server = null;
  raw["sqlite"] = rawSqliteUpserts(sqliteFile, sqlite.respondents.map((r) => r.responseId), sqliteItems.map((i) => i.id));

  cluster = await startPgCluster({ durable: true, maxConnections: 100 });
  const url = await createPgDatabase(cluster, "bench");
  console.log(`  PostgreSQL: ${await durabilitySettings(url)}; pool ${process.env.BRIDGE_DB_POOL_SIZE ?? 10} per instance`);
  await prepareInstances(url);
  const pgOne = await createRespondents(url, RESPONDENTS);
  const pgTwo = await createRespondents(url, RESPONDENTS);
  const pgWarm = await createRespondents(url, WARMUP_RESPONDENTS);
  await pgWarm.db.$disconnect();
  const items = await pgOne.db.questionnaireItem.findMany({ where: { kind: "agreement" }, select: { id: true } });
  await pgOne.db.$disconnect();
  await pgTwo.db.$disconnect();
  const first = appInstance("instance A", url, PORTS.first);
  const second = appInstance("instance B", url, PORTS.second);
  instances.push(first, second);
  await first.start();
  rows.push(await measure("PostgreSQL, 1 instance", [first.url], pgOne.tokens, pgWarm.tokens, [first.pid()!], postmasterPid(cluster.dir), url));
  await second.start();
  rows.push(await measure("PostgreSQL, 2 instances", [first.url, second.url], pgTwo.tokens, pgWarm.tokens, [first.pid()!, second.pid()!], postmasterPid(cluster.dir), url));
  for (const instance of instances) await instance.kill("SIGTERM");
  for (const connections of [1, 10, 20]) {
    raw[`pg${connections}`] = await rawPgUpserts(url, pgOne.respondents.map((r) => r.responseId), items.map((i) => i.id), connections, RAW_SECONDS);
  }

  console.log("\n| setup | saves | errors | p50 ms | p95 ms | p99 ms | max ms | capacity saves/s (errors) | baseline upserts/s | capacity / baseline | CPU ms per save (app + PostgreSQL) | generator lag p99 ms | host load |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  const baselines = [raw["sqlite"]!, raw["pg10"]!, raw["pg20"]!];
  rows.forEach((row, i) => {
    const s = latencySummary(row.steady.latencies);
    const base = baselines[i]!;
    console.log(`| ${row.label} | ${s.count} | ${row.steady.errors} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} | ${row.capacity.rps.toFixed(0)} (${row.capacity.errors}) | ${base.toFixed(0)} | ${((row.capacity.rps / base) * 100).toFixed(1)}% | ${row.appCpu.toFixed(2)} + ${row.dbCpu.toFixed(2)} | ${row.lagP99.toFixed(0)} | ${row.load.toFixed(1)} |`);
  });
  console.log(`\n  baselines: raw better-sqlite3 loop ${raw["sqlite"]!.toFixed(0)}/s (sequential); app statement on node-postgres: 1 connection ${raw["pg1"]!.toFixed(0)}/s, 10 connections ${raw["pg10"]!.toFixed(0)}/s, 20 connections ${raw["pg20"]!.toFixed(0)}/s`);
  console.log(`  PostgreSQL capacity, 2 instances / 1 instance: ${(rows[2]!.capacity.rps / rows[1]!.capacity.rps).toFixed(2)}×; 1 instance PostgreSQL / SQLite: ${(rows[1]!.capacity.rps / rows[0]!.capacity.rps).toFixed(2)}×`);
  for (const row of rows.slice(1)) {
    const s = latencySummary(row.steady.latencies);
    console.log(`  goal p95 ≤ ${GOAL_P95_MS} ms with no errors, ${row.label}: ${s.p95 <= GOAL_P95_MS && row.steady.errors === 0 ? "met" : "NOT met"}`);
  }
  for (const instance of instances) for (const crash of instance.crashes) console.log(`  CRASH: ${crash}`);
  console.log(`  load at the end ${load()} (the host is shared: load generator, servers and database on the same cores)`);
} finally {
  for (const instance of instances) await instance.kill("SIGKILL");
  await server?.stop();
  cluster?.stop();
}
