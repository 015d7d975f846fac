// A database that cannot be reached answers a fast 503 with Retry-After, not a 500; every other error stays a bug.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { route } from "@/lib/http/route";
import { createDb } from "./create-db";
import { isDatabaseUnavailable } from "./unavailable";

// nothing listens on port 1: the real errors Prisma and pg raise for a server that is down
const down = createDb("postgresql://postgres@127.0.0.1:1/bridge");
const caught = async (run: () => Promise<unknown>) => run().then(() => null, (error: unknown) => error);

describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's errors for a PostgreSQL server that is down (model query, raw query, transaction)", async () => {
    for (const run of [() => down.user.count(), () => down.$queryRaw`SELECT 1`, () => down.$transaction((tx) => tx.user.count())]) {
      const error = await caught(run);
      expect(error).not.toBeNull();
      expect(isDatabaseUnavailable(error)).toBe(true);
    }
  });

  it("recognises pg's errors for a restart or a cut connection, also as a cause", () => {
    const shutdown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    expect(isDatabaseUnavailable(shutdown)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "57P03" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: Object.assign(new Error("refused"), { code: "ECONNREFUSED" }) }))).toBe(true);
    // the pool had no free connection within the interactive transaction's maxWait
    expect(isDatabaseUnavailable(Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" }))).toBe(true);
  });

  it("leaves everything else alone: constraint violations, bugs, application errors", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(new AppError("conflict", "Already submitted"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe("route() with the database down", () => {
  it("answers 503 with Retry-After and a clear JSON error within the connect timeout, and rethrows other errors", async () => {
    const handler = route({ guard: "public" }, async () => Response.json({ users: await down.user.count() }));
    const t0 = performance.now();
    const res = await handler(new Request("http://localhost/api/x"));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("2");
    expect(await res.json()).toMatchObject({ code: "unavailable", error: expect.stringMatching(/try again/) });

    const buggy = route({ guard: "public" }, async () => {
      throw new TypeError("a bug");
    });
    await expect(buggy(new Request("http://localhost/api/x"))).rejects.toThrow("a bug");
  });
});
