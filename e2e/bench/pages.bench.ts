// Server time of the respondent's questionnaire page and of the landing page, and the time from start to the
// first request served, over HTTP only, against the production server of the tree this file sits in.
//
//   npm run bench:pages              (npx tsx e2e/bench/pages.bench.ts)
//     Starts `npx tsx scripts/start.ts` (migrate, seed reference data, build if stale, serve) on a fresh SQLite
//     file in a temporary folder; creates an organization, an assessment on questionnaire v2 and one participant
//     through prisma/factories on that file; opens the invite (GET /r/<token> sets the invite cookie) and consents
//     (POST /api/respond/consent, agree=on) as a browser would; the welcome page then redirects to the first
//     section of the questionnaire. Times BENCH_N (300) sequential GETs of that section page (HTML, 200) and of the
//     landing page `/`, beside the same number of GETs of /api/health (the baseline, in the same run): the three
//     are interleaved request by request, after 20 untimed requests of each. Each time is from sending the request
//     to the last byte of the body. Prints median, p95 and median / health median.
//
//   npm run bench:pages -- --startup (npx tsx e2e/bench/pages.bench.ts --startup)
//     First request after start with a current build: one untimed start builds if the build is stale and
//     migrates and seeds the database, then BENCH_STARTS (3) rounds, each a baseline then the app: the baseline is
//     `node -e "require('http').createServer((q,s)=>s.end('ok')).listen(PORT)"`, timed from launch to its first
//     200; the app is `npx tsx scripts/start.ts` on the same, already prepared database (migrations checked,
//     reference data seeded, build reused), timed from launch to the first 200 of /api/health and of `/`
//     (polled side by side every 10 ms). Prints each round and the medians, and app / baseline.
//
// Both modes take the production build of this tree (.next); the page mode builds it first when it is stale,
// the startup mode in its untimed first start. Ports: BENCH_PORT (3210) for the app, BENCH_PORT + 1 for the
// baseline server. Demo data is never seeded (BRIDGE_SEED_DEMO=false).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb } from "../../lib/db/create-db";
import { createAssessment, createOrganization, createParticipant } from "../../prisma/factories";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const N = Number(process.env.BENCH_N ?? 300);
const WARMUP = 20;
const STARTS = Number(process.env.BENCH_STARTS ?? 3);
const SECRET = "bench-secret-bench-secret-bench-secret-00";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { median: (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2, p95: at(0.95) };
}

interface Proc {
  child: ChildProcess;
  exited: Promise<void>;
}

/** A process in its own process group (so stopping it stops what it started, e.g. scripts/serve.ts). */
function launch(command: string, args: string[], env: NodeJS.ProcessEnv, output: "inherit" | "ignore"): Proc {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", output, "inherit"], detached: true });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return { child, exited };
}

async function stop(proc: Proc, port: number) {
  try {
    process.kill(-proc.child.pid!, "SIGTERM");
  } catch {
    // already gone
  }
  await Promise.race([proc.exited, sleep(10_000)]);
  try {
    process.kill(-proc.child.pid!, "SIGKILL");
  } catch {
    // the whole group is gone
  }
  // the port is free again before the next start
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(500) });
    } catch {
      return;
    }
    await sleep(50);
  }
}

function appEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(PORT),
    HOST: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    BRIDGE_SECRET: SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
    BRIDGE_SEED_DEMO: "false",
  };
}

const startApp = (databaseUrl: string, output: "inherit" | "ignore") =>
  launch("npx", ["tsx", path.join(ROOT, "scripts/start.ts")], appEnv(databaseUrl), output);

