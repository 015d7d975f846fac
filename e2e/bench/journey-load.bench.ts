// The whole respondent journey under load (issue #16 item 7): N simulated respondents on one `npm start` server
// (SQLite, a fresh database under e2e/.tmp/journey-load/), each over plain HTTP with its own cookie jar: invite
// link → welcome page → consent → the six sections (every answer autosaved, a save per change as the island
// sends them) → review → submit → personal results, with randomised think times. Arrivals are spread over the
// first 70% of the run. Beside them, in the same run, a plain static file of the same server (/islands/
// manifest.json, twice a second) is the baseline. Prints p50/p95/p99/max and errors per request kind, the
// server's CPU and memory, the host, a per-minute timeline and whether the goals are met (p95 ≤ 200 ms for
// pages, ≤ 50 ms for saves, no errors); then checks in the database (reading only) that every respondent's
// response is submitted with exactly the answers sent. Exit code 1 when there was any error.
//
//   npm run bench:journey-load                                        (500 respondents over 10 minutes)
//   npm run bench:journey-load -- --respondents=20 --minutes=1        (a smoke run)
//     --seed=N (1): the random think times and answers; --port=N (3230).
// Think times are those of THINK (support/respondent-journey.ts) for a 10-minute run, scaled by minutes / 10,
// so a shorter run keeps the same shape (a journey takes about 2-3 minutes of a 10-minute run).
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { percentile, startServer, type BenchServer } from "./support/server";
import { sleep } from "./support/autosave-load";
import { seededRandom } from "./support/journey-answers";
import { GOAL_MS, KINDS, Recorder, type Timed } from "./support/journey-recorder";
import { inviteRespondents, verifyResponses } from "./support/journey-respondents";
import { respondentJourney, type JourneyOutcome } from "./support/respondent-journey";
import { currentRssMb, findBelow, monitorServer, peakOfWindow, type MonitorSample } from "./support/server-monitor";

