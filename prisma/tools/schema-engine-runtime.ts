// Loading and running Prisma's WASM schema engine (@prisma/schema-engine-wasm) on our own driver adapter
// factory (lib/db/adapter.ts). Used by prisma/tools/schema-engine.ts; see shared/docs/offline-toolchain.md.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { createAdapterFactory, databaseKind, sqliteFilePath } from "../../lib/db/adapter.ts";
import { PgMigrationFactory } from "./pg-migration-factory.ts";

export type { SchemaEngine };

/**
 * The glue module (schema_engine_bg.js) holds one WASM instance per process. Loaders that evaluate this file more
 * than once in a process (Vitest runs each project's global setup through its own module runner) must not
 * instantiate a second one under an engine still running on the first, so the promise lives on globalThis.
 */
const holder = globalThis as { bridgeSchemaEngineWasm?: Promise<void> };

/** The engine reports a Rust panic's message here before it throws "unreachable"; kept to name the cause. */
let lastPanic: string | undefined;
const panicRegistry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message: (message: string) => void } };
panicRegistry.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message: (message) => {
    lastPanic = message;
  },
};

/** Instantiates the engine's WASM module once per process. */
function loadWasm(): Promise<void> {
  holder.bridgeSchemaEngineWasm ??= (async () => {
    const require = createRequire(import.meta.url);
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await fs.promises.readFile(path.join(path.dirname(glue), "schema_engine_bg.wasm"));
    // The glue's setTimeout import leaves a 60 s timer behind; unref it so it cannot hold the process open
    // (runEngine keeps the process alive itself while an operation is under way).
    const imports: Record<string, unknown> = { ...bg };
    for (const key of Object.keys(imports)) {
      if (!key.startsWith("__wbg_setTimeout_")) continue;
      imports[key] = (fn: () => void, ms: number) => {
        const timer = setTimeout(fn, ms >>> 0);
        timer.unref();
        return timer;
      };
    }
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  const loaded = holder.bridgeSchemaEngineWasm;
  loaded.catch(() => {
    if (holder.bridgeSchemaEngineWasm === loaded) holder.bridgeSchemaEngineWasm = undefined;
  });
  return loaded;
}

/**
 * Wraps the real factory: remembers every connection the engine opens (so all are closed afterwards, which
 * also releases the EXCLUSIVE lock the engine takes on SQLite), keeps the last driver error (the engine
 * reports driver errors only as "External error id#0"), and lets multi-statement scripts through (below).
 */
class TrackingFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider;
  readonly adapterName;
  readonly #inner: SqlMigrationAwareDriverAdapterFactory;
  readonly #opened: SqlDriverAdapter[] = [];
  lastError: Error | undefined;

  constructor(inner: SqlMigrationAwareDriverAdapterFactory) {
    this.#inner = inner;
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }
  connect(): Promise<SqlDriverAdapter> {
    return this.#track(() => this.#inner.connect());
  }
  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#track(() => this.#inner.connectToShadowDb());
  }
  async #track(open: () => Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> {
    const adapter = await this.#capture(open);
    this.#opened.push(adapter);
    return this.#wrap(adapter);
  }
  async #capture<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      this.lastError = err instanceof Error ? err : new Error(String(err));
      throw err;
    }
  }
  /**
   * The engine replays each migration on the shadow database with one `executeRaw` of the whole script;
   * better-sqlite3 prepares a single statement and throws "contains more than one statement" before running
   * anything, so such a script goes through `executeScript` instead.
   */
  #wrap(adapter: SqlDriverAdapter): SqlDriverAdapter {
    const executeRaw = async (query: SqlQuery): Promise<number> => {
      try {
        return await adapter.executeRaw(query);
      } catch (err) {
        const multi = err instanceof RangeError && /more than one statement/.test(err.message);
        if (!multi || query.args.length > 0) throw err;
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
    return new Proxy(adapter, {
      get: (target, key) => {
        const value: unknown = key === "executeRaw" ? executeRaw : Reflect.get(target, key);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          const result: unknown = value.apply(target, args);
          return result instanceof Promise ? this.#capture(() => result) : result;
        };
      },
    });
  }
  async disposeAll(): Promise<void> {
    for (const adapter of this.#opened.splice(0)) await adapter.dispose().catch(() => {});
  }
}

/** The app's factory for SQLite (same pragmas); for PostgreSQL the migration factory with its workarounds. */
function migrationFactory(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  return databaseKind(databaseUrl) === "postgresql" ? new PgMigrationFactory(databaseUrl) : createAdapterFactory(databaseUrl);
}

/** For SQLite, creates the directory of the database file (the file itself is created on connect). */
export function prepareDatabase(databaseUrl: string): void {
  if (databaseKind(databaseUrl) === "sqlite") {
    fs.mkdirSync(path.dirname(sqliteFilePath(databaseUrl)), { recursive: true });
  }
}

export function readSchema(schemaPath: string): { path: string; content: string } {
  const abs = path.resolve(schemaPath);
  return { path: abs, content: fs.readFileSync(abs, "utf8") };
}

/** Runs `fn` with a fresh engine, then frees it and closes every connection it opened. */
export async function runEngine<T>(
  opts: { databaseUrl: string; schemaPath: string },
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const schema = readSchema(opts.schemaPath);
  prepareDatabase(opts.databaseUrl);
  await loadWasm();
  const keepAlive = setInterval(() => {}, 1 << 30);
  const factory = new TrackingFactory(migrationFactory(opts.databaseUrl));
  let engine: SchemaEngine | undefined;
  try {
    const log = (line: string) => {
      if (process.env.DEBUG_SCHEMA_ENGINE) process.stderr.write(`${line}\n`);
    };
    engine = await bg.SchemaEngine.new(
      { datamodels: [[schema.path, schema.content]] },
      log,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return await fn(engine);
  } catch (err) {
    if (err instanceof Error) {
      // Drop the engine's span trace ("   0: sql_schema_connector::…") and name the driver's own error.
      err.message = err.message.replace(/\n\s*0: \S+::[\s\S]*$/, "").trimEnd();
      if (lastPanic && !err.message.includes(lastPanic)) err.message += ` (schema engine panic: ${lastPanic})`;
      lastPanic = undefined;
      const cause = factory.lastError;
      if (cause && !err.message.includes(cause.message)) err.message += ` (driver error: ${cause.message})`;
    }
    throw err;
  } finally {
    engine?.free();
    await factory.disposeAll();
    clearInterval(keepAlive);
  }
}

/** Runs `fn` on a plain connection (no engine) and closes it. */
export async function withConnection<T>(databaseUrl: string, fn: (db: SqlDriverAdapter) => Promise<T>): Promise<T> {
  prepareDatabase(databaseUrl);
  const db = await migrationFactory(databaseUrl).connect();
  try {
    return await fn(db);
  } finally {
    await db.dispose().catch(() => {});
  }
}
