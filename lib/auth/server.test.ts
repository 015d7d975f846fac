// better-auth as configured for Bridge, over HTTP (auth.handler) against a real SQLite file: sign-in, rate
// limits, origin checks, the password rules, session revocation, bans, two-factor and the admin rules.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser as createE2eUser, totp } from "@/e2e/support/auth";
import { actorFromRequest } from "@/lib/auth/guards";
import { getAuth } from "@/lib/auth/server";
import { env } from "@/lib/env";
import { callAuth, newIp } from "@/lib/test/auth-http";
import { testDb } from "@/lib/test/db";

const db = testDb();
const createUser = (database: typeof db, options: Parameters<typeof createE2eUser>[1] = {}) =>
  createE2eUser(database, { ...options, secret: env().BRIDGE_SECRET });
const BASE = env().BRIDGE_URL;
const call = callAuth;

async function signIn(email: string, password: string, ip = newIp()) {
  return call("/sign-in/email", { body: { email, password }, ip });
}

const requestWith = (cookie: string) => new Request(`${BASE}/app`, { headers: { cookie } });

beforeAll(async () => {
  await db.$connect();
});

describe("signing in with email and password", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie named bridge.session_token; the guard sees the actor", async () => {
    const user = await createUser(db, { role: "facilitator" });
    const res = await signIn(user.email, user.password);
    expect(res.status).toBe(200);
    const session = res.setCookies.find((c) => c.startsWith("bridge.session_token="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i); // http BRIDGE_URL in tests
    const actor = await actorFromRequest(requestWith(res.cookie));
    expect(actor).toEqual({ id: user.id, email: user.email, name: user.name, role: "facilitator", twoFactorEnabled: false });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("a wrong password or an unknown email gets the same 401 and creates no session", async () => {
    const user = await createUser(db);
    const wrong = await signIn(user.email, "not-the-right-password");
    const unknown = await signIn("nobody@e2e.example", "not-the-right-password");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json?.code).toBe(unknown.json?.code);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("allows 5 sign-in attempts per address and minute; the 6th is refused with 429, even with the right password", async () => {
    const user = await createUser(db);
    const ip = newIp();
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn(user.email, "wrong-password-wrong", ip)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const sixth = await signIn(user.email, user.password, ip);
    expect(sixth.status).toBe(429);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.authRateLimit.count({ where: { key: `${ip}|/sign-in/email` } })).toBe(1);
    // another address is not affected
    expect((await signIn(user.email, user.password)).status).toBe(200);
  });

  it("refuses a sign-in posted from another origin (403)", async () => {
    const user = await createUser(db);
    const res = await call("/sign-in/email", { body: { email: user.email, password: user.password }, origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("the self-service profile endpoints are off: update-user cannot set a 10,000,000-character or NUL name", async () => {
    const user = await createUser(db);
    const { cookie } = await signIn(user.email, user.password);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    for (const name of ["x".repeat(10_000_000), "\u0000\u0000", "Renamed"]) {
      const res = await call("/update-user", { body: { name }, cookie });
      expect(res.status, name.slice(0, 10)).toBe(404);
    }
    expect((await call("/change-email", { body: { newEmail: "other@e2e.example" }, cookie })).status).toBe(404);
    expect((await call("/delete-user", { body: {}, cookie })).status).toBe(404);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
  });

  it("sign-up is closed", async () => {
    const res = await call("/sign-up/email", { body: { email: "new@e2e.example", password: "violet kettle harbour", name: "New" } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await db.user.count({ where: { email: "new@e2e.example" } })).toBe(0);
  });
});

describe("password rules on every path that sets a password", () => {
  it("change-password refuses a common password and a short one, and keeps the old password", async () => {
    const user = await createUser(db);
    const { cookie } = await signIn(user.email, user.password);
    for (const newPassword of ["Password1234!", "qwertyuiop12", "short-pw"]) {
      const res = await call("/change-password", { body: { currentPassword: user.password, newPassword }, cookie });
      expect(res.status, newPassword).toBe(400);
      expect(["PASSWORD_REJECTED", "PASSWORD_TOO_SHORT"]).toContain(res.json?.code);
    }
    expect((await signIn(user.email, user.password)).status).toBe(200);
  });

  it("server-side calls are checked too (auth.api.createUser)", async () => {
    const auth = getAuth();
    await expect(auth.api.createUser({ body: { email: "weak@e2e.example", password: "password1234", name: "Weak" } })).rejects.toMatchObject({
      statusCode: 400,
    });
    await expect(auth.api.createUser({ body: { email: "short@e2e.example", password: "short", name: "Short" } })).rejects.toMatchObject({
      statusCode: 400,
    });
    expect(await db.user.count({ where: { email: { in: ["weak@e2e.example", "short@e2e.example"] } } })).toBe(0);
  });

  it("a password change signs out every other session even when the client asks not to", async () => {
    const user = await createUser(db);
    const first = await signIn(user.email, user.password);
    const second = await signIn(user.email, user.password);
    const third = await signIn(user.email, user.password);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(3);
    const newPassword = "violet kettle harbour tram";
    const res = await call("/change-password", {
      body: { currentPassword: user.password, newPassword, revokeOtherSessions: false },
      cookie: third.cookie,
    });
    expect(res.status).toBe(200);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    expect(await actorFromRequest(requestWith(first.cookie))).toBeNull();
    expect(await actorFromRequest(requestWith(second.cookie))).toBeNull();
    expect(await actorFromRequest(requestWith(res.cookie))).not.toBeNull();
    expect((await signIn(user.email, user.password)).status).toBe(401);
    expect((await signIn(user.email, newPassword)).status).toBe(200);
  });
});

describe("signed out, banned and disabled accounts", () => {
  it("signing out deletes the session row; the old cookie no longer works", async () => {
    const user = await createUser(db);
    const { cookie } = await signIn(user.email, user.password);
    expect((await call("/sign-out", { body: {}, cookie })).status).toBe(200);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await actorFromRequest(requestWith(cookie))).toBeNull();
  });

  it("a ban set directly in the database stops an existing session at once, and sign-in is refused", async () => {
    const user = await createUser(db);
    const { cookie } = await signIn(user.email, user.password);
    expect(await actorFromRequest(requestWith(cookie))).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { banned: true, banReason: "test" } });
    expect(await actorFromRequest(requestWith(cookie))).toBeNull();
    const again = await signIn(user.email, user.password);
    expect(again.status).toBe(403);
    expect(again.json?.code).toBe("BANNED_USER");
  });

  it("an expired ban no longer blocks", async () => {
    const user = await createUser(db);
    const { cookie } = await signIn(user.email, user.password);
    await db.user.update({ where: { id: user.id }, data: { banned: true, banExpires: new Date(Date.now() - 1000) } });
    expect(await actorFromRequest(requestWith(cookie))).not.toBeNull();
  });

  it("a disabled account (disabledAt) is refused by the guard and at sign-in", async () => {
    const user = await createUser(db);
    const { cookie } = await signIn(user.email, user.password);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await actorFromRequest(requestWith(cookie))).toBeNull();
    const again = await signIn(user.email, user.password);
    expect(again.status).toBe(403);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1); // only the old one; no new session
  });

  it("a tampered cookie signature is not a session", async () => {
    const user = await createUser(db);
    const { cookie } = await signIn(user.email, user.password);
    const tampered = cookie.replace(/(bridge\.session_token=[^.;]+\.)[^;]+/, "$1AAAA");
    expect(tampered).not.toBe(cookie);
    expect(await actorFromRequest(requestWith(tampered))).toBeNull();
  });
});

