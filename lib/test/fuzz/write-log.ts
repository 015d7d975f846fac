// Tests only: every row written to this test file's private database, as it happens. Row-level triggers on every
// application table append (table, operation, detail) to a log table, so a fuzz test asks one cheap question after
// each request: "what did it write?" (a checksum of all rows before and after every request would cost a full
// table scan per request). A write that is rolled back leaves no entry, as it leaves no row. The detail is the
// action of an AuditLog row (so a refused sign-in's own audit entry can be told from any other write).
import type { Db } from "../../db/create-db";
import { testDbKind } from "../db";

export const WRITE_LOG = "_fuzz_write";

export interface Write {
  id: number;
  table: string;
  op: "INSERT" | "UPDATE" | "DELETE";
  detail: string | null;
}

/** The application's tables (migrations' own table and the log left out). */
async function applicationTables(db: Db): Promise<string[]> {
  const rows =
    testDbKind() === "postgresql"
      ? await db.$queryRawUnsafe<{ name: string }[]>(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
        )
      : await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  return rows.map((r) => r.name).filter((name) => name !== "_prisma_migrations" && name !== WRITE_LOG).sort();
}

/** Installs the log table and the triggers (once per test file, before the first request). Returns the tables watched. */
export async function installWriteLog(db: Db): Promise<string[]> {
  const tables = await applicationTables(db);
  if (testDbKind() === "postgresql") {
    await db.$executeRawUnsafe(`CREATE TABLE "${WRITE_LOG}" ("id" BIGSERIAL PRIMARY KEY, "tbl" TEXT NOT NULL, "op" TEXT NOT NULL, "detail" TEXT)`);
    await db.$executeRawUnsafe(`
      CREATE FUNCTION fuzz_log_write() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE d TEXT;
      BEGIN
        IF TG_TABLE_NAME = 'AuditLog' AND TG_OP <> 'DELETE' THEN d := to_jsonb(NEW)->>'action'; END IF;
        INSERT INTO "${WRITE_LOG}" ("tbl", "op", "detail") VALUES (TG_TABLE_NAME, TG_OP, d);
        RETURN NULL;
      END $$`);
    for (const t of tables) {
      await db.$executeRawUnsafe(`CREATE TRIGGER "fuzz_${t}" AFTER INSERT OR UPDATE OR DELETE ON "${t}" FOR EACH ROW EXECUTE FUNCTION fuzz_log_write()`);
    }
  } else {
    await db.$executeRawUnsafe(`CREATE TABLE "${WRITE_LOG}" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "tbl" TEXT NOT NULL, "op" TEXT NOT NULL, "detail" TEXT)`);
    for (const t of tables) {
      for (const op of ["INSERT", "UPDATE", "DELETE"] as const) {
        const detail = t === "AuditLog" && op !== "DELETE" ? `NEW."action"` : "NULL";
        await db.$executeRawUnsafe(
          `CREATE TRIGGER "fuzz_${t}_${op}" AFTER ${op} ON "${t}" BEGIN INSERT INTO "${WRITE_LOG}" ("tbl", "op", "detail") VALUES ('${t}', '${op}', ${detail}); END`,
        );
      }
    }
  }
  return tables;
}

/** A reader of the log: `since()` answers the writes after the previous call (the first call: after installing). */
export function writeLog(db: Db) {
  let mark = 0;
  return {
    async since(): Promise<Write[]> {
      const rows = await db.$queryRawUnsafe<{ id: number | bigint; tbl: string; op: string; detail: string | null }[]>(
        `SELECT "id", "tbl", "op", "detail" FROM "${WRITE_LOG}" WHERE "id" > ${mark} ORDER BY "id"`,
      );
      const writes = rows.map((r) => ({ id: Number(r.id), table: r.tbl, op: r.op as Write["op"], detail: r.detail }));
      if (writes.length) mark = writes[writes.length - 1]!.id;
      return writes;
    },
  };
}

/** "AuditLog INSERT auth.sign-in-failed ×2, Session DELETE" (for failure messages). */
export function describeWrites(writes: readonly Write[]): string {
  const counts = new Map<string, number>();
  for (const w of writes) {
    const key = `${w.table} ${w.op}${w.detail ? ` ${w.detail}` : ""}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(", ");
}
