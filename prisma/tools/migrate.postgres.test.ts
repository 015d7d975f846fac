// The offline migration tool on PostgreSQL: the real WASM schema engine on databases of the test cluster, through
// prisma/tools/pg-migration-factory.ts. One test per fault of @prisma/adapter-pg 7.10 it works round (shadow
// database on the main database, shadow never dropped, "char" columns, scripts split on every ";"), plus the
// committed history: a fresh database migrated with prisma/postgresql/migrations matches the derived schema.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPgDatabase } from "../../lib/test/pg-database.ts";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prismaPaths } from "../../lib/db/provider.ts";
import { applyMigrations, createMigration, migrationStatus, schemaDiff } from "./schema-engine.ts";

const server = inject("pgServerUrl");
const { schemaPath: SCHEMA, migrationsDir: MIGRATIONS } = prismaPaths("postgresql://x/y");
const committed = fs.readdirSync(MIGRATIONS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const isEmptyDiff = (sql: string) => sql.replace(/--.*$/gm, "").trim() === "";

let tmp: string;
const admin = new pg.Client({ connectionString: server });
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bridge-migrate-pg-"));
  await admin.connect();
});
afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await admin.end();
});

const freshDatabase = () => createPgDatabase(server, "mig");

const databases = async () => (await admin.query<{ datname: string }>("SELECT datname FROM pg_database")).rows.map((r) => r.datname);
const tablesOf = async (url: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    return rows.map((r) => r.table_name);
  } finally {
    await client.end();
  }
};

function copyMigrations(name: string): string {
  const dir = path.join(tmp, name, "migrations");
  fs.cpSync(MIGRATIONS, dir, { recursive: true });
  return dir;
}

describe("offline migrations (WASM schema engine, PostgreSQL)", () => {
  it("migrates a fresh database to exactly the derived schema; status is clean and a second run applies nothing", async () => {
    const databaseUrl = await freshDatabase();
    const opts = { databaseUrl, migrationsDir: MIGRATIONS, schemaPath: SCHEMA };
    expect((await migrationStatus(opts)).pending).toEqual(committed);
    expect(await applyMigrations(opts)).toEqual({ applied: committed });
    expect(isEmptyDiff(await schemaDiff(opts))).toBe(true); // reads "char" catalog columns: fault 3
    expect(await migrationStatus(opts)).toEqual({ pending: [], failed: [], edited: [], applied: committed, unknownInDb: [] });
    expect(await applyMigrations(opts)).toEqual({ applied: [] });
    expect(fs.readFileSync(path.join(MIGRATIONS, "migration_lock.toml"), "utf8")).toMatch(/provider = "postgresql"/);
  });

  it("creates a migration through a shadow database that is really separate, and drops it afterwards", async () => {
    const databaseUrl = await freshDatabase();
    const dir = copyMigrations("create");
    const schemaPath = path.join(tmp, "create", "schema.prisma");
    const model = '\nmodel Extra {\n  id    String  @id @default(cuid())\n  note  String?\n  count Int     @default(0)\n}\n';
    fs.writeFileSync(schemaPath, fs.readFileSync(SCHEMA, "utf8") + model);
    const before = await databases();
    const opts = { databaseUrl, migrationsDir: dir, schemaPath, name: "add extra", log: () => {} };

    const { created } = await createMigration(opts);
    expect(created).toMatch(/^\d{14}_add_extra$/);
    expect(fs.readFileSync(path.join(dir, created!, "migration.sql"), "utf8")).toMatch(/CREATE TABLE "Extra" \(/);
    // fault 1: had the "shadow" been the main database, the replay would have found its tables and failed or
    // reset them; fault 2: no prisma_migrate_shadow_db_* database is left behind
    expect((await databases()).filter((d) => d.startsWith("prisma_migrate_shadow"))).toEqual([]);
    expect((await databases()).sort()).toEqual(before.sort());
    expect(await tablesOf(databaseUrl)).toContain("Extra");
    expect(await migrationStatus(opts)).toMatchObject({ pending: [], failed: [], edited: [], applied: [...committed, created!] });
    expect(await createMigration({ ...opts, name: "again" })).toEqual({ created: null });
  });

  it("runs a migration script whole: a ';' inside a string literal survives (fault 4)", async () => {
    const databaseUrl = await freshDatabase();
    const dir = copyMigrations("literal");
    const name = "29990101000000_literal";
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(
      path.join(dir, name, "migration.sql"),
      `CREATE TABLE "Note" ("id" TEXT PRIMARY KEY, "body" TEXT NOT NULL);\nINSERT INTO "Note" VALUES ('a', 'one; two; three');\n`,
    );
    const opts = { databaseUrl, migrationsDir: dir, schemaPath: SCHEMA };
    expect(await applyMigrations(opts)).toEqual({ applied: [...committed, name] });
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query('SELECT "body" FROM "Note"');
    await client.end();
    expect(rows).toEqual([{ body: "one; two; three" }]);
  });

  it("a failing migration leaves nothing of itself behind (one transaction), is named, and blocks later ones", async () => {
    const databaseUrl = await freshDatabase();
    const dir = copyMigrations("failed");
    const opts = { databaseUrl, migrationsDir: dir, schemaPath: SCHEMA };
    await applyMigrations(opts);
    fs.mkdirSync(path.join(dir, "29990101000000_broken"));
    fs.writeFileSync(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      'CREATE TABLE "Broken" ("id" TEXT PRIMARY KEY);\nSELECT * FROM "NoSuchTable";\n',
    );
    await expect(applyMigrations(opts)).rejects.toThrow(/29990101000000_broken/);
    expect(await tablesOf(databaseUrl)).not.toContain("Broken");
    expect((await migrationStatus(opts)).failed).toEqual(["29990101000000_broken"]);
    await expect(applyMigrations(opts)).rejects.toThrow(/[Ff]ailed migration.*29990101000000_broken/);
  });
});
