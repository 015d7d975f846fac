// better-auth for Bridge: email + password only (no sign-up; accounts are created by an admin or the seed),
// TOTP two-factor (required for admins, enforced by lib/auth/guards.ts and the hook below), the admin plugin
// for roles and bans, and database-backed rate limits so every app instance shares the counts.
// Sessions live in the database and are read on every request (no cookie cache): signing out, banning and
// changing a password take effect at once.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin, twoFactor } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/admin/access";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { signInAudit } from "@/lib/auth/sign-in-audit";
import { RESET_PREFIX, storedResetIdentifier } from "@/lib/auth/reset-token";
import { mustEnrolTwoFactor } from "@/lib/auth/two-factor-rule";
import { twoFactorGuard } from "@/lib/auth/two-factor-guard";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/create-db";
import { env, isHttpsOrigin } from "@/lib/env";
import { unstorableField } from "@/lib/validation/input";
import { UNSTORABLE_MESSAGE } from "@/lib/validation/storable-text";
import { authCookiePrefix } from "./cookie-names";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
/** At most this many sign-in attempts per client address and minute. */
export const SIGN_IN_LIMIT = { window: 60, max: 5 } as const;

/** better-auth's admin plugin endpoints, all switched off (see disabledPaths below). */
export const ADMIN_PLUGIN_PATHS = [
  "/admin/ban-user",
  "/admin/create-user",
  "/admin/get-user",
  "/admin/has-permission",
  "/admin/impersonate-user",
  "/admin/list-user-sessions",
  "/admin/list-users",
  "/admin/remove-user",
  "/admin/revoke-user-session",
  "/admin/revoke-user-sessions",
  "/admin/set-role",
  "/admin/set-user-password",
  "/admin/stop-impersonating",
  "/admin/unban-user",
  "/admin/update-user",
];

/**
 * better-auth's self-service profile endpoints, switched off: nothing in the app uses them, and `update-user`
 * accepted any name (10,000,000 characters, control characters) from any signed-in user, past the one text rule
 * (lib/validation/text.ts) and the audit log. Names change through the admin's users page (lib/data/user-accounts.ts).
 */
export const SELF_SERVICE_PATHS = ["/update-user", "/change-email", "/delete-user", "/delete-user/callback"];

/** Every endpoint that sets a password: each one goes through the length and common-password check. */
const PASSWORD_PATHS = new Set(["/sign-up/email", "/change-password", "/reset-password", "/admin/create-user", "/admin/set-user-password"]);

/**
 * Roles. Admins may manage users and sessions but never impersonate anyone (impersonation is left out of the
 * role, and its endpoints are disabled); facilitators have no admin permissions at all.
 */
const ac = createAccessControl(defaultStatements);
const roles = {
  admin: ac.newRole({
    user: ["create", "list", "set-role", "ban", "delete", "set-password", "set-email", "get", "update"],
    session: ["list", "revoke", "delete"],
  }),
  facilitator: ac.newRole({ user: [], session: [] }),
};

/** Counters older than this are deleted now and then (longer than every rate-limit window better-auth uses). */
const RATE_LIMIT_ROW_TTL_MS = 60 * 60 * 1000;

/**
 * better-auth's rate-limit counters in the AuthRateLimit table, one statement per request: a fixed window that
 * starts at the first request (`lastRequest` holds the window start), incremented or reset by a single
 * INSERT … ON CONFLICT … DO UPDATE … RETURNING (SQLite ≥ 3.35 and PostgreSQL).
 *
 * Why not better-auth's own "database" storage: it reads, then runs a conditional Prisma `update`, which on SQLite
 * is a read-then-write transaction; when another process writes the file at the same moment (the e2e fixtures,
 * `npm run db:seed`) SQLite answers SQLITE_BUSY_SNAPSHOT at once, busy_timeout notwithstanding, and the sign-in
 * fails with a 500 (seen under parallel e2e runs). A statement that starts by writing waits for the lock instead.
 */
/** The body fields better-auth turns into a redirect. */
const RETURN_ADDRESS_FIELDS = ["callbackURL", "redirectTo", "errorCallbackURL", "newUserCallbackURL"];