describe("two-factor authentication", () => {
  async function enableTwoFactor(email: string, password: string) {
    const signedIn = await signIn(email, password);
    const enabled = await call("/two-factor/enable", { body: { password }, cookie: signedIn.cookie });
    expect(enabled.status).toBe(200);
    const uri = String(enabled.json?.totpURI);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Bridge:.+\?secret=[A-Z2-7]+/);
    expect(enabled.json?.backupCodes).toHaveLength(10);
    const secret = new URL(uri).searchParams.get("secret")!;
    const verified = await call("/two-factor/verify-totp", { body: { code: totp(secret) }, cookie: enabled.cookie });
    expect(verified.status).toBe(200);
    return { secret, cookie: verified.cookie, backupCodes: enabled.json?.backupCodes as string[] };
  }

  it("enrolment needs a correct first code; then sign-in asks for a code and only a correct one gives a session", async () => {
    const user = await createUser(db, { role: "admin" });
    const signedIn = await signIn(user.email, user.password);
    const enabled = await call("/two-factor/enable", { body: { password: user.password }, cookie: signedIn.cookie });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(false);
    const wrongFirst = await call("/two-factor/verify-totp", { body: { code: "000000" }, cookie: enabled.cookie });
    expect(wrongFirst.status).toBe(401);
    const secret = new URL(String(enabled.json?.totpURI)).searchParams.get("secret")!;
    const ok = await call("/two-factor/verify-totp", { body: { code: totp(secret) }, cookie: enabled.cookie, ip: newIp() });
    expect(ok.status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(true);

    const ip = newIp();
    const step1 = await signIn(user.email, user.password, ip);
    expect(step1.status).toBe(200);
    expect(step1.json).toMatchObject({ twoFactorRedirect: true });
    expect(step1.setCookies.some((c) => c.startsWith("bridge.session_token=") && !/max-age=0/i.test(c))).toBe(false);
    const sessionsBefore = await db.session.count({ where: { userId: user.id } });
    const wrong = await call("/two-factor/verify-totp", { body: { code: "123456" === totp(secret) ? "654321" : "123456" }, cookie: step1.cookie, ip });
    expect(wrong.status).toBe(401);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(sessionsBefore);
    // the enrolment used this step's code, and each code is accepted once (decision 45): the next step's code
    const right = await call("/two-factor/verify-totp", { body: { code: totp(secret, Date.now() + 30_000) }, cookie: step1.cookie, ip });
    expect(right.status).toBe(200);
    const actor = await actorFromRequest(requestWith(right.cookie));
    expect(actor).toMatchObject({ role: "admin", twoFactorEnabled: true });
  });

  it("a fixture user with two-factor (e2e/support/auth.ts) signs in with a TOTP code and with a backup code", async () => {
    const user = await createUser(db, { twoFactor: true });
    const step1 = await signIn(user.email, user.password);
    expect(step1.json).toMatchObject({ twoFactorRedirect: true, twoFactorMethods: ["totp"] });
    const viaTotp = await call("/two-factor/verify-totp", { body: { code: totp(user.totpSecret!) }, cookie: step1.cookie });
    expect(viaTotp.status).toBe(200);
    const step1b = await signIn(user.email, user.password);
    const viaBackup = await call("/two-factor/verify-backup-code", { body: { code: user.backupCodes![0] }, cookie: step1b.cookie });
    expect(viaBackup.status).toBe(200);
    expect(await actorFromRequest(requestWith(viaBackup.cookie))).not.toBeNull();
  });

  it("a facilitator may turn two-factor off; an admin may not", async () => {
    const facilitator = await createUser(db);
    const f = await enableTwoFactor(facilitator.email, facilitator.password);
    expect((await call("/two-factor/disable", { body: { password: facilitator.password }, cookie: f.cookie })).status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: facilitator.id } })).twoFactorEnabled).toBe(false);

    const admin = await createUser(db, { role: "admin" });
    const a = await enableTwoFactor(admin.email, admin.password);
    const refused = await call("/two-factor/disable", { body: { password: admin.password }, cookie: a.cookie });
    expect(refused.status).toBe(403);
    expect(refused.json?.code).toBe("ADMIN_2FA_REQUIRED");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).twoFactorEnabled).toBe(true);
  });
});

