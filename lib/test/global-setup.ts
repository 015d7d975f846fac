// Runs once per Vitest project. "sqlite": migrates one template SQLite file with the real migrations; each test
// file then works on its own copy. "postgresql": migrates a template database `bridge_template` on the cluster of
// BRIDGE_TEST_PG_URL (scripts/test.mjs starts one; without it a private cluster is started here and removed
// afterwards); each test file then gets its own database copied from the template (lib/test/worker-setup.ts).
// So tests never share or mock the database.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { prismaPaths } from "../db/provider";
import { applyMigrations } from "../../prisma/tools/schema-engine";
// @ts-expect-error plain JavaScript module without types
import { startPgCluster, withDatabase } from "../../scripts/lib/pg-cluster.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    dbKind: "sqlite" | "postgresql";
    templateDb: string;
    testDbDir: string;
    pgServerUrl: string;
  }
}

export const PG_TEMPLATE = "bridge_template";

export default async function setup(project: TestProject) {
  if (project.name === "postgresql") return setupPostgres(project);
  const dir = mkdtempSync(path.join(os.tmpdir(), "bridge-vitest-"));
  const template = path.join(dir, "template.db");
  const databaseUrl = `file:${template}`;
  await applyMigrations({ databaseUrl, ...prismaPaths(databaseUrl) });
  project.provide("dbKind", "sqlite");
  project.provide("templateDb", template);
  project.provide("testDbDir", dir);
  project.provide("pgServerUrl", "");
  return () => rmSync(dir, { recursive: true, force: true });
}

async function setupPostgres(project: TestProject) {
  const cluster = process.env.BRIDGE_TEST_PG_URL ? null : await startPgCluster();
  const server: string = process.env.BRIDGE_TEST_PG_URL ?? cluster.url;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${PG_TEMPLATE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${PG_TEMPLATE}"`);
  } finally {
    await admin.end();
  }
  const databaseUrl = withDatabase(server, PG_TEMPLATE);
  await applyMigrations({ databaseUrl, ...prismaPaths(databaseUrl) }); // closes its connections: a template must have none
  project.provide("dbKind", "postgresql");
  project.provide("templateDb", PG_TEMPLATE);
  project.provide("testDbDir", "");
  project.provide("pgServerUrl", server);
  return () => cluster?.stop();
}