/** Longer rate-limit keys are stored as their SHA-256 (PostgreSQL's btree entries hold at most ~2,700 bytes). */
const MAX_RATE_LIMIT_KEY = 200;

export function databaseRateLimitStorage(database: Db) {
  return {
    async consume(rawKey: string, rule: { window: number; max: number }) {
      // the key is the client address and the path: a long made-up path would overflow PostgreSQL's index entry
      // (a 500), so a long key is kept as its hash
      const key = rawKey.length > MAX_RATE_LIMIT_KEY ? `sha256:${createHash("sha256").update(rawKey).digest("hex")}` : rawKey;
      const now = Date.now();
      const windowMs = rule.window * 1000;
      const rows = await database.$queryRaw<{ count: number | bigint; lastRequest: number | bigint }[]>`
        INSERT INTO "AuthRateLimit" ("id", "key", "count", "lastRequest")
        VALUES (${randomUUID()}, ${key}, 1, CAST(${now} AS BIGINT))
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN CAST(${now} AS BIGINT) - "AuthRateLimit"."lastRequest" >= ${windowMs} THEN 1 ELSE "AuthRateLimit"."count" + 1 END,
          "lastRequest" = CASE WHEN CAST(${now} AS BIGINT) - "AuthRateLimit"."lastRequest" >= ${windowMs} THEN CAST(${now} AS BIGINT) ELSE "AuthRateLimit"."lastRequest" END
        RETURNING "count", "lastRequest"`;
      const count = Number(rows[0]?.count ?? 1);
      const windowStart = Number(rows[0]?.lastRequest ?? now);
      if (Math.random() < 0.01) {
        await database.authRateLimit.deleteMany({ where: { lastRequest: { lt: BigInt(now - RATE_LIMIT_ROW_TTL_MS) } } }).catch(() => undefined);
      }
      if (count <= rule.max) return { allowed: true, retryAfter: null };
      return { allowed: false, retryAfter: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) };
    },
  };
}

function passwordProblem(password: unknown): string | null {
  if (typeof password !== "string") return null; // better-auth's own body validation answers that
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (isCommonPassword(password)) return "This password is too common. Choose one that is harder to guess.";
  return null;
}

