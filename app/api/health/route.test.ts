import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const originalUrl = process.env.DATABASE_URL;

async function freshGet(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  delete (globalThis as { bridgeDb?: unknown }).bridgeDb;
  vi.resetModules();
  const { GET } = await import("./route");
  return GET(new Request("http://test/api/health"));
}

afterEach(() => {
  process.env.DATABASE_URL = originalUrl;
  delete (globalThis as { bridgeDb?: unknown }).bridgeDb;
});

describe("GET /api/health", () => {
  it("answers 200 ok on a migrated database", async () => {
    const res = await freshGet(originalUrl!);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 503 with a reason when the database is not migrated", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bridge-health-"));
    try {
      const res = await freshGet(`file:${path.join(dir, "empty.db")}`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        status: "error",
        database: "unavailable",
        reason: "database is not migrated (run npm run db:migrate)",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
