import { describe, expect, it } from "vitest";
import { clientAddress, hitRateLimit } from "./rate-limit";


describe("hitRateLimit (database fixed window)", () => {
  it("counts up to the limit, then refuses, and a peek does not count", async () => {
    const key = `test:${Math.random()}`;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(key, 3, 60_000));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterSeconds).toBeGreaterThan(0);
    expect(results[3]!.retryAfterSeconds).toBeLessThanOrEqual(60);
    const peek = await hitRateLimit(key, 3, 60_000, { peek: true });
    expect(peek.allowed).toBe(false);
    expect((await hitRateLimit(`${key}:other`, 3, 60_000, { peek: true })).allowed).toBe(true);
  });

  it("starts a new window once the old one has passed", async () => {
    const key = `test:${Math.random()}`;
    await hitRateLimit(key, 1, 50);
    expect((await hitRateLimit(key, 1, 50)).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 80));
    expect((await hitRateLimit(key, 1, 50)).allowed).toBe(true);
  });

  it("is atomic under concurrent hits", async () => {
    const key = `test:${Math.random()}`;
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(key, 10, 60_000)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });

  it("reads the client address from the nearest proxy", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers())).toBe("local");
  });
});