const flag = (name: string, fallback: number) => {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const RESPONDENTS = Math.round(flag("respondents", 500));
const MINUTES = flag("minutes", 10);
const SEED = flag("seed", 1);
const PORT = flag("port", 3230);
const ARRIVALS_SHARE = 0.7;
const STATIC_PATH = "/islands/manifest.json";
const STATIC_EVERY_MS = 500;
const FOLDER = "journey-load";

let server: BenchServer | null = null;
let interrupted = false;
async function cleanUp() {
  await server?.stop();
  server = null;
  rmSync(path.resolve(import.meta.dirname, "../.tmp", FOLDER), { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.log(`\n${signal}: stopping the server and removing the temporary database`);
    // while startServer is still waiting for the server, `server` is null: it is stopped as soon as it returns
    if (server) void cleanUp().then(() => process.exit(130));
  });
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "–");
const ms1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");

function printTable(recorder: Recorder) {
  console.log("\n| request kind | count | errors | p50 ms | p95 ms | p99 ms | max ms | goal p95 | met |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const kind of KINDS) {
    const s = recorder.summary(kind);
    const goal = GOAL_MS[kind];
    const met = goal === undefined ? "baseline" : s.p95 <= goal && s.errors === 0 ? "yes" : "NO";
    console.log(`| ${kind} | ${s.count} | ${s.errors} | ${ms1(s.p50)} | ${ms1(s.p95)} | ${ms1(s.p99)} | ${ms(s.max)} | ${goal === undefined ? "–" : `≤ ${goal}`} | ${met} |`);
  }
}

function printTimeline(timed: Timed[], samples: MonitorSample[], active: { at: number; n: number }[], monitorOffset: number) {
  const step = MINUTES <= 2 ? 10 : 60;
  console.log(`\n  timeline (per ${step} s): respondents active at its end, requests/s, p95 of saves and of pages, server CPU mean, server RSS at its end`);
  const last = Math.max(...timed.map((t) => t.at));
  for (let from = 0; from < last; from += step) {
    const slice = timed.filter((t) => t.at >= from && t.at < from + step);
    const saves = slice.filter((t) => t.kind === "answer save").map((t) => t.ms).sort((a, b) => a - b);
    const pages = slice.filter((t) => t.kind !== "answer save" && t.kind !== "static file (baseline)").map((t) => t.ms).sort((a, b) => a - b);
    const inSlice = samples.filter((s) => s.at - monitorOffset >= from && s.at - monitorOffset < from + step);
    const cpu = inSlice.map((s) => s.cpu);
    const activeThen = active.filter((a) => a.at <= from + step).at(-1)?.n ?? 0;
    console.log(
      `    ${String(from).padStart(4)}-${from + step} s: ${String(activeThen).padStart(3)} active, ${(slice.length / step).toFixed(1).padStart(5)} req/s, ` +
        `saves p95 ${ms1(percentile(saves, 95)).padStart(6)} ms, pages p95 ${ms1(percentile(pages, 95)).padStart(6)} ms, CPU ${ms(cpu.reduce((s, c) => s + c, 0) / Math.max(1, cpu.length)).padStart(3)}%, RSS ${ms(inSlice.at(-1)?.rssMb ?? NaN)} MB`,
    );
  }
}

async function run() {
  const loadAtStart = os.loadavg();
  server = await startServer(PORT, FOLDER);
  if (interrupted) return;
  const health = await fetch(`${server.url}/api/health`).catch(() => null);
  if (!health?.ok) throw new Error(`the server did not come up on ${server.url}`);
  const servePid = findBelow(server.pid, "scripts/serve.ts");

  const { db, respondents, version } = await inviteRespondents(server.databaseUrl, RESPONDENTS + 1);
  const warmup = respondents.pop()!; // one untimed journey first: the first request of each page is not the load's
  const warmupRecorder = new Recorder();
  const warm = await respondentJourney({ base: server.url, token: warmup.token, isLeader: false, random: seededRandom(SEED + 1), thinkScale: 0, recorder: warmupRecorder });
  if (!warm.completed) {
    warmupRecorder.failures.print("  ");
    throw new Error("the warm-up journey failed: nothing was measured");
  }

  const random = seededRandom(SEED);
  const windowMs = MINUTES * 60_000;
  const arrivals = respondents.map(() => random() * ARRIVALS_SHARE * windowMs);
  const recorder = new Recorder();
  const rssStart = currentRssMb(servePid);
  const monitor = monitorServer(servePid);
  const monitorOffset = (recorder.t0 - performance.now()) / 1000; // the monitor started just after the recorder
  const active: { at: number; n: number }[] = [];
  let activeNow = 0;
  let running = true;

  console.log(
    `journey load bench: ${RESPONDENTS} respondents over ${MINUTES} min (arrivals over the first ${Math.round(ARRIVALS_SHARE * MINUTES * 60)} s, think times × ${(MINUTES / 10).toFixed(2)}), ` +
      `questionnaire ${version}, one server ${server.url} (npm start, SQLite), baseline GET ${STATIC_PATH} every ${STATIC_EVERY_MS} ms`,
  );
  const baseline = (async () => {
    while (running) {
      const tick = performance.now();
      try {
        const res = await fetch(`${server!.url}${STATIC_PATH}`, { signal: AbortSignal.timeout(30_000) });
        await res.arrayBuffer();
        if (res.status === 200) recorder.ok("static file (baseline)", tick, performance.now() - tick);
        else recorder.fail("static file (baseline)", String(res.status), tick, performance.now() - tick);
      } catch (e) {
        recorder.fail("static file (baseline)", (e as Error).message, tick, null);
      }
      await sleep(Math.max(0, STATIC_EVERY_MS - (performance.now() - tick)));
    }
  })();
  const outcomes: JourneyOutcome[] = await Promise.all(
    respondents.map(async (r, i) => {
      await sleep(arrivals[i]!);
      if (interrupted) return { completed: false, saved: new Map() };
      active.push({ at: (performance.now() - recorder.t0) / 1000, n: ++activeNow });
      const outcome = await respondentJourney({ base: server!.url, token: r.token, isLeader: r.tier === "leader", random: seededRandom(SEED * 100_003 + i), thinkScale: MINUTES / 10, recorder });
      active.push({ at: (performance.now() - recorder.t0) / 1000, n: --activeNow });
      return outcome;
    }),
  );
  running = false;
  await baseline;
  monitor.stop();
  const seconds = (performance.now() - recorder.t0) / 1000;
  const rssEnd = currentRssMb(servePid);
  if (interrupted) return;

  const problems = await verifyResponses(db, version, respondents.map((respondent, i) => ({ respondent, saved: outcomes[i]!.saved })));
  await db.$disconnect();
  const completed = outcomes.filter((o) => o.completed).length;

  printTable(recorder);
  const cpu = monitor.samples.map((s) => s.cpu);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const total = recorder.timed.length;
  console.log(`\n  run: ${seconds.toFixed(0)} s, ${total} requests (${(total / seconds).toFixed(1)}/s), ${completed}/${RESPONDENTS} journeys reached their results, peak ${Math.max(0, ...active.map((a) => a.n))} respondents at once`);
  console.log(
    `  server (scripts/serve.ts and its children): CPU mean ${ms(mean(cpu))}% of one core, peak ${ms(peakOfWindow(cpu, 5))}% (5-s mean), highest 1-s ${ms(Math.max(...cpu))}%; ` +
      `RSS start ${ms(rssStart)} MB, peak ${ms(Math.max(rssStart, ...monitor.samples.map((s) => s.rssMb)))} MB, end ${ms(rssEnd)} MB`,
  );
  console.log(`  load generator (this process): CPU mean ${ms(mean(monitor.samples.map((s) => s.generatorCpu)))}% of one core, peak ${ms(peakOfWindow(monitor.samples.map((s) => s.generatorCpu), 5))}% (5-s mean)`);
  console.log(
    `  host: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB; load average (1 min) at start ${loadAtStart[0]!.toFixed(2)}, ` +
      `during the run mean ${mean(monitor.samples.map((s) => s.load1)).toFixed(2)} / peak ${Math.max(...monitor.samples.map((s) => s.load1)).toFixed(2)}, at end ${os.loadavg()[0]!.toFixed(2)}`,
  );
  printTimeline(recorder.timed, monitor.samples, active, monitorOffset);

  console.log(`\n  database check (read only): ${RESPONDENTS - new Set(problems.map((p) => p.split(":")[0])).size}/${RESPONDENTS} responses submitted with exactly the answers sent`);
  for (const p of problems.slice(0, 10)) console.log(`    ✗ ${p}`);
  if (problems.length > 10) console.log(`    … and ${problems.length - 10} more`);
  recorder.failures.print("  ");

  const errors = recorder.errorCount + problems.length;
  const worst = (kinds: string[]) => Math.max(...kinds.map((k) => recorder.summary(k as (typeof KINDS)[number]).p95));
  const pageKinds = KINDS.filter((k) => GOAL_MS[k] === 200);
  const pagesP95 = worst(pageKinds);
  const savesP95 = recorder.summary("answer save").p95;
  console.log(`\n  goal: 0 errors (requests and database check): ${errors === 0 ? "met" : `NOT met (${errors})`}`);
  console.log(`  goal: p95 ≤ 200 ms for every page kind (worst ${ms1(pagesP95)} ms): ${pagesP95 <= 200 ? "met" : "NOT met"}`);
  console.log(`  goal: p95 ≤ 50 ms for saves (${ms1(savesP95)} ms): ${savesP95 <= 50 ? "met" : "NOT met"}`);
  console.log(`  baseline: static file p95 ${ms1(recorder.summary("static file (baseline)").p95)} ms in the same run`);
  if (errors) process.exitCode = 1;
}

try {
  await run();
} finally {
  await cleanUp();
  if (interrupted) process.exit(130);
}