describe("signing out the other devices", () => {
  it("/revoke-other-sessions ends every other session of the user and keeps this one", async () => {
    const user = await createUser(db);
    const here = await signIn(user.email, user.password);
    await signIn(user.email, user.password);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
    const res = await call("/revoke-other-sessions", { body: {}, cookie: here.cookie });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("the admin API", () => {
  it("is switched off for everyone, enrolled admins included (user management goes through lib/data/user-accounts.ts)", async () => {
    const facilitator = await createUser(db);
    const f = await signIn(facilitator.email, facilitator.password);
    expect((await call("/admin/list-users", { method: "GET", cookie: f.cookie, origin: null })).status).toBe(404);
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    const step1 = await signIn(admin.email, admin.password);
    const { cookie } = await call("/two-factor/verify-totp", { body: { code: totp(admin.totpSecret!) }, cookie: step1.cookie });
    expect((await call("/admin/list-users", { method: "GET", cookie, origin: null })).status).toBe(404);
    const attempts: [string, Record<string, unknown>][] = [
      ["/admin/set-role", { userId: facilitator.id, role: "admin" }],
      ["/admin/ban-user", { userId: facilitator.id, banReason: "test" }],
      ["/admin/set-user-password", { userId: facilitator.id, newPassword: "Another-Sturdy-Passphrase-1" }],
      ["/admin/create-user", { email: "x@example.test", password: "Another-Sturdy-Passphrase-1", name: "X" }],
      ["/admin/remove-user", { userId: facilitator.id }],
      ["/admin/impersonate-user", { userId: facilitator.id }],
    ];
    for (const [path, body] of attempts) expect((await call(path, { body, cookie })).status, path).toBe(404);
    expect(await db.user.findUniqueOrThrow({ where: { id: facilitator.id } })).toMatchObject({ role: "facilitator", banned: false });
    expect(await db.user.count({ where: { email: "x@example.test" } })).toBe(0);
    expect(await db.session.count({ where: { impersonatedBy: { not: null } } })).toBe(0);
    // and the admin role has no impersonate permission, should the endpoint be reached some other way
    await expect(
      getAuth().api.impersonateUser({ body: { userId: facilitator.id }, headers: new Headers({ cookie }) }),
    ).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe("the rate-limit storage (one statement per request)", () => {
  it("allows `max` requests per window, then refuses with the seconds left; a new window starts afresh", async () => {
    const { databaseRateLimitStorage } = await import("@/lib/auth/server");
    const storage = databaseRateLimitStorage(db);
    const key = `test|${Date.now()}`;
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await storage.consume(key, { window: 60, max: 5 }));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false, false]);
    expect(results[5]!.retryAfter).toBeGreaterThan(55);
    expect(results[5]!.retryAfter).toBeLessThanOrEqual(60);
    // the window started more than a minute ago: counting starts again
    await db.authRateLimit.update({ where: { key }, data: { lastRequest: BigInt(Date.now() - 61_000) } });
    expect(await storage.consume(key, { window: 60, max: 5 })).toEqual({ allowed: true, retryAfter: null });
    expect((await db.authRateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(1);
  });

  it("simultaneous requests cannot slip past the limit", async () => {
    const { databaseRateLimitStorage } = await import("@/lib/auth/server");
    const storage = databaseRateLimitStorage(db);
    const key = `burst|${Date.now()}`;
    const results = await Promise.all(Array.from({ length: 20 }, () => storage.consume(key, { window: 60, max: 5 })));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });
});

describe("the audit log of signing in and out", () => {
  const entries = (actorId: string, action: string) => db.auditLog.findMany({ where: { actorId, action }, orderBy: { createdAt: "asc" } });

  it("one auth.sign-in per completed password sign-in, with address, user agent and method; sign-out too", async () => {
    const user = await createUser(db);
    const ip = newIp();
    const res = await signIn(user.email, user.password, ip);
    expect(res.status).toBe(200);
    const [entry, ...more] = await entries(user.id, "auth.sign-in");
    expect(more).toHaveLength(0);
    expect(entry?.detail).toMatchObject({ ip, method: "password" });
    expect(JSON.stringify(entry)).not.toContain(user.password);
    expect((await call("/sign-out", { body: {}, cookie: res.cookie })).status).toBe(200);
    expect(await entries(user.id, "auth.sign-out")).toHaveLength(1);
  });

  it("with two-factor: nothing at the password step, one entry at the code step (TOTP or backup code)", async () => {
    const user = await createUser(db, { twoFactor: true });
    const step1 = await signIn(user.email, user.password);
    expect(step1.json).toMatchObject({ twoFactorRedirect: true });
    expect(await entries(user.id, "auth.sign-in")).toHaveLength(0);
    const wrong = await call("/two-factor/verify-totp", { body: { code: totp(user.totpSecret!) === "000000" ? "111111" : "000000" }, cookie: step1.cookie });
    expect(wrong.status).toBe(401);
    const [failed] = await entries(user.id, "auth.sign-in-failed");
    expect(failed?.detail).toMatchObject({ email: user.email, reason: "INVALID_CODE", method: "password+totp" });
    expect(JSON.stringify(failed?.detail)).not.toMatch(/000000|111111/);
    expect((await call("/two-factor/verify-totp", { body: { code: totp(user.totpSecret!) }, cookie: step1.cookie })).status).toBe(200);
    const step1b = await signIn(user.email, user.password);
    expect((await call("/two-factor/verify-backup-code", { body: { code: user.backupCodes![0] }, cookie: step1b.cookie })).status).toBe(200);
    const signIns = await entries(user.id, "auth.sign-in");
    expect(signIns.map((e) => (e.detail as { method: string }).method)).toEqual(["password+totp", "password+backup-code"]);
  });

  it("a wrong password is logged against the account, an unknown e-mail without one; no password is stored", async () => {
    const user = await createUser(db);
    expect((await signIn(user.email, "not-the-right-password")).status).toBe(401);
    const [failed] = await entries(user.id, "auth.sign-in-failed");
    expect(failed?.detail).toMatchObject({ email: user.email, reason: "INVALID_EMAIL_OR_PASSWORD", method: "password" });
    expect(JSON.stringify(failed)).not.toContain("not-the-right-password");
    const unknown = "nobody-audit@e2e.example";
    expect((await signIn(unknown, "not-the-right-password")).status).toBe(401);
    const rows = await db.auditLog.findMany({ where: { action: "auth.sign-in-failed", actorId: null } });
    expect(rows.some((r) => (r.detail as { email?: string }).email === unknown)).toBe(true);
    // a password typed into the e-mail field is not kept
    const before = await db.auditLog.count({ where: { action: "auth.sign-in-failed" } });
    await signIn("Tr0ub4dor&3horse-typed-here", "whatever-else-1234");
    const latest = await db.auditLog.findMany({ where: { action: "auth.sign-in-failed" }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(await db.auditLog.count({ where: { action: "auth.sign-in-failed" } })).toBe(before + 1);
    expect(JSON.stringify(latest[0])).not.toMatch(/tr0ub4dor/i);
    expect((latest[0]!.detail as { email: unknown }).email).toBeNull();
  });

  it("a disabled account's attempt is a failed sign-in with the reason", async () => {
    const user = await createUser(db);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date(), banned: true } });
    expect((await signIn(user.email, user.password)).status).toBe(403);
    const [failed] = await entries(user.id, "auth.sign-in-failed");
    expect(["BANNED_USER", "ACCOUNT_DISABLED"]).toContain((failed?.detail as { reason: string }).reason);
    expect(await entries(user.id, "auth.sign-in")).toHaveLength(0);
  });

  it("confirming two-factor enrolment while signed in is not a sign-in", async () => {
    const user = await createUser(db);
    const signedIn = await signIn(user.email, user.password);
    const enabled = await call("/two-factor/enable", { body: { password: user.password }, cookie: signedIn.cookie });
    const secret = new URL(String(enabled.json?.totpURI)).searchParams.get("secret")!;
    expect((await call("/two-factor/verify-totp", { body: { code: totp(secret) }, cookie: enabled.cookie })).status).toBe(200);
    expect(await entries(user.id, "auth.sign-in")).toHaveLength(1); // the password sign-in only
  });
});
