// Integration tests of what `npm start` does before it serves: configuration, migrations, seeding.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PANEL_ORGANIZATIONS, DEMO_PANEL_PARTICIPANTS_EACH } from "../prisma/seed-panel-demo";
import { migrate, prepareDatabase } from "./lib/prepare-database";

const quiet = () => {};
const root = path.resolve(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(os.tmpdir(), "bridge-start-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function counts(file: string) {
  const conn = new Database(file, { readonly: true });
  const one = (table: string) => (conn.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  const result = {
    organizations: one("Organization"),
    assessments: one("Assessment"),
    participants: one("Participant"),
    responses: one("Response"),
    figures: one("BenchmarkFigure"),
    sources: one("BenchmarkSource"),
    items: one("QuestionnaireItem"),
  };
  conn.close();
  return result;
}

function runStart(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/start.ts")], {
    cwd: root,
    env: { NODE_ENV: "production", PATH: process.env.PATH, HOME: process.env.HOME, BRIDGE_SECRET: "x".repeat(40), ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("preparing the database on start", () => {
  it("migrates and seeds a fresh database, and starting twice duplicates nothing", async () => {
    const file = path.join(dir, "twice", "bridge.db");
    const first = await prepareDatabase(`file:${file}`, { seedDemo: true, log: quiet });
    expect(first.demoCreated).toBe(true);
    const after1 = counts(file);
    // the demo organization with its six participants, and the synthetic organizations of the demo panel
    expect(DEMO_PANEL_ORGANIZATIONS).toBe(16);
    expect(after1.organizations).toBe(1 + DEMO_PANEL_ORGANIZATIONS);
    expect(after1.participants).toBe(6 + DEMO_PANEL_ORGANIZATIONS * DEMO_PANEL_PARTICIPANTS_EACH);
    expect(after1.figures).toBeGreaterThan(70);
    expect(after1.sources).toBe(5);
    expect(after1.items).toBeGreaterThanOrEqual(38);

    const second = await prepareDatabase(`file:${file}`, { seedDemo: true, log: quiet });
    expect(second.demoCreated).toBe(false);
    expect(counts(file)).toEqual(after1);
  });

  it("recreates a deleted data folder", async () => {
    const folder = path.join(dir, "deleted");
    await prepareDatabase(`file:${folder}/bridge.db`, { seedDemo: false, log: quiet });
    rmSync(folder, { recursive: true });
    await prepareDatabase(`file:${folder}/bridge.db`, { seedDemo: true, log: quiet });
    expect(counts(`${folder}/bridge.db`).organizations).toBe(1 + DEMO_PANEL_ORGANIZATIONS);
  });

  it("opens SQLite with WAL, synchronous=FULL and foreign keys", async () => {
    const file = path.join(dir, "pragmas.db");
    await prepareDatabase(`file:${file}`, { seedDemo: false, log: quiet });
    const conn = new Database(file);
    expect(conn.pragma("journal_mode", { simple: true })).toBe("wal");
    conn.close();
    const { createDb } = await import("../lib/db/create-db");
    const db = createDb(`file:${file}`);
    const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint }[]>("PRAGMA synchronous");
    const [fk] = await db.$queryRawUnsafe<{ foreign_keys: bigint }[]>("PRAGMA foreign_keys");
    const [busy] = await db.$queryRawUnsafe<{ timeout: bigint }[]>("PRAGMA busy_timeout");
    expect(Number(sync!.synchronous)).toBe(2); // FULL
    expect(Number(fk!.foreign_keys)).toBe(1);
    expect(Number(busy!.timeout)).toBeGreaterThanOrEqual(1000);
    await db.$disconnect();
  });

  it("rolls a failing migration back: never a half-migrated database", async () => {
    const file = path.join(dir, "half.db");
    await migrate(`file:${file}`);
    const migrations = path.join(dir, "migrations-bad");
    cpSync(path.join(root, "prisma/migrations"), migrations, { recursive: true });
    const bad = path.join(migrations, "29990101000000_bad");
    rmSync(bad, { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(bad));
    writeFileSync(path.join(bad, "migration.sql"), 'CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);\nINSERT INTO "NoSuchTable" VALUES (1);\n');

    await expect(migrate(`file:${file}`, migrations)).rejects.toThrow(/migration failed and was rolled back/);
    const conn = new Database(file, { readonly: true });
    const tables = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    const rows = conn.prepare("SELECT migration_name FROM _prisma_migrations").all() as { migration_name: string }[];
    conn.close();
    expect(tables.map((t) => t.name)).not.toContain("Half");
    expect(rows.map((r) => r.migration_name)).not.toContain("29990101000000_bad");
    expect(existsSync(`${file}.pre-migrate`)).toBe(false);
  });

  it("reports a corrupt database file clearly and leaves it untouched", async () => {
    const file = path.join(dir, "corrupt.db");
    const garbage = Buffer.from("this is not a database at all, just bytes ".repeat(200));
    writeFileSync(file, garbage);
    await expect(migrate(`file:${file}`)).rejects.toThrow(/damaged or not a SQLite database/);
    expect(readFileSync(file).equals(garbage)).toBe(true);
  });
});

describe("npm start refuses bad configuration with one clear line", () => {
  it.each([
    [{ DATABASE_URL: "mysql://localhost/bridge" }, /^✖ Invalid environment variable DATABASE_URL: /],
    [{ PORT: "not-a-port" }, /^✖ Invalid environment variable PORT: /],
    [{ BRIDGE_SECRET: "too-short" }, /^✖ Invalid environment variable BRIDGE_SECRET: /],
  ])("%o", (env, expected) => {
    const result = runStart(env);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n").filter((l) => !l.includes("nodedir"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
  });

  it("a corrupt database file stops the start with a non-zero exit and one line", () => {
    const file = path.join(dir, "corrupt-start.db");
    writeFileSync(file, Buffer.alloc(8192, 7));
    const result = runStart({ DATABASE_URL: `file:${file}` });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/damaged or not a SQLite database/);
  });
});
