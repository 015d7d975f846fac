import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/server";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { env } from "@/lib/env";
import { testDb } from "@/lib/test/db";
import { DEMO_USERS, seedDemoUsers } from "./seed-users";

const db = testDb();

describe("seedDemoUsers", () => {
  it("uses demo passwords that pass Bridge's own password rules", () => {
    for (const u of DEMO_USERS) {
      expect(u.password.length).toBeGreaterThanOrEqual(12);
      expect(isCommonPassword(u.password)).toBe(false);
    }
  });

  it("creates a facilitator and an admin (without two-factor) once; running again changes nothing", async () => {
    const first = await seedDemoUsers(db);
    expect(first.map((l) => [l.role, l.email])).toEqual([
      ["facilitator", "facilitator@bridge.example"],
      ["admin", "admin@bridge.example"],
    ]);
    const users = await db.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, include: { accounts: true } });
    expect(users).toHaveLength(2);
    for (const u of users) {
      expect(u.twoFactorEnabled).toBe(false);
      expect(u.accounts).toHaveLength(1);
      const account = u.accounts[0]!;
      expect(account.providerId).toBe("credential");
      expect(account.accountId).toBe(u.id);
      const demo = DEMO_USERS.find((d) => d.email === u.email)!;
      expect(u.role).toBe(demo.role);
      expect(await verifyPassword({ hash: account.password!, password: demo.password })).toBe(true);
    }
    const before = await db.user.findMany({ orderBy: { email: "asc" } });
    const second = await seedDemoUsers(db);
    expect(second.map((l) => l.userId)).toEqual(first.map((l) => l.userId));
    expect(await db.user.findMany({ orderBy: { email: "asc" } })).toEqual(before);
    expect(await db.account.count()).toBe(2);
  });

  it("the seeded facilitator signs in over HTTP", async () => {
    await seedDemoUsers(db);
    const demo = DEMO_USERS[0]!;
    const res = await getAuth().handler(
      new Request(`${env().BRIDGE_URL}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: env().BRIDGE_URL, "x-forwarded-for": "198.18.9.9" },
        body: JSON.stringify({ email: demo.email, password: demo.password }),
      }),
    );
    expect(res.status).toBe(200);
  });

  it("does not list a demo login whose password was changed", async () => {
    await seedDemoUsers(db);
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@bridge.example" } });
    const { hashPassword } = await import("better-auth/crypto");
    await db.account.updateMany({ where: { userId: admin.id }, data: { password: await hashPassword("a completely different one") } });
    const logins = await seedDemoUsers(db);
    expect(logins.map((l) => l.email)).toEqual(["facilitator@bridge.example"]);
  });
});
