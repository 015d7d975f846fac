// Fault drills under autosave load: BENCH_RESPONDENTS (200) respondents saving once a second plus 5 lanes of
// respondents that answer everything and submit (support/fault-load.ts).
// On PostgreSQL (the default): two `npm run serve` instances on one database (issue #13, "Faults"), requests sent
// round-robin to them.
//   (a) BENCH_KILLS (20) times, at a random moment 0.5-5 s after both are up, SIGKILL one instance (alternately)
//       and start it again at once. Counted: requests the survivor answered while the other was down, and its
//       errors (there should be none); requests lost with the killed one (no answer: sent once more to the other).
//   (b) BENCH_PG_RESTARTS (3) times, restart PostgreSQL (pg_ctl stop -m fast, down BENCH_OUTAGE_SECONDS (5) s,
//       start; BENCH_PG_STOP_MODE=immediate: a crash, then crash recovery), the instances running on. Counted:
//       during the outage, how requests are answered and how fast (503 with Retry-After expected, within the 3 s
//       connect timeout); after, the time to each instance's first success and the errors once it is back.
// --db=sqlite (issue #16 item 6): ONE server, as `npm start` runs it (scripts/serve.ts: group-committed autosave,
// the WAL checkpointed by its worker thread), on a SQLite file in a temporary folder, with only (a): BENCH_KILLS
// (20) SIGKILLs 0.5-5 s after it is up, each followed at once by a restart; a request that got no answer is sent
// once more after 250 ms. The killed process is the server itself (its own process group, checked to hold the
// database file; nothing of the group may survive). After each kill, before the restart, a copy of the file and
// its WAL is checked against the acknowledgements so far (later saves overwrite the same answers, so the check at
// the end alone would miss a loss at an earlier kill); after the load the server is SIGKILLed once more and the
// file checked as the crash left it. A probe in the server (support/group-commit-probe.mjs) reports how many saves
// each commit wrote.
// Then the database is checked against the acknowledgements: every acknowledged save's value is stored (or a
// later unacknowledged one), every acknowledged submit is stored, no submitted response lacks an answer or its
// submittedAt, no save was accepted after a submit. Exit code 1 when any check fails.
//   npm run bench:faults             (flock /tmp/bridge-e2e.lock npm run bench:faults on a shared machine)
//   npm run bench:faults:sqlite      (= --db=sqlite; ≈ 3 min after the build)
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sqlitePragmas } from "../../lib/db/adapter";
import { sleep } from "./support/autosave-load";
import { benchDatabase, type BenchDatabase } from "./support/databases";
import { FaultLoad, succeeded, type RequestRecord } from "./support/fault-load";
import { appInstance, groupMembers, holdsFile, prepareInstances, type Instance } from "./support/instances";
import { createPgDatabase, startPgCluster, type PgCluster } from "./support/pg";
import { createRespondents } from "./support/respondents";
import { percentile } from "./support/server";

