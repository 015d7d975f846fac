// Chooses the Prisma driver adapter from DATABASE_URL: `file:` → embedded SQLite (better-sqlite3),
// `postgres://` / `postgresql://` → PostgreSQL (pg). Shared by the app, the seed and the migration tool, so
// every connection to the embedded database runs with the same pragmas.
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type DatabaseKind = "sqlite" | "postgresql";

/** Busy timeout: how long a writer waits for another instance's write lock before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * WAL for concurrent readers, FULL sync so an acknowledged write survives a crash, real foreign keys. In the
 * production server the WAL is checkpointed by a worker thread (scripts/lib/sqlite-checkpointer.mjs), which
 * sets BRIDGE_SQLITE_CHECKPOINTS=background: then no request's commit ever runs a checkpoint.
 */
export function sqlitePragmas(checkpoints = process.env.BRIDGE_SQLITE_CHECKPOINTS): string[] {
  return [
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
    ...(checkpoints === "background" ? ["PRAGMA wal_autocheckpoint = 0"] : []),
  ];
}

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

/**
 * Transactions start with BEGIN IMMEDIATE instead of the adapter's plain (deferred) BEGIN. A deferred transaction
 * that reads and then writes fails at once with SQLITE_BUSY_SNAPSHOT (which Prisma reports as "Operation has
 * timed out") when another process committed in between, and busy_timeout cannot help it; one that takes the
 * write lock at BEGIN waits for the other writer instead (up to busy_timeout). Seen with two app processes, or
 * the app and a script, writing the same file. The adapter prepares the literal "BEGIN" on its better-sqlite3
 * connection (@prisma/adapter-better-sqlite3 7.10, startTransaction); only that statement is swapped.
 */
function beginImmediate(adapter: SqlDriverAdapter) {
  const client = (adapter as unknown as { client?: { prepare: (sql: string) => unknown } }).client;
  if (!client || typeof client.prepare !== "function") throw new Error("unexpected @prisma/adapter-better-sqlite3 internals: no client.prepare");
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
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
    await adapter.executeScript(sqlitePragmas().map((p) => `${p};`).join("\n"));
    beginImmediate(adapter);
    return adapter;
  }
}

/** Connections per process to PostgreSQL unless BRIDGE_DB_POOL_SIZE says otherwise (pool × instances < max_connections). */
export const DEFAULT_POOL_SIZE = 10;
/** A query waits at most this long for a free connection or a new one before failing (and the route answers 503). */
export const PG_CONNECT_TIMEOUT_MS = 3000;

/**
 * The pool settings of PostgreSQL's adapter. The adapter makes the pool on connect and ends it on disconnect; its
 * `onPoolError` handler keeps the process alive when the server drops an idle connection (a restart, a failover, a
 * proxy's idle timeout): pg emits `error` on the pool, and an unhandled `error` event would crash the process. The
 * pool opens new connections as queries need them.
 */
export function pgAdapter(url: string, poolSize = DEFAULT_POOL_SIZE): PrismaPg {
  const config: pg.PoolConfig = {
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
  };
  return new PrismaPg(config, {
    onPoolError: (error) => console.warn(`[bridge] PostgreSQL dropped an idle connection (${error.message}); a new one opens when needed`),
  });
}

/**
 * `mustExist`: the app opens an existing, migrated database only (a missing file is a configuration error,
 * not a reason to create an empty database); the migration tool and tests create it.
 */
export function createAdapterFactory(
  url: string,
  { mustExist = false, poolSize }: { mustExist?: boolean; poolSize?: number } = {},
): SqlMigrationAwareDriverAdapterFactory {
  if (databaseKind(url) === "sqlite") return new SqliteWithPragmas(sqliteFilePath(url), mustExist);
  return pgAdapter(url, poolSize);
}
