// The two-factor rules of decision 45 over HTTP, on both databases: each TOTP code is accepted once (also by two
// sign-ins at the same moment), and wrong codes are limited per account and address and, from unknown addresses,
// per account, without ever stopping the owner at a known address or with a backup code.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser as createE2eUser, freshTotp, totp } from "@/e2e/support/auth";
import { ACCOUNT_LIMITS, ADDRESS_LIMITS, accountKey, addressKey } from "@/lib/auth/two-factor-throttle";
import { env } from "@/lib/env";
import { type AuthResponse, callAuth, newIp, signInWithPassword } from "@/lib/test/auth-http";
import { testDb } from "@/lib/test/db";

const db = testDb();
const createUser = (options: Parameters<typeof createE2eUser>[1] = {}) => createE2eUser(db, { ...options, secret: env().BRIDGE_SECRET });
type User = Awaited<ReturnType<typeof createUser>>;

/** A six-digit code that is not valid now (none of the three accepted steps gives it). */
function wrongCode(secret: string): string {
  const valid = new Set([-30_000, 0, 30_000].map((offset) => totp(secret, Date.now() + offset)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, "0");
    if (!valid.has(code)) return code;
  }
}

/** better-auth's own burst limit on /two-factor/* (3 per 10 s per address) is not what these tests are about. */
async function forgetBurstLimit(ip: string) {
  await db.authRateLimit.deleteMany({ where: { key: { startsWith: `${ip}|/two-factor/` } } });
}

/** Password step, then one code from the same address. */
async function signIn(user: User, code: string | ((user: User) => Promise<string> | string), ip = newIp(), path = "/two-factor/verify-totp") {
  const step1 = await signInWithPassword(user, ip);
  expect(step1.json, JSON.stringify(step1.json)).toMatchObject({ twoFactorRedirect: true });
  await forgetBurstLimit(ip);
  return callAuth(path, { body: { code: typeof code === "string" ? code : await code(user) }, cookie: step1.cookie, ip });
}

const HOUR = ACCOUNT_LIMITS.hour;
const ADDRESS_LIMIT = ADDRESS_LIMITS.quarter;
const sessions = (user: User) => db.session.count({ where: { userId: user.id } });
const codeOf = (res: AuthResponse) => res.json?.code;

beforeAll(async () => {
  await db.$connect();
});

describe("each TOTP code is accepted once", () => {
  it("the same code is refused on a second sign-in within its step (401 TOTP_REUSED), from any address", async () => {
    const user = await createUser({ twoFactor: true });
    const code = await freshTotp(user.totpSecret!);
    const first = await signIn(user, code);
    expect(first.status).toBe(200);
    const second = await signIn(user, code);
    expect(second.status).toBe(401);
    expect(codeOf(second)).toBe("TOTP_REUSED");
    expect(second.cookie).not.toContain("bridge.session_token=");
    expect(await sessions(user)).toBe(1);
    const failed = await db.auditLog.findMany({ where: { actorId: user.id, action: "auth.sign-in-failed" } });
    expect(failed.map((row) => (row.detail as { reason: string }).reason)).toEqual(["TOTP_REUSED"]);
    expect(JSON.stringify(failed)).not.toContain(code);
  });

  it("a code of the next step is accepted; then neither that code nor an earlier one is", async () => {
    const user = await createUser({ twoFactor: true });
    const now = Date.now();
    expect((await signIn(user, totp(user.totpSecret!, now))).status).toBe(200);
    const next = totp(user.totpSecret!, now + 30_000);
    expect((await signIn(user, next)).status).toBe(200);
    const step = (await db.twoFactor.findFirstOrThrow({ where: { userId: user.id } })).lastTotpStep;
    expect(step).toBe(Math.floor(now / 30_000) + 1);
    for (const code of [next, totp(user.totpSecret!, now), totp(user.totpSecret!, now - 30_000)]) {
      expect(codeOf(await signIn(user, code))).toBe("TOTP_REUSED");
    }
    expect(await sessions(user)).toBe(2);
  });

  it("two sign-ins sending one code at the same moment: exactly one gets a session", async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => createUser({ twoFactor: true })));
    await Promise.all(
      users.map(async (user) => {
        const challenges = await Promise.all([0, 1, 2].map(() => signInWithPassword(user)));
        const code = totp(user.totpSecret!);
        const results = await Promise.all(challenges.map((c) => callAuth("/two-factor/verify-totp", { body: { code }, cookie: c.cookie })));
        expect(results.map((r) => r.status).sort()).toEqual([200, 401, 401]);
        expect(results.filter((r) => codeOf(r) === "TOTP_REUSED")).toHaveLength(2);
        expect(await sessions(user)).toBe(1);
      }),
    );
  }, 120_000);

  it("the code that confirmed enrolment cannot sign in again", async () => {
    const user = await createUser();
    const signedIn = await signInWithPassword(user);
    const enabled = await callAuth("/two-factor/enable", { body: { password: user.password }, cookie: signedIn.cookie });
    const secret = new URL(String(enabled.json?.totpURI)).searchParams.get("secret")!;
    const code = await freshTotp(secret);
    expect((await callAuth("/two-factor/verify-totp", { body: { code }, cookie: enabled.cookie })).status).toBe(200);
    const reused = await signIn(user, code);
    expect(reused.status).toBe(401);
    expect(codeOf(reused)).toBe("TOTP_REUSED");
    expect((await signIn(user, totp(secret, Date.now() + 30_000))).status).toBe(200);
  });

  it("enrolment started again forgets a step claimed for the unconfirmed secret", async () => {
    const user = await createUser();
    const signedIn = await signInWithPassword(user);
    const first = await callAuth("/two-factor/enable", { body: { password: user.password }, cookie: signedIn.cookie });
    expect(first.status).toBe(200);
    await db.twoFactor.updateMany({ where: { userId: user.id }, data: { lastTotpStep: 2 ** 31 - 1 } });
    const again = await callAuth("/two-factor/enable", { body: { password: user.password }, cookie: first.cookie });
    expect(again.status).toBe(200);
    expect((await db.twoFactor.findFirstOrThrow({ where: { userId: user.id } })).lastTotpStep).toBeNull();
    const secret = new URL(String(again.json?.totpURI)).searchParams.get("secret")!;
    expect((await callAuth("/two-factor/verify-totp", { body: { code: await freshTotp(secret) }, cookie: again.cookie })).status).toBe(200);
  });
});

