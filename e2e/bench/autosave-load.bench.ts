// Autosave under load: N simulated respondents each save one answer per second for S seconds against a real
// `npm start` server (SQLite, synchronous=FULL), then a closed-loop burst measures capacity, beside a raw
// better-sqlite3 upsert loop on the same database file measured in the same run.
//   npm run bench:autosave            (BENCH_RESPONDENTS=200 BENCH_SECONDS=60 by default)
import { burst, Failures, latencySummary, saveOnce, steadyLoad, timeline } from "./support/autosave-load";
import { rawSqliteUpserts } from "./support/raw-upsert";
import { startServer } from "./support/server";
import { createRespondents } from "./support/respondents";

const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const BURST_SECONDS = 10;
const BURST_CONCURRENCY = 50;
const failures = new Failures();

const server = await startServer();
try {
  const { db, tokens } = await createRespondents(server.databaseUrl, RESPONDENTS);
  for (const token of tokens.slice(0, 5)) await saveOnce(server.url, token, 0, failures); // warm-up
  console.log(`autosave bench: ${RESPONDENTS} respondents × 1 save/s × ${SECONDS} s against ${server.url} (npm start, SQLite synchronous=FULL)`);
  const steady = await steadyLoad([server.url], tokens, SECONDS, failures);
  const s = latencySummary(steady.latencies);
  console.log(`  steady: ${s.count} saves, ${steady.errors} errors, p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms, max ${s.max} ms`);
  console.log(`  timeline: ${timeline(steady.bySecond)}`);
  const capacity = await burst([server.url], tokens, BURST_SECONDS, BURST_CONCURRENCY, failures);
  console.log(`  capacity: ${capacity.rps.toFixed(0)} saves/s with ${BURST_CONCURRENCY} concurrent clients for ${BURST_SECONDS} s (${capacity.errors} errors)`);
  const responses = await db.response.findMany({ select: { id: true }, take: 200 });
  const items = await db.questionnaireItem.findMany({ where: { kind: "agreement" }, select: { id: true } }); // the raw loop writes any item
  await db.$disconnect();
  const raw = rawSqliteUpserts(server.file, responses.map((r) => r.id), items.map((i) => i.id));
  console.log(`  baseline: raw better-sqlite3 upsert loop ${raw.toFixed(0)} upserts/s (same file, same pragmas)`);
  console.log(`  ratio: app capacity is ${((capacity.rps / raw) * 100).toFixed(1)}% of the raw upsert rate`);
  failures.print();
  console.log(`  goal p95 ≤ 50 ms with no errors: ${s.p95 <= 50 && steady.errors === 0 ? "met" : "NOT met"}`);
} finally {
  await server.stop();
}
