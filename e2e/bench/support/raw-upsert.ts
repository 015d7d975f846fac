// The autosave benches' baselines: the database alone, writing the same rows as the app's autosave, without
// HTTP, Next.js, the invite check or Prisma. What the app achieves is printed as a share of these.
import Database from "better-sqlite3";
import pg from "pg";

/** Sequential better-sqlite3 upserts on the app's file with its pragmas (WAL, synchronous=FULL): upserts/s. */
export function rawSqliteUpserts(file: string, responseIds: string[], itemIds: string[], count = 5000) {
  const conn = new Database(file);
  conn.pragma("journal_mode = WAL");
  conn.pragma("synchronous = FULL");
  const upsert = conn.prepare(
    `INSERT INTO "Answer" ("id","responseId","itemId","value","createdAt","updatedAt") VALUES (?,?,?,?,?,?)
     ON CONFLICT("responseId","itemId") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
  );
  const started = performance.now();
  for (let n = 0; n < count; n++) {
    const now = new Date().toISOString();
    upsert.run(`raw-${n}`, responseIds[n % responseIds.length], itemIds[n % itemIds.length], String(1 + (n % 5)), now, now);
  }
  const perSecond = count / ((performance.now() - started) / 1000);
  conn.close();
  return perSecond;
}

/** The app's autosave statement on PostgreSQL (lib/data/answer-upsert.ts), with its share lock on the response. */
const PG_UPSERT = `
  INSERT INTO "Answer" ("id", "responseId", "itemId", "value", "createdAt", "updatedAt")
  SELECT $1, $2, $3, CAST($4 AS jsonb), $5, $5
  WHERE EXISTS (SELECT 1 FROM "Response" WHERE "id" = $2 AND "status" <> 'submitted' FOR SHARE)
  ON CONFLICT ("responseId", "itemId") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`;

/**
 * `connections` clients of a node-postgres pool run the app's upsert back to back for `seconds` (each client on
 * its own responses, so they never wait for each other's row locks): upserts/s, i.e. what the server can commit.
 */
export async function rawPgUpserts(url: string, responseIds: string[], itemIds: string[], connections: number, seconds: number) {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  let done = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, w) => {
      for (let n = 0; performance.now() < end; n++) {
        const responseId = responseIds[(w + n * connections) % responseIds.length]!;
        await pool.query(PG_UPSERT, [`raw-${w}-${n}`, responseId, itemIds[n % itemIds.length], String(1 + (n % 5)), new Date()]);
        done++;
      }
    }),
  );
  const perSecond = done / ((performance.now() - started) / 1000);
  await pool.end();
  return perSecond;
}
