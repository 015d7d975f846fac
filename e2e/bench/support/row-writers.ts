// Bulk loading of generated rows for the benches that need millions of them, on either database, without the app
// (the data layer would take hours): plain INSERTs of every column, in the order of the `columns` map (parents
// first). SQLite gets one transaction per endGroup() (synchronous=OFF while loading); PostgreSQL gets multi-row
// INSERTs of ~25,000 buffered rows per transaction, then VACUUM ANALYZE, as autovacuum would do to a loaded table.
// Values: strings, numbers, booleans, Dates (stored the way Prisma stores them on each database), JSON as text.
import Database from "better-sqlite3";
import pg from "pg";

export interface RowWriter<T extends string> {
  row: (table: T, values: unknown[]) => void;
  /** The end of a group of rows that belong together (one organization, say). */
  endGroup: () => Promise<void>;
  end: () => Promise<void>;
}

const iso = (d: Date) => d.toISOString().replace("Z", "+00:00"); // how Prisma stores DateTime on SQLite
const columnList = (cols: string[]) => cols.map((c) => `"${c}"`).join(",");

export function sqliteWriter<T extends string>(file: string, columns: Record<T, string[]>): RowWriter<T> {
  const raw = new Database(file);
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = OFF");
  const entries = Object.entries(columns) as [T, string[]][];
  const insert = new Map(entries.map(([t, cols]) => [t, raw.prepare(`INSERT INTO "${t}" (${columnList(cols)}) VALUES (${cols.map(() => "?").join(",")})`)]));
  const value = (v: unknown) => (typeof v === "boolean" ? Number(v) : v instanceof Date ? iso(v) : v);
  let open = false;
  return {
    row: (table, values) => {
      if (!open) raw.exec("BEGIN");
      open = true;
      insert.get(table)!.run(values.map(value));
    },
    endGroup: async () => {
      if (open) raw.exec("COMMIT");
      open = false;
    },
    end: async () => {
      raw.pragma("wal_checkpoint(TRUNCATE)");
      raw.close();
    },
  };
}

export async function pgWriter<T extends string>(url: string, columns: Record<T, string[]>, rowsPerFlush = 25_000): Promise<RowWriter<T>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const buffered = new Map<T, unknown[][]>();
  let count = 0;
  const flush = async () => {
    await client.query("BEGIN");
    for (const [table, cols] of Object.entries(columns) as [T, string[]][]) {
      const rows = buffered.get(table) ?? [];
      const perStatement = Math.floor(60_000 / cols.length); // PostgreSQL takes at most 65,535 parameters
      for (let at = 0; at < rows.length; at += perStatement) {
        const chunk = rows.slice(at, at + perStatement);
        const tuples = chunk.map((_, r) => `(${cols.map((_c, c) => `$${r * cols.length + c + 1}`).join(",")})`);
        await client.query(`INSERT INTO "${table}" (${columnList(cols)}) VALUES ${tuples.join(",")}`, chunk.flat());
      }
    }
    await client.query("COMMIT");
    buffered.clear();
    count = 0;
  };
  return {
    row: (table, values) => {
      if (!buffered.has(table)) buffered.set(table, []);
      buffered.get(table)!.push(values.map((v) => (v instanceof Date ? v.toISOString() : v)));
      count++;
    },
    endGroup: async () => {
      if (count >= rowsPerFlush) await flush();
    },
    end: async () => {
      await flush();
      await client.query("VACUUM ANALYZE");
      await client.end();
    },
  };
}

/** Every row of `sql` through a server-side cursor, 10,000 at a time (node-postgres would otherwise buffer all). */
export async function* pgRows(url: string, sql: string): AsyncGenerator<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`DECLARE raw_export NO SCROLL CURSOR FOR ${sql}`);
    for (;;) {
      const { rows } = await client.query<unknown[]>({ text: "FETCH 10000 FROM raw_export", rowMode: "array" });
      if (!rows.length) break;
      yield* rows;
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}
