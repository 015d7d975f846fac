// Instances that start together on one PostgreSQL database migrate and seed it once: each takes this advisory
// lock first; the first migrates and seeds, the others wait, then find nothing pending and the seed present.
// Used by npm start (scripts/lib/prepare-database.ts) and npm run db:seed.
import pg from "pg";
import { databaseKind } from "./adapter";

/**
 * Not 72707369, the key Prisma's schema engine locks while it migrates: the engine runs inside the lock on
 * another connection, and the same key there would wait for ourselves. A session lock ends with its connection,
 * so an instance killed half-way never leaves it held.
 */
export const START_LOCK_KEY = 0x42524944; // "BRID"

/** Runs `fn` holding the start lock on PostgreSQL; on SQLite (one instance per file) just runs it. */
export async function withStartLock<T>(databaseUrl: string, fn: () => Promise<T>, log: (line: string) => void = () => {}): Promise<T> {
  if (databaseKind(databaseUrl) !== "postgresql") return fn();
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  client.on("error", () => {}); // a dropped connection ends the lock; the work under way reports its own error
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [START_LOCK_KEY]);
    if (!rows[0]?.locked) {
      log("• Another instance is preparing the database; waiting for it");
      await client.query("SELECT pg_advisory_lock($1)", [START_LOCK_KEY]);
    }
    return await fn();
  } finally {
    await client.end().catch(() => {}); // ending the session releases the lock
  }
}
