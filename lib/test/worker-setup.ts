// Before each test file: a private copy of the migrated template database, named in DATABASE_URL, so data
// access is tested against a real SQLite file and files can run in parallel without seeing each other's rows.
import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";

const file = path.join(inject("testDbDir"), `test-${randomUUID()}.db`);
copyFileSync(inject("templateDb"), file);
process.env.DATABASE_URL = `file:${file}`;
