// The driver adapter factory the WASM schema engine uses on PostgreSQL (migrations only; the app uses
// lib/db/adapter.ts). @prisma/adapter-pg 7.10's own factory has faults for migrations, each worked round here and
// each covered by prisma/tools/migrate.postgres.test.ts (see ../shared/docs/offline-toolchain.md):
//  1. its shadow pool spreads the main config, and a `connectionString` there wins over `database`, so the
//     "shadow" pool is the main database: pools here are built from host/port/user/password/database;
//  2. it drops the shadow database while its own pool still holds connections, and never closes the pool that
//     created it: here the shadow pool is closed first, then `DROP DATABASE … WITH (FORCE)`, then the admin pool;
//  3. it cannot decode the catalog's `"char"` type (OID 18) that the engine's introspection reads: rows are
//     relabelled as text (OID 25) as they arrive;
//  4. its `executeScript` splits the script on every `;` (breaking a `';'` literal) and runs the pieces one by
//     one: here the script goes to the server whole, as one simple query, which PostgreSQL runs as one implicit
//     transaction, so a failing migration leaves nothing behind.
import crypto from "node:crypto";
import pg from "pg";
import { parse } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const CHAR_OID = 18;
const TEXT_OID = 25;

type Fields = { fields?: { dataTypeID: number }[] };
const relabel = <T>(result: T): T => {
  for (const field of (result as Fields)?.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  return result;
};

/** Wraps `client.query` (promise and callback forms) so no result carries the "char" type. */
function relabelCharColumns(client: pg.ClientBase): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (err: unknown, res: unknown) => (last as (e: unknown, r: unknown) => void)(err, err ? res : relabel(res));
      return query(...args);
    }
    const out = query(...args);
    return out instanceof Promise ? out.then(relabel) : out;
  };
}

export function poolConfig(url: string, database?: string): pg.PoolConfig {
  const c = parse(url);
  return {
    host: c.host ?? undefined,
    port: c.port ? Number(c.port) : undefined,
    user: c.user ?? undefined,
    password: c.password ?? undefined,
    database: database ?? c.database ?? undefined,
    max: 2,
  };
}

function newPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on("connect", relabelCharColumns);
  pool.on("error", () => {}); // an idle connection dropped by the server: the next query reports it
  return pool;
}

/** The adapter with `executeScript` sending the script whole (fault 4) and a dispose hook. */
async function adapterOn(pool: pg.Pool, dispose: () => Promise<void>): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg(pool).connect();
  const onError = (adapter as unknown as { onError: (e: unknown) => never }).onError.bind(adapter);
  return new Proxy(adapter, {
    get(target, key) {
      if (key === "executeScript") {
        return async (script: string) => {
          try {
            await pool.query(script);
          } catch (error) {
            onError(error);
          }
        };
      }
      if (key === "dispose") {
        return async () => {
          await target.dispose();
          await dispose();
        };
      }
      const value: unknown = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export class PgMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  readonly #url: string;

  constructor(url: string) {
    this.#url = url;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const pool = newPool(poolConfig(this.#url));
    return adapterOn(pool, () => pool.end());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const admin = newPool(poolConfig(this.#url));
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    try {
      await admin.query(`CREATE DATABASE "${database}"`);
    } catch (error) {
      await admin.end();
      throw error;
    }
    const shadow = newPool(poolConfig(this.#url, database));
    return adapterOn(shadow, async () => {
      await shadow.end();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    });
  }
}
