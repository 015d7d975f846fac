// Chooses the Prisma driver adapter from DATABASE_URL: `file:` → embedded SQLite (better-sqlite3),
// `postgres://` / `postgresql://` → PostgreSQL (pg). Shared by the app, the seed and the migration tool, so
// every connection to the embedded database runs with the same pragmas.
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type DatabaseKind = "sqlite" | "postgresql";

/** Busy timeout: how long a writer waits for another instance's write lock before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** WAL for concurrent readers, FULL sync so an acknowledged write survives a crash, real foreign keys. */
export const SQLITE_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = FULL",
  "PRAGMA foreign_keys = ON",
  `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
];

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL has an unknown scheme (expected file: or postgresql://)`);
}

/** Absolute path of a `file:` URL; relative paths resolve against the project root (the process cwd). */
export function sqliteFilePath(url: string, cwd = process.cwd()): string {
  const raw = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.isAbsolute(raw) ? raw : path.resolve(cwd, raw);
}

class SqliteWithPragmas implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;

  constructor(file: string, fileMustExist: boolean) {
    this.#inner = new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS, fileMustExist });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.#withPragmas(await this.#inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#withPragmas(await this.#inner.connectToShadowDb());
  }

  async #withPragmas(adapter: SqlDriverAdapter): Promise<SqlDriverAdapter> {
    await adapter.executeScript(SQLITE_PRAGMAS.map((p) => `${p};`).join("\n"));
    return adapter;
  }
}

/**
 * `mustExist`: the app opens an existing, migrated database only (a missing file is a configuration error,
 * not a reason to create an empty database); the migration tool and tests create it.
 */
export function createAdapterFactory(
  url: string,
  { mustExist = false }: { mustExist?: boolean } = {},
): SqlMigrationAwareDriverAdapterFactory {
  if (databaseKind(url) === "sqlite") return new SqliteWithPragmas(sqliteFilePath(url), mustExist);
  return new PrismaPg({ connectionString: url });
}
