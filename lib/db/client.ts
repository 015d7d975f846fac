// The one Prisma client of this app process. Stateless: all state lives in the database, so several app
// instances can share one PostgreSQL database (the embedded SQLite file serves a single instance).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDb } from "@/lib/db/create-db";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { bridgeDb?: PrismaClient };

/** Shared client; survives hot reloads in development. In production the database must already exist. */
export const db: PrismaClient = (globalForDb.bridgeDb ??= createDb(env().DATABASE_URL, {
  mustExist: env().NODE_ENV === "production",
  poolSize: env().BRIDGE_DB_POOL_SIZE,
}));
