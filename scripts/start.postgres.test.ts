// What `npm start` does before it serves, on PostgreSQL, with several instances starting together on one empty
// database: the start lock (lib/db/start-lock.ts) makes one of them migrate and seed, and the others find it done.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { createPgDatabase } from "../lib/test/pg-database";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PANEL_ORGANIZATIONS } from "../prisma/seed-panel-demo";
import { START_LOCK_KEY } from "../lib/db/start-lock";

const root = path.resolve(import.meta.dirname, "..");
const server = inject("pgServerUrl");
const admin = new pg.Client({ connectionString: server });
beforeAll(() => admin.connect());
afterAll(() => admin.end());

const freshDatabase = () => createPgDatabase(server, "start");

function prepareInChild(databaseUrl: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib/test/fixtures/prepare-database-child.ts")], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", BRIDGE_SECRET: "x".repeat(40) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("exit", (code) => resolve({ code, out, err }));
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("starting several instances on one PostgreSQL database", () => {
  it("three starts at once: each migration applied once, one demo organization, every start succeeds", async () => {
    const url = await freshDatabase();
    const runs = await Promise.all([prepareInChild(url), prepareInChild(url), prepareInChild(url)]);
    for (const run of runs) expect(run.code, run.err).toBe(0);
    const summaries = runs.map((r) => JSON.parse(r.out.trim().split("\n").at(-1)!) as { demoCreated: boolean; lines: string[] });
    expect(summaries.filter((s) => s.demoCreated)).toHaveLength(1);

    const migrations = await query<{ migration_name: string; n: string }>(
      url,
      'SELECT "migration_name", COUNT(*) AS n FROM "_prisma_migrations" GROUP BY "migration_name"',
    );
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.every((m) => Number(m.n) === 1)).toBe(true);
    const [orgs] = await query<{ n: string }>(url, 'SELECT COUNT(*) AS n FROM "Organization"');
    expect(Number(orgs!.n)).toBe(1 + DEMO_PANEL_ORGANIZATIONS);
    const [sources] = await query<{ n: string }>(url, 'SELECT COUNT(*) AS n FROM "BenchmarkSource"');
    expect(Number(sources!.n)).toBe(5);
    // the lock is a session lock: nothing holds it once the starts are done
    const held = await query(url, `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = ${START_LOCK_KEY}`);
    expect(held).toEqual([]);
  }, 180_000); // three Node processes migrating and seeding on two cores

  it("a start killed while holding the lock does not block the next one", async () => {
    const url = await freshDatabase();
    const holder = new pg.Client({ connectionString: url });
    holder.on("error", () => {}); // it is terminated below
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock($1)", [START_LOCK_KEY]);
    const waiting = prepareInChild(url);
    // wait until the child is really queued on the lock (its start-up takes seconds on a busy machine)
    for (let tries = 0; ; tries++) {
      const queued = await query(url, `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = ${START_LOCK_KEY} AND NOT granted`);
      if (queued.length > 0) break;
      if (tries > 600) throw new Error("the second start never queued on the lock");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [seen] = await query<{ n: string }>(url, "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_name = '_prisma_migrations'");
    expect(Number(seen!.n)).toBe(0); // the second start waits for the lock instead of migrating beside it
    // the holder's connection dies as a killed process's would
    await admin.query(`SELECT pg_terminate_backend($1)`, [(holder as unknown as { processID: number }).processID]);
    const run = await waiting;
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out.trim().split("\n").at(-1)!)).toMatchObject({
      demoCreated: true,
      lines: expect.arrayContaining(["• Another instance is preparing the database; waiting for it"]),
    });
  }, 180_000);
});
