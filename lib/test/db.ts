// Test helper: a Prisma client on this test file's private database (see worker-setup.ts), SQLite or PostgreSQL.
import { databaseKind } from "../db/adapter";
import { createDb } from "../db/create-db";

export function testDb() {
  const url = process.env.DATABASE_URL;
  if (!url || !/test[-_]/.test(url)) throw new Error("testDb() must run under Vitest's worker setup");
  return createDb(url, { poolSize: 4 });
}

/** The database this test file runs on. */
export const testDbKind = () => databaseKind(process.env.DATABASE_URL ?? "file:");
