// DATABASE_URL picks the generated client as well as the driver adapter: a client generated for SQLite refuses
// PostgreSQL's adapter (Prisma checks the provider when the client is constructed), so each gets its own.
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { testDb, testDbKind } from "@/lib/test/db";
import { createDb } from "./create-db";

const providerOf = (client: object) => (client as { _activeProvider?: string })._activeProvider;

describe("createDb", () => {
  it("builds the PostgreSQL client for a postgresql:// URL (no connection is opened until the first query)", async () => {
    for (const url of ["postgresql://bridge:secret@127.0.0.1:1/bridge", "postgres://bridge@127.0.0.1:1/bridge"]) {
      const client = createDb(url);
      expect(providerOf(client)).toBe("postgresql");
      await client.$disconnect();
    }
  });

  it("each Vitest project's test files really run on its database", async () => {
    expect(testDbKind()).toBe(inject("dbKind"));
    const db = testDb();
    const engine = inject("dbKind") === "postgresql" ? await db.$queryRaw<{ v: string }[]>`SELECT version() AS v` : await db.$queryRaw<{ v: string }[]>`SELECT 'SQLite ' || sqlite_version() AS v`;
    expect(engine[0]!.v).toMatch(inject("dbKind") === "postgresql" ? /^PostgreSQL 1\d/ : /^SQLite 3\./);
    await db.$disconnect();
  });

  it("builds the SQLite client for a file: URL", async () => {
    const client = createDb(`file:${path.join(os.tmpdir(), "bridge-create-db-test.db")}`); // never opened
    expect(providerOf(client)).toBe("sqlite");
    await client.$disconnect();
  });
});
