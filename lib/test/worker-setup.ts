// Before each test file: a private database named in DATABASE_URL, so data access is tested against a real
// database and files can run in parallel without seeing each other's rows. SQLite: a copy of the migrated template
// file. PostgreSQL: a database created from the migrated template database (a file copy on the server).
import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createPgDatabase } from "./pg-database";

if (inject("dbKind") === "postgresql") {
  process.env.DATABASE_URL = await createPgDatabase(inject("pgServerUrl"), "test", inject("templateDb"));
  process.env.BRIDGE_DB_POOL_SIZE = "4";
} else {
  const file = path.join(inject("testDbDir"), `test-${randomUUID()}.db`);
  copyFileSync(inject("templateDb"), file);
  process.env.DATABASE_URL = `file:${file}`;
}
