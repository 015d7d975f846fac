// Tests only: the people a fuzz test calls as, each with a real session (a Session row and its signed cookie, as
// better-auth reads it), and a way to put them back after a request changed them (signed out, password changed).
import { randomBytes } from "node:crypto";
import { createUser, sessionCookieValue, type TestUser } from "@/e2e/support/auth";
import { getAuth } from "@/lib/auth/server";
import type { Db } from "@/lib/db/create-db";
import { env } from "@/lib/env";
import { inviteCookie } from "@/lib/respondent/cookie";

/** owner: a facilitator who owns the fixtures; other: a facilitator who owns other ones; admin: with two-factor. */
export const USER_KEYS = ["owner", "other", "admin", "adminNo2fa"] as const;
export type UserKey = (typeof USER_KEYS)[number];

export interface FuzzUser extends TestUser {
  key: UserKey;
  /** The Session row's token, and the Cookie header pair that carries it. */
  sessionToken: string;
  cookie: string;
  twoFactor: boolean;
  /** The rows a request may change that repairFuzzUsers puts back. */
  saved: { passwordHash: string | null; twoFactorRows: { id: string; userId: string; secret: string; backupCodes: string; verified: boolean }[] };
}

export type FuzzUsers = Record<UserKey, FuzzUser>;

const SESSION_LIFETIME_MS = 12 * 3600_000; // lib/auth/server.ts: expiresIn; a shorter one would be refreshed (a write) on every read

/** The session cookie's name for this deployment (better-auth's own, so a changed prefix is followed). */
export async function sessionCookieName(): Promise<string> {
  return (await getAuth().$context).authCookies.sessionToken.name;
}

/** The invite cookie's name for this deployment. */
export const inviteCookieName = () => inviteCookie("x").name;

async function sessionFor(db: Db, userId: string, token: string) {
  await db.session.upsert({
    where: { token },
    create: { userId, token, expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS), userAgent: "fuzz" },
    update: { expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS) },
  });
}

export async function createFuzzUsers(db: Db): Promise<FuzzUsers> {
  const secret = env().BRIDGE_SECRET;
  const name = await sessionCookieName();
  const make = async (key: UserKey, role: "facilitator" | "admin", twoFactor: boolean): Promise<FuzzUser> => {
    const user = await createUser(db, { role, twoFactor, secret, name: `Fuzz ${key}` });
    const sessionToken = randomBytes(24).toString("base64url").slice(0, 32);
    await sessionFor(db, user.id, sessionToken);
    const account = await db.account.findFirst({ where: { userId: user.id, providerId: "credential" } });
    const twoFactorRows = await db.twoFactor.findMany({ where: { userId: user.id }, select: { id: true, userId: true, secret: true, backupCodes: true, verified: true } });
    const cookie = `${name}=${await sessionCookieValue(sessionToken, secret)}`;
    return { ...user, key, sessionToken, cookie, twoFactor, saved: { passwordHash: account?.password ?? null, twoFactorRows } };
  };
  return {
    owner: await make("owner", "facilitator", false),
    other: await make("other", "facilitator", false),
    admin: await make("admin", "admin", true),
    adminNo2fa: await make("adminNo2fa", "admin", false),
  };
}

/**
 * Puts the users back as they were made: their sessions (a sign-out or a password change deletes them), their
 * role and state. Run after a request that wrote to User, Session, Account or TwoFactor; its own writes are not
 * the request's.
 */
export async function repairFuzzUsers(db: Db, users: FuzzUsers) {
  for (const u of Object.values(users)) {
    await db.user.update({
      where: { id: u.id },
      data: { role: u.role, banned: false, banReason: null, banExpires: null, disabledAt: null, twoFactorEnabled: u.twoFactor, email: u.email },
    });
    await db.account.updateMany({ where: { userId: u.id, providerId: "credential" }, data: { password: u.saved.passwordHash } });
    await db.twoFactor.deleteMany({ where: { userId: u.id, id: { notIn: u.saved.twoFactorRows.map((r) => r.id) } } });
    for (const row of u.saved.twoFactorRows) {
      const { id, ...data } = row;
      await db.twoFactor.upsert({ where: { id }, create: row, update: { ...data, failedVerificationCount: 0, lockedUntil: null } });
    }
    await sessionFor(db, u.id, u.sessionToken);
  }
}

/** The tables whose rows the users' sessions depend on. */
export const USER_TABLES = new Set(["User", "Session", "Account", "TwoFactor"]);
