// The PostgreSQL pool behind the app's client: its size holds under load, and a connection the server drops
// (a restart, a failover, an idle timeout on a proxy) neither crashes the process nor breaks the next query.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "./create-db";

const url = process.env.DATABASE_URL!;
const database = new URL(url).pathname.slice(1);
const admin = new pg.Client({ connectionString: url });
afterAll(() => admin.end());

const backends = async () => {
  const { rows } = await admin.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
    [database],
  );
  return rows.map((r) => r.pid);
};

describe("the PostgreSQL pool", () => {
  it("opens at most BRIDGE_DB_POOL_SIZE connections however many queries wait", async () => {
    await admin.connect();
    const db = createDb(url, { poolSize: 3 });
    let peak = 0;
    let sampling: Promise<unknown> = Promise.resolve();
    const sampler = setInterval(() => (sampling = sampling.then(backends).then((pids) => (peak = Math.max(peak, pids.length)))), 20);
    const results = await Promise.all(Array.from({ length: 12 }, () => db.$queryRaw<{ one: number }[]>`SELECT 1 AS one, CAST(pg_sleep(0.1) AS TEXT) AS slept`));
    clearInterval(sampler);
    await sampling;
    expect(results).toHaveLength(12);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(3);
    await db.$disconnect();
  });

  it("survives the server killing its idle connections, and the next query reconnects", async () => {
    const db = createDb(url, { poolSize: 2 });
    await Promise.all([db.user.count(), db.user.count()]);
    const pids = await backends();
    expect(pids.length).toBeGreaterThan(0);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(" "));
    try {
      for (const pid of pids) await admin.query("SELECT pg_terminate_backend($1)", [pid]);
      await new Promise((resolve) => setTimeout(resolve, 300)); // the idle clients' error events arrive (unhandled, they would crash this process)
      expect(warnings.some((w) => /PostgreSQL dropped an idle connection/.test(w))).toBe(true);
      expect(await db.user.count()).toBeGreaterThanOrEqual(0);
      expect((await backends()).some((pid) => !pids.includes(pid))).toBe(true);
    } finally {
      console.warn = warn;
      await db.$disconnect();
    }
  });
});
