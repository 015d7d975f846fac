// Accounts and sessions for Playwright, made through Prisma on the e2e database (never through the UI, so tests
// do not spend the sign-in rate limit): users with a credential account, a signed session cookie, and TOTP codes.
import type { BrowserContext } from "@playwright/test";
import { createHmac, randomBytes, randomInt } from "node:crypto";
import { hashPassword, makeSignature, symmetricEncrypt } from "better-auth/crypto";
import type { Db } from "../../lib/db/create-db";
import type { Role } from "../../lib/domain";

/** The BRIDGE_SECRET of the e2e server (playwright.config.ts, webServer.env): sessions and 2FA secrets use it. */
export const E2E_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e-secret";
/** The session cookie over http (the e2e server); on https it is `__Host-bridge.session_token`. */
export const SESSION_COOKIE = "bridge.session_token";

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
  role: Role;
  /** Base32 TOTP key (what an authenticator app is given) when created with `twoFactor: true`. */
  totpSecret?: string;
  /** The ten backup codes when created with `twoFactor: true`. */
  backupCodes?: string[];
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${process.pid.toString(36)}-${(counter++).toString(36)}`;
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const randomAlnum = (n: number) => Array.from({ length: n }, () => ALNUM[randomInt(ALNUM.length)]).join("");

const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32(bytes: Uint8Array): string {
  let bits = "";
  for (const b of bytes) bits += b.toString(2).padStart(8, "0");
  let out = "";
  for (let i = 0; i < bits.length; i += 5) out += B32[parseInt(bits.slice(i, i + 5).padEnd(5, "0"), 2)];
  return out;
}

/** The current RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 key, as an authenticator app shows it. */
export function totp(b32: string, now = Date.now()): string {
  let bits = "";
  for (const c of b32.replace(/[\s=]+/g, "").toUpperCase()) {
    const v = B32.indexOf(c);
    if (v < 0) throw new Error(`not base32: ${c}`);
    bits += v.toString(2).padStart(5, "0");
  }
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counterBytes = Buffer.alloc(8);
  counterBytes.writeBigUInt64BE(BigInt(Math.floor(now / 30_000)));
  const h = createHmac("sha1", key).update(counterBytes).digest();
  const o = h[h.length - 1]! & 15;
  return ((h.readUInt32BE(o) & 0x7fffffff) % 1e6).toString().padStart(6, "0");
}

/** Waits, when needed, until the current 30-second TOTP window has at least `margin` ms left (no code expires mid-request). */
export async function freshTotp(b32: string, margin = 5_000): Promise<string> {
  const left = 30_000 - (Date.now() % 30_000);
  if (left < margin) await new Promise((r) => setTimeout(r, left + 200));
  return totp(b32);
}

/** A client address for X-Forwarded-For, so each test has its own sign-in rate-limit bucket (198.18.0.0/15 is for tests). */
export function testClientAddress(): string {
  return `198.${18 + randomInt(2)}.${randomInt(256)}.${1 + randomInt(254)}`;
}

/**
 * A user who can sign in with `password` (a credential account with accountId = user id, as better-auth expects).
 * `twoFactor: true` also stores a verified TOTP secret and backup codes, encrypted as better-auth does with
 * `secret` (the server's BRIDGE_SECRET; E2E_SECRET unless given).
 */
export async function createUser(
  db: Db,
  options: { role?: Role; email?: string; password?: string; name?: string; twoFactor?: boolean; secret?: string } = {},
): Promise<TestUser> {
  const secret = options.secret ?? E2E_SECRET;
  const role = options.role ?? "facilitator";
  const id = unique();
  const email = (options.email ?? `${role}-${id}@e2e.example`).toLowerCase();
  const password = options.password ?? `Sturdy-${randomAlnum(8)}-Passphrase`;
  const name = options.name ?? `E2E ${role} ${id}`;
  const user = await db.user.create({ data: { name, email, role, emailVerified: true, twoFactorEnabled: Boolean(options.twoFactor) } });
  await db.account.create({ data: { userId: user.id, providerId: "credential", accountId: user.id, password: await hashPassword(password) } });
  const result: TestUser = { id: user.id, email, name, password, role };
  if (options.twoFactor) {
    const raw = randomAlnum(32);
    const backupCodes = Array.from({ length: 10 }, () => randomAlnum(10).replace(/^(.{5})/, "$1-"));
    await db.twoFactor.create({
      data: {
        userId: user.id,
        secret: await symmetricEncrypt({ key: secret, data: raw }),
        backupCodes: await symmetricEncrypt({ key: secret, data: JSON.stringify(backupCodes) }),
        verified: true,
      },
    });
    result.totpSecret = base32(new TextEncoder().encode(raw));
    result.backupCodes = backupCodes;
  }
  return result;
}

/** The signed cookie value better-auth expects for a session token. */
export async function sessionCookieValue(token: string, secret = E2E_SECRET): Promise<string> {
  return encodeURIComponent(`${token}.${await makeSignature(token, secret)}`);
}

/**
 * Signs `user` in without the UI: a Session row plus the signed, HttpOnly session cookie on `context`.
 * Returns the session token (the Session row's `token`).
 */
export async function signInAs(
  context: BrowserContext,
  db: Db,
  user: Pick<TestUser, "id">,
  options: { url?: string; expiresInMs?: number; secret?: string } = {},
): Promise<string> {
  const token = randomAlnum(32);
  await db.session.create({
    data: { userId: user.id, token, expiresAt: new Date(Date.now() + (options.expiresInMs ?? 12 * 3600_000)), userAgent: "Playwright fixture" },
  });
  const url = options.url ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
  await context.addCookies([
    { name: SESSION_COOKIE, value: await sessionCookieValue(token, options.secret), url, httpOnly: true, sameSite: "Lax", secure: false },
  ]);
  return token;
}

/** A random token, for tests that need an unknown one. */
export function randomToken(): string {
  return randomBytes(24).toString("base64url");
}