/** Milliseconds from `since` to the first 200 of `url` (polled every 10 ms), or throws after `limitMs`. */
async function firstOk(url: string, since: number, limitMs: number, proc?: Proc): Promise<number> {
  let gone = false;
  proc?.exited.then(() => (gone = true));
  while (performance.now() - since < limitMs) {
    if (gone) throw new Error(`the server exited before ${url} answered`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  throw new Error(`${url} gave no 200 within ${limitMs / 1000} s`);
}

async function timed(url: string, cookie: string): Promise<{ ms: number; status: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status, bytes: body.byteLength };
}

async function pages() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bridge-bench-pages-"));
  const databaseUrl = `file:${path.join(dir, "bench.db")}`;
  const base = `http://127.0.0.1:${PORT}`;
  const server = startApp(databaseUrl, "ignore");
  try {
    await firstOk(`${base}/api/health`, performance.now(), 600_000, server);

    const db = createDb(databaseUrl);
    const org = await createOrganization(db, { name: "Bench organization", isDemo: true });
    const assessment = await createAssessment(db, org.id, { title: "Bench assessment", questionnaireVersionId: "v2" });
    const { token } = await createParticipant(db, { assessmentId: assessment.id, waveId: assessment.waves[0]!.id, side: "marketing", tier: "leader" });
    await db.$disconnect();

    // the invite link moves the token into the invite cookie and redirects
    const opened = await fetch(`${base}/r/${token}`, { redirect: "manual" });
    const setCookie = opened.headers.getSetCookie().find((c) => c.startsWith("bridge_invite="));
    if (opened.status !== 303 || !setCookie) throw new Error(`GET /r/<token>: ${opened.status}, no invite cookie`);
    const cookie = setCookie.split(";")[0]!;
    const consent = await fetch(`${base}/api/respond/consent`, {
      method: "POST",
      headers: { Cookie: cookie, Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
      body: "agree=on",
      redirect: "manual",
    });
    if (consent.status !== 303 || consent.headers.get("location") !== "/respond") {
      throw new Error(`POST /api/respond/consent: ${consent.status} → ${consent.headers.get("location")}`);
    }
    // a consented respondent's welcome page sends them to the first unanswered section
    const welcome = await fetch(`${base}/respond`, { headers: { Cookie: cookie }, redirect: "manual" });
    const location = welcome.headers.get("location");
    if (!location?.startsWith("/respond/")) throw new Error(`GET /respond: ${welcome.status} → ${location}`);
    const section = location.split("#")[0]!; // the first unanswered item's anchor is the browser's business

    const targets = [
      { name: "/api/health (baseline)", url: `${base}/api/health`, cookie: "" },
      { name: `questionnaire page ${section}`, url: `${base}${section}`, cookie },
      { name: "landing page /", url: `${base}/`, cookie: "" },
    ];
    for (const t of targets) {
      const first = await timed(t.url, t.cookie);
      if (first.status !== 200) throw new Error(`${t.url}: ${first.status}`);
      for (let i = 1; i < WARMUP; i++) await timed(t.url, t.cookie);
    }
    const ms: number[][] = targets.map(() => []);
    const bytes: number[] = targets.map(() => 0);
    for (let i = 0; i < N; i++) {
      for (const [k, t] of targets.entries()) {
        const r = await timed(t.url, t.cookie);
        if (r.status !== 200) throw new Error(`${t.url}: ${r.status} on request ${i + 1}`);
        ms[k]!.push(r.ms);
        bytes[k] = r.bytes;
      }
    }
    const health = stats(ms[0]!);
    console.log(`pages bench (production build, ${N} sequential GETs each, interleaved, after ${WARMUP} untimed)`);
    for (const [k, t] of targets.entries()) {
      const s = stats(ms[k]!);
      console.log(
        `  ${t.name.padEnd(34)} median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, ${(bytes[k]! / 1024).toFixed(1)} KB` +
          (k ? `, ratio median / health median ${(s.median / health.median).toFixed(2)}` : ""),
      );
    }
  } finally {
    await stop(server, PORT);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function startup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bridge-bench-startup-"));
  const databaseUrl = `file:${path.join(dir, "bench.db")}`;
  const base = `http://127.0.0.1:${PORT}`;
  const basePort = PORT + 1;
  try {
    // untimed: builds when stale, migrates and seeds the database the timed starts reuse
    const prepare = startApp(databaseUrl, "ignore");
    try {
      await firstOk(`${base}/api/health`, performance.now(), 600_000, prepare);
      await firstOk(`${base}/`, performance.now(), 60_000, prepare);
    } finally {
      await stop(prepare, PORT);
    }
    const rounds: { baseline: number; health: number; landing: number }[] = [];
    console.log(`startup bench: first 200 after launch, ${STARTS} rounds (baseline, then the app on a prepared database with a current build)`);
    for (let i = 0; i < STARTS; i++) {
      const b0 = performance.now();
      const plain = launch(process.execPath, ["-e", `require('http').createServer((q,s)=>s.end('ok')).listen(${basePort}, '127.0.0.1')`], process.env, "ignore");
      const baseline = await firstOk(`http://127.0.0.1:${basePort}/`, b0, 30_000, plain);
      await stop(plain, basePort);

      const t0 = performance.now();
      const app = startApp(databaseUrl, "ignore");
      try {
        const [health, landing] = await Promise.all([
          firstOk(`${base}/api/health`, t0, 120_000, app),
          firstOk(`${base}/`, t0, 120_000, app),
        ]);
        rounds.push({ baseline, health, landing });
        console.log(
          `  round ${i + 1}: /api/health ${health.toFixed(0)} ms, / ${landing.toFixed(0)} ms; baseline (node http server) ${baseline.toFixed(0)} ms; ` +
            `ratio ${(health / baseline).toFixed(2)} / ${(landing / baseline).toFixed(2)}`,
        );
      } finally {
        await stop(app, PORT);
      }
    }
    const med = (xs: number[]) => stats(xs).median;
    const m = { baseline: med(rounds.map((r) => r.baseline)), health: med(rounds.map((r) => r.health)), landing: med(rounds.map((r) => r.landing)) };
    console.log(
      `  median: /api/health ${m.health.toFixed(0)} ms, / ${m.landing.toFixed(0)} ms, baseline ${m.baseline.toFixed(0)} ms; ` +
        `median of the ratios ${med(rounds.map((r) => r.health / r.baseline)).toFixed(2)} / ${med(rounds.map((r) => r.landing / r.baseline)).toFixed(2)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await (process.argv.includes("--startup") ? startup() : pages());
