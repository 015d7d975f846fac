// Transactions on the embedded database take the write lock at BEGIN (see beginImmediate in adapter.ts).
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { testDb } from "@/lib/test/db";
import { sqliteFilePath } from "./adapter";

describe("SQLite transactions", () => {
  it("hold the write lock from BEGIN, so another process writing meanwhile waits instead of breaking a read-then-write", async () => {
    const db = testDb();
    const user = await db.user.create({ data: { name: "Lock test", email: `lock-${Date.now()}@example.test` } });
    const other = new Database(sqliteFilePath(process.env.DATABASE_URL!));
    other.pragma("busy_timeout = 0"); // fail at once instead of waiting, to see who holds the lock
    let otherWrite: string | null = null;
    await db.$transaction(async (tx) => {
      const read = await tx.user.findUniqueOrThrow({ where: { id: user.id } });
      try {
        other.prepare(`UPDATE "User" SET "name" = 'other process' WHERE "id" = ?`).run(user.id);
        otherWrite = "committed";
      } catch (error) {
        otherWrite = (error as { code?: string }).code ?? "error";
      }
      await tx.user.update({ where: { id: user.id }, data: { name: `${read.name} (updated)` } });
    });
    other.close();
    // with a deferred BEGIN the other write would commit and this update fail with SQLITE_BUSY_SNAPSHOT
    expect(otherWrite).toBe("SQLITE_BUSY");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Lock test (updated)");
    await db.$disconnect();
  });
});