describe("wrong codes hold back the address that sends them, not the owner", () => {
  it(`${ADDRESS_LIMIT.max} codes per account and address; the next is refused (429) even when right; another address is not`, async () => {
    const owner = await createUser({ twoFactor: true });
    const attacker = newIp();
    const step1 = await signInWithPassword(owner, attacker);
    const statuses = [];
    for (let i = 0; i < ADDRESS_LIMIT.max; i++) {
      await forgetBurstLimit(attacker);
      statuses.push((await callAuth("/two-factor/verify-totp", { body: { code: wrongCode(owner.totpSecret!) }, cookie: step1.cookie, ip: attacker })).status);
    }
    expect(statuses).toEqual(Array(ADDRESS_LIMIT.max).fill(401));
    const refused = await signIn(owner, (u) => freshTotp(u.totpSecret!), attacker);
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe("TWO_FACTOR_THROTTLED");
    expect(Number(refused.headers.get("x-retry-after"))).toBeGreaterThan(ADDRESS_LIMIT.window - 60);
    expect(await db.twoFactor.findFirstOrThrow({ where: { userId: owner.id } })).toMatchObject({ lockedUntil: null, lastTotpStep: null });
    // the owner, from their own address: signed in at once
    expect((await signIn(owner, (u) => freshTotp(u.totpSecret!))).status).toBe(200);
  });

  it("after the account budget is spent from unknown addresses, the owner still signs in from a known address and with a backup code", async () => {
    const owner = await createUser({ twoFactor: true });
    const home = newIp();
    expect((await signIn(owner, (u) => freshTotp(u.totpSecret!), home)).status).toBe(200); // home is now known
    expect(await db.twoFactorAddress.count({ where: { userId: owner.id, address: home } })).toBe(1);

    // an attacker who knows the password, with a new address for every code (more than better-auth's old lock of 10);
    // the owner's first sign-in, from home before home was known, was one of the budget's attempts
    const attempts = [];
    for (let i = 0; i < HOUR.max + 3; i++) attempts.push(await signIn(owner, (u) => wrongCode(u.totpSecret!)));
    expect(attempts.slice(0, HOUR.max - 1).map((r) => r.status)).toEqual(Array(HOUR.max - 1).fill(401));
    expect(attempts.slice(HOUR.max - 1).map((r) => codeOf(r))).toEqual(Array(4).fill("TWO_FACTOR_THROTTLED"));
    // even the right code from yet another unknown address waits: this is the brute-force bound
    const unknownRight = await signIn(owner, (u) => totp(u.totpSecret!, Date.now() + 30_000));
    expect(unknownRight.status).toBe(429);
    expect(String(unknownRight.json?.message)).toMatch(/backup code/);

    // the owner at home signs in (with the next code: the first one was used); so does the owner with a backup code
    // from a new address
    expect((await signIn(owner, (u) => totp(u.totpSecret!, Date.now() + 30_000), home)).status).toBe(200);
    expect((await signIn(owner, owner.backupCodes![0]!, newIp(), "/two-factor/verify-backup-code")).status).toBe(200);
    expect(await sessions(owner)).toBe(3);
  }, 120_000);

  it("the bound holds under simultaneous guesses: at most the budget reaches the code check", async () => {
    const owner = await createUser({ twoFactor: true });
    const challenges = await Promise.all(Array.from({ length: HOUR.max * 2 }, async () => {
      const ip = newIp();
      return { ip, cookie: (await signInWithPassword(owner, ip)).cookie };
    }));
    const code = wrongCode(owner.totpSecret!);
    const results = await Promise.all(challenges.map(({ ip, cookie }) => callAuth("/two-factor/verify-totp", { body: { code }, cookie, ip })));
    expect(results.filter((r) => r.status === 401)).toHaveLength(HOUR.max);
    expect(results.filter((r) => codeOf(r) === "TWO_FACTOR_THROTTLED")).toHaveLength(HOUR.max);
  }, 120_000);

  it("the account budget is an hour's and a day's: when each ends, unknown addresses may try again", async () => {
    const owner = await createUser({ twoFactor: true });
    for (let i = 0; i < HOUR.max; i++) await signIn(owner, (u) => wrongCode(u.totpSecret!));
    const hourSpent = await signIn(owner, (u) => wrongCode(u.totpSecret!));
    expect(codeOf(hourSpent)).toBe("TWO_FACTOR_THROTTLED");
    expect(Number(hourSpent.headers.get("x-retry-after"))).toBeGreaterThan(HOUR.window - 120);
    // the hour is over, but this was the day's third hour of guesses: the day's budget is spent too
    const past = new Date(Date.now() - 1000);
    await db.rateLimit.update({ where: { key: accountKey(owner.id, "hour") }, data: { resetAt: past } });
    await db.rateLimit.update({ where: { key: accountKey(owner.id, "day") }, data: { count: ACCOUNT_LIMITS.day.max } });
    const daySpent = await signIn(owner, (u) => totp(u.totpSecret!, Date.now() + 30_000));
    expect(codeOf(daySpent)).toBe("TWO_FACTOR_THROTTLED");
    expect(String(daySpent.json?.message)).toMatch(/Try again in 2\d hours/);
    // the day is over
    await db.rateLimit.updateMany({ where: { key: { startsWith: "2fa|" } }, data: { resetAt: past } });
    expect((await signIn(owner, (u) => freshTotp(u.totpSecret!))).status).toBe(200);
  }, 120_000);

  it("a right code starts the address's quarter-hour afresh, not its day; wrong codes never touch better-auth's lock columns", async () => {
    const owner = await createUser({ twoFactor: true });
    const ip = newIp();
    const step1 = await signInWithPassword(owner, ip);
    for (let i = 0; i < ADDRESS_LIMIT.max - 1; i++) {
      await forgetBurstLimit(ip);
      expect((await callAuth("/two-factor/verify-totp", { body: { code: wrongCode(owner.totpSecret!) }, cookie: step1.cookie, ip })).status).toBe(401);
    }
    await forgetBurstLimit(ip);
    expect((await callAuth("/two-factor/verify-totp", { body: { code: await freshTotp(owner.totpSecret!) }, cookie: step1.cookie, ip })).status).toBe(200);
    expect(await db.rateLimit.count({ where: { key: addressKey(owner.id, ip, "quarter") } })).toBe(0);
    const wrongThenRight = ADDRESS_LIMIT.max - 1 + 1;
    expect(await db.rateLimit.findUnique({ where: { key: addressKey(owner.id, ip, "day") } })).toMatchObject({ count: wrongThenRight });
    expect(await db.twoFactor.findFirstOrThrow({ where: { userId: owner.id } })).toMatchObject({ failedVerificationCount: 0, lockedUntil: null });
  }, 120_000);

  it(`an address the owner uses has a day's budget too (${ADDRESS_LIMITS.day.max}); spent, the owner signs in from another network`, async () => {
    const owner = await createUser({ twoFactor: true });
    const home = newIp();
    expect((await signIn(owner, (u) => freshTotp(u.totpSecret!), home)).status).toBe(200);
    // someone on the same network has spent the day's guesses from it
    const key = addressKey(owner.id, home, "day");
    const resetAt = new Date(Date.now() + 20 * 60 * 60 * 1000);
    await db.rateLimit.upsert({ where: { key }, create: { key, count: ADDRESS_LIMITS.day.max, resetAt }, update: { count: ADDRESS_LIMITS.day.max, resetAt } });
    const refused = await signIn(owner, (u) => totp(u.totpSecret!, Date.now() + 30_000), home);
    expect(codeOf(refused)).toBe("TWO_FACTOR_THROTTLED");
    expect(String(refused.json?.message)).toMatch(/from this network\. Try again in 20 hours/);
    expect((await signIn(owner, (u) => totp(u.totpSecret!, Date.now() + 30_000))).status).toBe(200);
  }, 120_000);
});