function createAuth() {
  const e = env();
  return betterAuth({
    appName: "Bridge",
    secret: e.BRIDGE_SECRET,
    baseURL: e.BRIDGE_URL,
    trustedOrigins: [e.BRIDGE_URL],
    database: prismaAdapter(db, { provider: e.DATABASE_URL.startsWith("file:") ? "sqlite" : "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      // returned with every session, so the guards can refuse a disabled account
      additionalFields: { disabledAt: { type: "date", required: false, input: false } },
    },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60, cookieCache: { enabled: false } },
    // set-password links (invitations) are stored hashed: see lib/auth/reset-token.ts
    verification: { storeIdentifier: { default: "plain", overrides: { [RESET_PREFIX]: { hash: storedResetIdentifier } } } },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "authRateLimit",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { ...SIGN_IN_LIMIT } },
      customStorage: databaseRateLimitStorage(db), // same table (modelName), one atomic statement: see above
    },
    // The admin plugin stays for roles and for refusing banned users at sign-in, but its HTTP endpoints are off:
    // user management goes through lib/data/user-accounts.ts, which audits every change, keeps one active admin and
    // stops admins changing themselves; the plugin's endpoints would bypass all three. The self-service profile
    // endpoints are off too (SELF_SERVICE_PATHS).
    disabledPaths: [...ADMIN_PLUGIN_PATHS, ...SELF_SERVICE_PATHS],
    advanced: {
      // `bridge.session_token` on http; on https `__Host-bridge.session_token`, Secure, Path=/ and no Domain, like
      // every other auth cookie (lib/auth/cookie-names.ts, decision 44). The prefix carries `__Host-` itself, so
      // better-auth must not add its own `__Secure-` in front: Secure comes from the attributes.
      useSecureCookies: false,
      cookiePrefix: authCookiePrefix(isHttpsOrigin(e)),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: isHttpsOrigin(e), path: "/" },
      database: { generateId: false }, // Prisma's @default(cuid()) makes the ids
      // explicit: better-auth turns the origin check off when NODE_ENV=test or TEST is set
      disableOriginCheck: false,
      // Behind a reverse proxy that appends to X-Forwarded-For, list it here (advanced.ipAddress.trustedProxies).
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    telemetry: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          // the admin plugin refuses banned users here; a disabled account is refused the same way
          before: async (session, ctx) => {
            const user = ctx ? await ctx.context.internalAdapter.findUserById(session.userId) : null;
            if (user && (user as { disabledAt?: Date | null }).disabledAt) {
              throw new APIError("FORBIDDEN", { message: "This account is disabled.", code: "ACCOUNT_DISABLED" });
            }
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        // the rule of every other entry point (lib/validation/input.ts): text no database can store is refused,
        // never sent to a query (PostgreSQL's refusal was a 500)
        if (unstorableField({ body: ctx.body, query: ctx.query }) !== null) {
          throw new APIError("BAD_REQUEST", { message: UNSTORABLE_MESSAGE, code: "UNSTORABLE_TEXT" });
        }
        // better-auth puts these addresses into a Location header, which holds only Latin-1: anything else was a
        // 500 after the session had been created. The app's own return addresses are ASCII paths.
        if (RETURN_ADDRESS_FIELDS.some((field) => typeof ctx.body?.[field] === "string" && /[^\x20-\x7e]/.test(ctx.body[field]))) {
          throw new APIError("BAD_REQUEST", { message: "The return address is not valid.", code: "INVALID_CALLBACK_URL" });
        }
        if (PASSWORD_PATHS.has(ctx.path)) {
          const problem = passwordProblem(ctx.body?.newPassword ?? ctx.body?.password);
          if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "PASSWORD_REJECTED" });
        }
        if (ctx.path === "/reset-password") {
          // a disabled account cannot take a password, whatever link it still has
          const token = typeof ctx.body?.token === "string" ? ctx.body.token : typeof ctx.query?.token === "string" ? ctx.query.token : null;
          const verification = token ? await ctx.context.internalAdapter.findVerificationValue(`${RESET_PREFIX}${token}`).catch(() => null) : null;
          const user = verification ? await db.user.findUnique({ where: { id: verification.value }, select: { disabledAt: true, banned: true } }) : null;
          if (user && (user.disabledAt || user.banned)) {
            throw new APIError("FORBIDDEN", { message: "This account is disabled.", code: "ACCOUNT_DISABLED" });
          }
        }
        if (ctx.path === "/change-password") {
          // a changed password always signs out every other device, whatever the client asked for
          return { context: { body: { ...ctx.body, revokeOtherSessions: true } } };
        }
        if (ctx.path.startsWith("/admin/") || ctx.path === "/two-factor/disable") {
          const session = await getSessionFromCtx(ctx);
          if (session?.user.role === "admin" && ctx.path === "/two-factor/disable") {
            throw new APIError("FORBIDDEN", { message: "Admins must keep two-factor authentication on.", code: "ADMIN_2FA_REQUIRED" });
          }
          if (session && mustEnrolTwoFactor({ role: session.user.role, twoFactorEnabled: session.user.twoFactorEnabled })) {
            throw new APIError("FORBIDDEN", { message: "Turn on two-factor authentication first.", code: "ADMIN_2FA_REQUIRED" });
          }
        }
      }),
    },
    plugins: [
      // better-auth's account-wide lockout is off: 10 wrong codes from anyone who knows the password locked the owner out
      // for 15 minutes. twoFactorGuard limits attempts per account and address instead, and accepts each TOTP code once.
      twoFactor({ issuer: "Bridge", accountLockout: { enabled: false } }),
      twoFactorGuard(), // right after twoFactor(): see lib/auth/two-factor-guard.ts (decision 45)
      admin({ defaultRole: "facilitator", adminRoles: ["admin"], ac, roles }),
      signInAudit(), // after twoFactor(): see signInAudit
      nextCookies(), // must stay last
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
export type AuthSession = Auth["$Infer"]["Session"];

const globalForAuth = globalThis as unknown as { bridgeAuth?: Auth };

/** The one better-auth instance of this process, created on first use (not at import, so `next build` never needs it). */
export function getAuth(): Auth {
  return (globalForAuth.bridgeAuth ??= createAuth());
}