const DB = process.argv.find((a) => a.startsWith("--db="))?.slice(5) ?? "postgresql";
if (DB !== "sqlite" && DB !== "postgresql") throw new Error(`--db must be sqlite or postgresql (got ${DB})`);
const SQLITE = DB === "sqlite";
const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 200);
const KILLS = Number(process.env.BENCH_KILLS ?? 20);
const RESTARTS = SQLITE ? 0 : Number(process.env.BENCH_PG_RESTARTS ?? 3);
const OUTAGE_MS = Number(process.env.BENCH_OUTAGE_SECONDS ?? 5) * 1000;
const STOP_MODE = process.env.BENCH_PG_STOP_MODE === "immediate" ? "immediate" : "fast";
const LANES = 5;
const SUBMITTERS = 600;
const NAMES = SQLITE ? ["server"] : ["instance A", "instance B"];
const PORTS = SQLITE ? [3412] : [3410, 3411];
const PROBE = path.join(import.meta.dirname, "support/group-commit-probe.mjs");

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : "–");
const between = (records: RequestRecord[], from: number, to: number) => records.filter((r) => r.at >= from && r.at < to && r.kind !== "late-save");
const failed = (records: RequestRecord[]) => records.filter((r) => !succeeded(r));
const byStatus = (records: RequestRecord[]) => {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.status ? String(r.status) : "no answer", (counts.get(r.status ? String(r.status) : "no answer") ?? 0) + 1);
  return [...counts].map(([s, n]) => `${s}×${n}`).join(" ") || "none";
};
const sortedMs = (records: RequestRecord[]) => records.map((r) => r.ms).sort((a, b) => a - b);
const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 50))} / max ${ms(sorted.at(-1) ?? NaN)} ms`;
};

interface Kill {
  victim: number;
  /** When the SIGKILL was sent, when the process had exited, when the restarted one answered /api/health. */
  at: number;
  down: number;
  back: number;
  restartMs: number;
  upMs: number;
  pid: number;
  /** Live processes in the server's process group just before the kill (their names), and just after it. */
  group: string[];
  left: number;
  /** SQLite: the killed process had the database file open (it was the server, not a wrapper). */
  heldDatabase: boolean;
  /** SQLite: a copy of the file as the kill left it, checked against the acknowledgements so far (before the restart). */
  check: Verified | null;
  checkMs: number;
}

type Verified = Awaited<ReturnType<FaultLoad["verify"]>>;
const problems = (v: Verified) => v.lost.length + v.notStored.length + v.halfSubmitted.length + v.steadySubmitted;

/**
 * The database file and its WAL copied right after a kill (without the -shm: SQLite recovers from the WAL, as after
 * a crash of the machine) and checked against every acknowledgement so far. Later saves overwrite the same
 * answers, so the check at the end alone would not see a loss at an earlier kill; the copy leaves the original
 * for the restarted server to recover itself.
 */
async function checkAsTheKillLeftIt(load: FaultLoad, file: string): Promise<{ check: Verified; checkMs: number }> {
  const t0 = performance.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), "bridge-bench-killed-"));
  try {
    for (const suffix of ["", "-wal"]) if (existsSync(file + suffix)) copyFileSync(file + suffix, path.join(dir, `bench.db${suffix}`));
    return { check: await load.verify(`file:${path.join(dir, "bench.db")}`), checkMs: performance.now() - t0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The autosave group commit's counters of one run of the server (lib/db/group-commit.ts stats()). */
interface GroupCommitCounts {
  batches: number;
  jobs: number;
  largest: number;
}

/** The group commit's counters of every run of the server, summed (written by support/group-commit-probe.mjs). */
function groupCommitTotals(dir: string) {
  const runs = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as GroupCommitCounts | null);
  const counted = runs.filter((r): r is GroupCommitCounts => r !== null);
  return {
    runs: runs.length,
    batches: counted.reduce((n, r) => n + r.batches, 0),
    jobs: counted.reduce((n, r) => n + r.jobs, 0),
    largest: Math.max(0, ...counted.map((r) => r.largest)),
    batchedRuns: counted.filter((r) => r.largest > 1).length,
  };
}

let cluster: PgCluster | null = null;
let sqlite: BenchDatabase | null = null;
let probeDir: string | null = null;
const instances: Instance[] = [];
let load: FaultLoad | null = null;
let exitCode = 1;
try {
  const where = SQLITE ? `one server on a SQLite file (the app's connection: ${sqlitePragmas("background").map((p) => p.replace("PRAGMA ", "")).join(", ")})` : "2 instances on one PostgreSQL";
  console.log(`fault drills: ${where}, ${RESPONDENTS} respondents × 1 save/s + ${LANES} submit lanes; ${os.cpus().length} cores, load ${os.loadavg().map((x) => x.toFixed(1)).join(" / ")}`);
  let url: string;
  if (SQLITE) {
    sqlite = await benchDatabase("sqlite", "faults");
    url = sqlite.url;
  } else {
    cluster = await startPgCluster({ durable: true, maxConnections: 100 });
    url = await createPgDatabase(cluster, "faults");
  }
  await prepareInstances(url);
  const created = await createRespondents(url, RESPONDENTS + SUBMITTERS);
  await created.db.$disconnect();
  if (SQLITE) probeDir = mkdtempSync(path.join(os.tmpdir(), "bridge-bench-group-commit-"));
  const probe: { env: Record<string, string>; imports: string[] } = probeDir ? { env: { BENCH_GROUP_COMMIT_DIR: probeDir }, imports: [PROBE] } : { env: {}, imports: [] };
  instances.push(...PORTS.map((port, i) => appInstance(NAMES[i]!, url, port, probe.env, probe.imports)));
  for (const instance of instances) await instance.start();
  load = new FaultLoad(instances.map((i) => i.url), created.respondents.slice(0, RESPONDENTS), created.respondents.slice(RESPONDENTS), created.organization, LANES);
  load.start();
  const loadStarted = performance.now();
  await sleep(5000);

  // (a) SIGKILL an instance (alternately, when there are two), restart it at once
  const kills: Kill[] = [];
  let upSince = loadStarted;
  for (let k = 0; k < KILLS; k++) {
    await sleep(500 + Math.random() * 4500);
    const victim = k % instances.length;
    const pid = instances[victim]!.pid()!;
    const group = groupMembers(pid).map((p) => p.name);
    const heldDatabase = sqlite ? holdsFile(pid, sqlite.file!) : false;
    const at = performance.now();
    await instances[victim]!.kill("SIGKILL");
    const down = performance.now();
    const left = groupMembers(pid).length;
    // nothing can be acknowledged while the server is down: the ledger holds every acknowledgement the file must keep
    const { check, checkMs } = sqlite ? await checkAsTheKillLeftIt(load, sqlite.file!) : { check: null, checkMs: 0 };
    const restartMs = await instances[victim]!.start();
    const back = performance.now();
    kills.push({ victim, at, down, back, restartMs, upMs: at - upSince, pid, group, left, heldDatabase, check, checkMs });
    upSince = back;
  }
  await sleep(3000);

  // (b) restart PostgreSQL under load
  const restarts: { at: number; down: number; up: number }[] = [];
  for (let r = 0; r < RESTARTS; r++) {
    await sleep(5000);
    const at = performance.now();
    await cluster!.stopServer(STOP_MODE);
    const down = performance.now();
    await sleep(OUTAGE_MS);
    await cluster!.startServer();
    restarts.push({ at, down, up: performance.now() });
    await sleep(10_000);
  }
  await load.stop();
  // SQLite: the file is checked as a crash leaves it (no clean shutdown, the WAL not checkpointed)
  if (SQLITE) await instances[0]!.kill("SIGKILL");
  const records = load.records;

  if (SQLITE) {
    console.log(`\n(a) SIGKILL the server under load, ${KILLS} times (0.5-5 s after it is up), each time started again at once`);
    console.log("| # | up ms | pid | held the database file | processes in its group / left after the kill | in flight at the kill, no answer | sent while down, no answer | file as the kill left it: acknowledged answers stored, problems | check ms | kill to healthy ms (without the check) | start to healthy ms | kill to next acknowledged save ms |");
    console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
  } else {
    console.log(`\n(a) SIGKILL one of two instances under load, ${KILLS} times`);
    console.log("| # | killed | restart to healthy ms | survivor: requests while the other was down | survivor errors | survivor p95 / max ms | requests to the killed one without answer (sent again to the other) |");
    console.log("|---|---|---|---|---|---|---|");
  }
  let survivorRequests = 0;
  let survivorErrors = 0;
  const nextAck = kills.map((k) => Math.min(...records.filter((r) => r.kind === "save" && succeeded(r) && r.at + r.ms >= k.down).map((r) => r.at + r.ms)) - k.at);
  kills.forEach((k, i) => {
    const window = between(records, k.at, k.back);
    if (SQLITE) {
      const inFlight = records.filter((r) => r.at < k.at && r.at + r.ms >= k.at && r.status === 0).length;
      const whileDown = window.filter((r) => r.status === 0).length;
      console.log(`| ${i + 1} | ${ms(k.upMs)} | ${k.pid} | ${k.heldDatabase ? "yes" : "NO"} | ${k.group.join(" + ")} / ${k.left} | ${inFlight} | ${whileDown} | ${k.check!.acknowledged - k.check!.lost.length} of ${k.check!.acknowledged}, ${problems(k.check!)} | ${ms(k.checkMs)} | ${ms(k.back - k.at - k.checkMs)} | ${ms(k.restartMs)} | ${ms(nextAck[i]! - k.checkMs)} |`);
      return;
    }
    const survivor = window.filter((r) => r.instance !== k.victim);
    const lost = window.filter((r) => r.instance === k.victim && r.status === 0).length + records.filter((r) => r.instance === k.victim && r.at < k.at && r.at + r.ms >= k.at && r.status === 0).length;
    survivorRequests += survivor.length;
    survivorErrors += failed(survivor).length;
    const sorted = sortedMs(survivor);
    console.log(`| ${i + 1} | ${"AB"[k.victim]} | ${ms(k.restartMs)} | ${survivor.length} | ${failed(survivor).length ? byStatus(failed(survivor)) : 0} | ${ms(percentile(sorted, 95))} / ${ms(sorted.at(-1) ?? NaN)} | ${lost} |`);
  });
  const restartTimes = kills.map((k) => k.restartMs).sort((a, b) => a - b);
  if (SQLITE) {
    console.log(`  time to come back: start to healthy ${spread(restartTimes)}; kill to healthy ${spread(kills.map((k) => k.back - k.at - k.checkMs))}; kill to the next acknowledged save ${spread(nextAck.map((t, i) => t - kills[i]!.checkMs))} (each without the check of the file)`);
  } else {
    const survivorMs = sortedMs(kills.flatMap((k) => between(records, k.at, k.back).filter((r) => r.instance !== k.victim)));
    const calm = sortedMs(between(records, loadStarted, kills[0]?.at ?? loadStarted));
    console.log(`  survivor: ${survivorRequests} requests while the other instance was down, ${survivorErrors} errors, answer time p50 ${ms(percentile(survivorMs, 50))} / p95 ${ms(percentile(survivorMs, 95))} ms (both up, before the first kill: p50 ${ms(percentile(calm, 50))} / p95 ${ms(percentile(calm, 95))} ms); restart to healthy median ${ms(percentile(restartTimes, 50))} ms (${ms(restartTimes[0] ?? NaN)}-${ms(restartTimes.at(-1) ?? NaN)})`);
  }

  let slowOutageAnswers = 0;
  let errorsAfter = 0;
  if (!SQLITE) {
    console.log(`\n(b) PostgreSQL restarted under load (pg_ctl stop -m ${STOP_MODE}, ${OUTAGE_MS / 1000} s down, start), ${RESTARTS} times`);
    console.log("| # | outage ms | requests during | answers during | answer time p50 / p95 / max ms | 503 with Retry-After | first success after restart, A / B ms | errors after restart |");
    console.log("|---|---|---|---|---|---|---|---|");
  }
  restarts.forEach((r, i) => {
    const during = between(records, r.at, r.up);
    const sorted = sortedMs(during);
    slowOutageAnswers += during.filter((x) => x.ms > 3500).length;
    const with503 = during.filter((x) => x.status === 503);
    const firstOk = [0, 1].map((inst) => Math.min(...records.filter((x) => x.instance === inst && succeeded(x) && x.at + x.ms >= r.up).map((x) => x.at + x.ms - r.up)));
    const after = failed(between(records, r.up, r.up + 10_000));
    errorsAfter += after.length;
    const lastError = after.length ? ` (last ${ms(Math.max(...after.map((x) => x.at + x.ms - r.up)))} ms after)` : "";
    console.log(`| ${i + 1} | ${ms(r.up - r.at)} | ${during.length} | ${byStatus(during)} | ${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 95))} / ${ms(sorted.at(-1) ?? NaN)} | ${with503.filter((x) => x.retryAfter).length} of ${with503.length} | ${firstOk.map(ms).join(" / ")} | ${after.length ? byStatus(after) : 0}${lastError} |`);
  });

  const check = await load.verify(url);
  const crashes = instances.flatMap((i) => i.crashes);
  const outside = failed(records.filter((r) => r.kind !== "late-save" && !kills.some((k) => r.at + r.ms >= k.at && r.at < k.back) && !restarts.some((x) => r.at + r.ms >= x.at && r.at < x.up + 10_000)));
  const leftAlive = kills.reduce((n, k) => n + k.left, 0);
  console.log("\nchecks");
  const rows: [string, string, boolean][] = [
    [
      `answers holding their last acknowledged value (${records.filter((r) => r.kind === "save" && r.status === 200).length} saves acknowledged)`,
      `${check.acknowledged - check.lost.length} of ${check.acknowledged} (response, question) pairs`,
      check.lost.length === 0,
    ],
    ["acknowledged submits stored", `${load.submitted.size - check.notStored.length} of ${load.submitted.size}`, check.notStored.length === 0],
    ["submitted responses complete (every answer, submittedAt)", `${check.submittedInDb - check.halfSubmitted.length} of ${check.submittedInDb}`, check.halfSubmitted.length === 0],
    ["saves accepted after an acknowledged submit", String(load.lateAccepted.length), load.lateAccepted.length === 0],
    ["steady respondents (never submit) found submitted", String(check.steadySubmitted), check.steadySubmitted === 0],
    ...(SQLITE
      ? ([
          [
            "the file as each kill left it: acknowledged answers lost, submits lost or half stored",
            `${kills.reduce((n, k) => n + problems(k.check!), 0)} in ${kills.length} checks (${kills.reduce((n, k) => n + k.check!.acknowledged, 0)} answers checked)`,
            kills.every((k) => problems(k.check!) === 0),
          ],
          ["killed processes that held the database file (the server itself)", `${kills.filter((k) => k.heldDatabase).length} of ${kills.length}`, kills.every((k) => k.heldDatabase)],
        ] as [string, string, boolean][])
      : ([
          ["survivor errors while the other instance was down", String(survivorErrors), survivorErrors === 0],
          ["answers slower than 3.5 s during a PostgreSQL outage", String(slowOutageAnswers), slowOutageAnswers === 0],
          ["errors in the 10 s after PostgreSQL was back", String(errorsAfter), errorsAfter === 0],
        ] as [string, string, boolean][])),
    ["processes of a killed server's group still alive after the kill", String(leftAlive), leftAlive === 0],
    ["errors outside the fault windows", outside.length ? byStatus(outside) : "0", outside.length === 0],
    ["instance exits we did not cause", String(crashes.length), crashes.length === 0],
  ];
  console.log("| check | result | |\n|---|---|---|");
  for (const [what, result, ok] of rows) console.log(`| ${what} | ${result} | ${ok ? "ok" : "FAILED"} |`);
  const saves = records.filter((r) => r.kind === "save");
  const submits = records.filter((r) => r.kind === "submit");
  const lateSaves = records.filter((r) => r.kind === "late-save");
  console.log(`  ${records.length} requests in all. saves: ${saves.length} sent, ${saves.filter(succeeded).length} acknowledged, ${saves.filter((r) => r.status === 0).length} without answer (lost with a kill: may or may not be stored), answers ${byStatus(saves)}`);
  console.log(`  submits: ${load.submitted.size} acknowledged (${submits.length} submit requests: ${byStatus(submits)}); saves after a submit: ${lateSaves.length} (${byStatus(lateSaves)}); ${load.abandoned} respondents abandoned by a lane (a save or submit not acknowledged after retries)`);
  console.log(`  kills: ${kills.length}${SQLITE ? " under load, and one more after the load, before the check" : ""}`);
  if (probeDir) {
    const gc = groupCommitTotals(probeDir);
    console.log(
      gc.batches
        ? `  group commit, from the server's own counters (${gc.runs} runs, the last ≤ 0.2 s before each kill not counted): ${gc.jobs} saves in ${gc.batches} commits, ${(gc.jobs / gc.batches).toFixed(2)} saves per commit, largest ${gc.largest}; ${gc.batchedRuns} of ${gc.runs} runs wrote several saves in one commit`
        : `  group commit: no counters from the server (${gc.runs} runs; globalThis.bridgeAnswerWrites not found)`,
    );
  }
  const events = [{ what: "the load started", t: loadStarted }, ...kills.map((k, i) => ({ what: `${NAMES[k.victim]} back after kill ${i + 1}`, t: k.back })), ...restarts.map((r, i) => ({ what: `PostgreSQL back after restart ${i + 1}`, t: r.up }))];
  const since = (t: number) => events.filter((e) => e.t <= t).sort((a, b) => b.t - a.t)[0];
  const outsideLines = outside.map((r) => `outside the windows: ${r.kind} to ${NAMES[r.instance]} answered ${r.status} after ${ms(r.ms)} ms, sent ${ms(r.at - since(r.at)!.t)} ms after ${since(r.at)!.what}: ${r.body}`);
  const atKills = kills.flatMap((k, i) => (k.check ? [...k.check.lost, ...k.check.notStored, ...k.check.halfSubmitted].map((line) => `after kill ${i + 1}: ${line}`) : []));
  for (const line of [...check.lost, ...check.notStored, ...check.halfSubmitted, ...atKills, ...crashes, ...outsideLines].slice(0, 30)) console.log(`  ! ${line}`);
  for (const [what, n] of [...failed(records)].reduce((m, r) => m.set(`${r.status} ${r.body}`, (m.get(`${r.status} ${r.body}`) ?? 0) + 1), new Map<string, number>())) console.log(`  answer ×${n}: ${what}`);
  for (const instance of instances) for (const [line, n] of instance.stderrLines) console.log(`  ${instance.name} stderr ×${n}: ${line}`);
  console.log(`  load at the end ${os.loadavg().map((x) => x.toFixed(1)).join(" / ")} (the host is shared: load generator, ${SQLITE ? "server" : "instances and database"} on the same cores)`);
  exitCode = rows.every(([, , ok]) => ok) ? 0 : 1;
} finally {
  await load?.stop();
  for (const instance of instances) await instance.kill("SIGKILL");
  cluster?.stop();
  if (probeDir) rmSync(probeDir, { recursive: true, force: true });
  // a failed check keeps the database for a look at what was lost
  if (sqlite && exitCode !== 0) console.log(`  database kept: ${sqlite.file}`);
  else sqlite?.cleanup();
}
process.exitCode = exitCode;
