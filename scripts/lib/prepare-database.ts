import { copyFileSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseKind, sqliteFilePath } from "../../lib/db/adapter";
import { prismaPaths } from "../../lib/db/provider";
import { withStartLock } from "../../lib/db/start-lock";
import { applyMigrations, migrationStatus } from "../../prisma/tools/schema-engine";
import { seedDatabase, type SeedSummary } from "../../prisma/seed";
import { createDb } from "../../lib/db/create-db";

const root = path.resolve(import.meta.dirname, "../..");


/** A SQLite file that exists but is not a database (or is damaged) is reported before anything touches it. */
function checkSqliteFile(file: string) {
  if (!existsSync(file)) return;
  let conn: Database.Database | undefined;
  try {
    conn = new Database(file, { fileMustExist: true });
    const row = conn.prepare("PRAGMA quick_check").get() as { quick_check: string } | undefined;
    if (row?.quick_check !== "ok") throw new Error(row?.quick_check ?? "integrity check failed");
  } catch (error) {
    throw new Error(
      `the database file ${path.relative(root, file)} is damaged or not a SQLite database (${(error as Error).message}); move it away to start with a new one`,
    );
  } finally {
    conn?.close();
  }
}

/**
 * Applies pending migrations all-or-nothing: for SQLite the file is backed up first and restored if a
 * migration fails, so a failed start never leaves a half-migrated database behind; on PostgreSQL each migration
 * runs as one transaction (prisma/tools/pg-migration-factory.ts).
 */
export async function migrate(databaseUrl: string, migrationsDir = prismaPaths(databaseUrl).migrationsDir): Promise<string[]> {
  const opts = { databaseUrl, migrationsDir, schemaPath: prismaPaths(databaseUrl).schemaPath };
  const isSqlite = databaseKind(databaseUrl) === "sqlite";
  const file = isSqlite ? sqliteFilePath(databaseUrl) : null;
  if (file) checkSqliteFile(file);
  const status = await migrationStatus(opts);
  if (status.edited.length) throw new Error(`applied migration(s) were edited since they ran: ${status.edited.join(", ")}`);
  if (status.failed.length) throw new Error(`migration(s) previously failed: ${status.failed.join(", ")}`);
  if (!status.pending.length) return [];

  const backup = file && existsSync(file) ? `${file}.pre-migrate` : null;
  if (file && backup) {
    const conn = new Database(file, { fileMustExist: true });
    await conn.backup(backup);
    conn.close();
  }
  try {
    const { applied } = await applyMigrations(opts);
    if (backup) rmSync(backup, { force: true });
    return applied;
  } catch (error) {
    if (file) {
      for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
      if (backup) copyFileSync(backup, file);
      else rmSync(file, { force: true });
      if (backup) rmSync(backup, { force: true });
    }
    throw new Error(`migration failed and was rolled back: ${(error as Error).message.split("\n")[0]}`);
  }
}

export async function prepareDatabase(
  databaseUrl: string,
  { seedDemo, log = console.log }: { seedDemo: boolean; log?: (line: string) => void },
): Promise<SeedSummary> {
  return withStartLock(databaseUrl, () => migrateAndSeed(databaseUrl, seedDemo, log), log);
}

async function migrateAndSeed(databaseUrl: string, seedDemo: boolean, log: (line: string) => void): Promise<SeedSummary> {
  const applied = await migrate(databaseUrl);
  log(applied.length ? `• Applied ${applied.length} migration(s): ${applied.join(", ")}` : "• Database schema is up to date");
  const db = createDb(databaseUrl);
  try {
    const summary = await seedDatabase(db, { demo: seedDemo });
    log(summary.demoCreated ? "• Seeded the demo organization and reference data" : "• Reference data checked; demo data already present");
    return summary;
  } finally {
    await db.$disconnect();
  }
}
