// Runs once per `vitest run`: migrates one template SQLite database with the real migrations. Each test file
// then works on its own copy (lib/test/worker-setup.ts), so tests never share or mock the database.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../prisma/tools/schema-engine";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
    testDbDir: string;
  }
}

export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, "../..");
  const dir = mkdtempSync(path.join(os.tmpdir(), "bridge-vitest-"));
  const template = path.join(dir, "template.db");
  await applyMigrations({
    databaseUrl: `file:${template}`,
    migrationsDir: path.join(root, "prisma/migrations"),
    schemaPath: path.join(root, "prisma/schema.prisma"),
  });
  project.provide("templateDb", template);
  project.provide("testDbDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
