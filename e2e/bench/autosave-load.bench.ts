// Autosave under load: N simulated respondents each save one answer per second for S seconds against a real
// `npm start` server (SQLite, synchronous=FULL), then a closed-loop burst measures capacity, beside a raw
// better-sqlite3 upsert loop on the same database file measured in the same run.
//   npm run bench:autosave            (BENCH_RESPONDENTS=200 BENCH_SECONDS=60 by default)
import Database from "better-sqlite3";
import path from "node:path";
import { QUESTIONNAIRE_V1 } from "../../lib/questionnaire/builtin";
import { percentile, ROOT, startServer } from "./support/server";
import { createRespondents } from "./support/respondents";

const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const BURST_SECONDS = 10;
const BURST_CONCURRENCY = 50;
const keys = QUESTIONNAIRE_V1.items.filter((i) => i.kind === "agreement" && !i.mirror).map((i) => i.key);

const failures = new Map<string, number>();
function recordFailure(what: string) {
  failures.set(what, (failures.get(what) ?? 0) + 1);
}

async function saveOnce(url: string, token: string, n: number): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/api/respond/answers`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: `bridge_invite=${token}`, Origin: url },
      body: JSON.stringify({ itemKey: keys[n % keys.length], value: 1 + (n % 5) }),
    });
    const body = await res.text();
    if (res.status !== 200) recordFailure(`${res.status} ${body.slice(0, 80)}`);
    return { ms: performance.now() - started, ok: res.status === 200 };
  } catch (e) {
    recordFailure(`network: ${(e as Error).cause ?? (e as Error).message}`);
    return { ms: performance.now() - started, ok: false };
  }
}

async function steadyLoad(url: string, tokens: string[]) {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    tokens.map(async (token, i) => {
      await new Promise((r) => setTimeout(r, (i * 1000) / tokens.length)); // spread the clients over a second
      for (let n = i; performance.now() < end; n++) {
        const tick = performance.now();
        const { ms, ok } = await saveOnce(url, token, n);
        latencies.push(ms);
        if (!ok) errors++;
        await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - tick))));
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), errors };
}

async function burst(url: string, tokens: string[]) {
  let done = 0;
  let errors = 0;
  const started = performance.now();
  const end = started + BURST_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: BURST_CONCURRENCY }, async (_, w) => {
      for (let n = w; performance.now() < end; n += BURST_CONCURRENCY) {
        const { ok } = await saveOnce(url, tokens[n % tokens.length]!, n);
        done++;
        if (!ok) errors++;
      }
    }),
  );
  return { rps: done / ((performance.now() - started) / 1000), errors };
}

function rawBaseline(file: string, responseIds: string[], itemIds: string[]) {
  const conn = new Database(file);
  conn.pragma("journal_mode = WAL");
  conn.pragma("synchronous = FULL");
  const upsert = conn.prepare(
    `INSERT INTO "Answer" ("id","responseId","itemId","value","createdAt","updatedAt") VALUES (?,?,?,?,?,?)
     ON CONFLICT("responseId","itemId") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
  );
  const count = 5000;
  const started = performance.now();
  for (let n = 0; n < count; n++) {
    const now = new Date().toISOString();
    upsert.run(`raw-${n}`, responseIds[n % responseIds.length], itemIds[n % itemIds.length], String(1 + (n % 5)), now, now);
  }
  const perSecond = count / ((performance.now() - started) / 1000);
  conn.close();
  return perSecond;
}

const server = await startServer();
try {
  const { db, tokens } = await createRespondents(server.databaseUrl, RESPONDENTS);
  for (const token of tokens.slice(0, 5)) await saveOnce(server.url, token, 0); // warm-up
  console.log(`autosave bench: ${RESPONDENTS} respondents × 1 save/s × ${SECONDS} s against ${server.url} (npm start, SQLite synchronous=FULL)`);
  const steady = await steadyLoad(server.url, tokens);
  const p = (x: number) => percentile(steady.latencies, x).toFixed(1);
  console.log(`  steady: ${steady.latencies.length} saves, ${steady.errors} errors, p50 ${p(50)} ms, p95 ${p(95)} ms, p99 ${p(99)} ms, max ${steady.latencies.at(-1)!.toFixed(1)} ms`);
  const capacity = await burst(server.url, tokens);
  console.log(`  capacity: ${capacity.rps.toFixed(0)} saves/s with ${BURST_CONCURRENCY} concurrent clients for ${BURST_SECONDS} s (${capacity.errors} errors)`);
  const responses = await db.response.findMany({ select: { id: true }, take: 200 });
  const items = await db.questionnaireItem.findMany({ where: { kind: "agreement" }, select: { id: true } }); // the raw loop writes any item
  await db.$disconnect();
  const raw = rawBaseline(path.join(ROOT, "e2e/.tmp/bench/bench.db"), responses.map((r) => r.id), items.map((i) => i.id));
  console.log(`  baseline: raw better-sqlite3 upsert loop ${raw.toFixed(0)} upserts/s (same file, same pragmas)`);
  console.log(`  ratio: app capacity is ${((capacity.rps / raw) * 100).toFixed(1)}% of the raw upsert rate`);
  for (const [what, count] of failures) console.log(`  failure ×${count}: ${what}`);
  console.log(`  goal p95 ≤ 50 ms with no errors: ${Number(p(95)) <= 50 && steady.errors === 0 ? "met" : "NOT met"}`);
} finally {
  await server.stop();
}
