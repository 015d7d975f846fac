// Test helper: a Prisma client on this test file's private database (see worker-setup.ts).
import { createDb } from "../db/create-db";

export function testDb() {
  const url = process.env.DATABASE_URL;
  if (!url?.includes("test-")) throw new Error("testDb() must run under Vitest's worker setup");
  return createDb(url);
}
