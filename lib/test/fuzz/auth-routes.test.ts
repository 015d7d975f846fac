// Property-based fuzz test of app/api/auth/[...all]/route.ts (issue #16 item 4): every endpoint better-auth
// serves there (read from the configured instance at test time, the switched-off ones included, which must answer
// 404), called through the route module's GET and POST with generated requests: the endpoint's own body and query
// fields with real e-mails, passwords, session tokens, the admin's current TOTP code and backup code among hostile
// values of every type, wrong methods, unknown paths, forged cookies, a pending two-factor sign-in, cross-site
// origins. Properties: no 5xx and no throw; a refused request (4xx) writes nothing but the counters of refusals
// (better-auth's rate limits, the app's two-factor throttle) and the audit entry of a failed sign-in. Each
// endpoint's body is also swept with NUL and an unpaired surrogate in every field (what PostgreSQL refuses).
// The bugs it found are fixed and kept as tests at the end. FUZZ_SEED / FUZZ_RUNS: see config.ts.
import fc from "fast-check";
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { sessionCookieValue, totp } from "@/e2e/support/auth";
import * as authRoute from "@/app/api/auth/[...all]/route";
import { getAuth } from "@/lib/auth/server";
import { env } from "@/lib/env";
import { testDb } from "@/lib/test/db";
import { fuzzParams, fuzzTimeout, isDefaultRun } from "./config";
import { eachStringSpoiled, hostileJson, hostileString, ownObject, POSTGRES_REFUSES, stringNear } from "./hostile";
import { exportedFunctions } from "./inventory";
import { encode, exactOrNear, headersArb, queryOf, toRequest, type CookieValues, type SentBody, type SentRequest } from "./request";
import { createFuzzUsers, repairFuzzUsers, sessionCookieName, USER_TABLES, type FuzzUsers, type UserKey } from "./world";
import { describeWrites, installWriteLog, writeLog, type Write } from "./write-log";

const db = testDb();
const BASE = env().BRIDGE_URL;
const log = writeLog(db);
let users: FuzzUsers;
let cookies: CookieValues;

/** What a refused request may still write, and why. */
const WRITES_WHEN_REFUSED: { allowed: (w: Write) => boolean; why: string }[] = [
  { allowed: (w) => w.table === "AuthRateLimit", why: "better-auth counts every request per address and path (429 past the limit)" },
  { allowed: (w) => w.table === "AuditLog" && w.op === "INSERT" && w.detail === "auth.sign-in-failed", why: "the audit log records each failed sign-in" },
  { allowed: (w) => w.table === "RateLimit", why: "the app's own counters of refused two-factor attempts (per address and account)" },
];

/** Endpoints better-auth serves under /api/auth (server-only ones have no path), with their body and query fields. */
interface Endpoint {
  path: string;
  methods: string[];
  bodyFields: string[];
  queryFields: string[];
}

function endpoints(): Endpoint[] {
  const fields = (schema: unknown) => Object.keys((schema as { shape?: object } | undefined)?.shape ?? {});
  return Object.values(getAuth().api as Record<string, { path?: string; options?: { method?: string | string[]; body?: unknown; query?: unknown } }>)
    .filter((e) => typeof e?.path === "string")
    .map((e) => ({
      path: e.path!,
      methods: [e.options?.method ?? "GET"].flat().filter((m) => m !== "*"),
      bodyFields: fields(e.options?.body),
      queryFields: fields(e.options?.query),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Endpoints that sign in, check a password or a code, or change sessions: fuzzed longer. */
const DEEP = new Set([
  "/sign-in/email",
  "/two-factor/verify-totp",
  "/two-factor/verify-backup-code",
  "/two-factor/verify-otp",
  "/two-factor/enable",
  "/two-factor/disable",
  "/two-factor/get-totp-uri",
  "/two-factor/generate-backup-codes",
  "/change-password",
  "/verify-password",
  "/reset-password",
  "/request-password-reset",
  "/sign-out",
  "/get-session",
  "/revoke-session",
  "/update-session",
]);

/** Values for a field, by its name: the real ones (e-mails, passwords, codes, tokens) among near misses and hostile ones. */
function fieldValue(name: string): fc.Arbitrary<unknown> {
  const list = Object.values(users);
  const emails = [...list.map((u) => u.email), "nobody@example.test", "FACILITATOR@EXAMPLE.TEST"];
  const passwords = [...list.map((u) => u.password), "Sturdy-Changed-Passphrase-2027", "password1234", "short", "x".repeat(129)];
  const admin = users.admin;
  const code = fc.oneof(
    fc.constant(null).map(() => totp(admin.totpSecret!)),
    fc.constantFrom(admin.backupCodes![0]!, "000000", "123456", "12345", "1234567", "abcdef"),
    fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, "0")),
  );
  const urls = ["/app", "https://evil.example/", "//evil.example", "javascript:alert(1)", `${BASE}/app`, "/\\evil.example"];
  const typed: Record<string, fc.Arbitrary<unknown>> = {
    email: exactOrNear(emails),
    newEmail: exactOrNear(emails),
    password: exactOrNear(passwords),
    currentPassword: exactOrNear(passwords),
    newPassword: exactOrNear(passwords),
    code,
    token: exactOrNear([...list.map((u) => u.sessionToken), "not-a-token"]),
    sessionToken: exactOrNear(list.map((u) => u.sessionToken)),
    userId: exactOrNear(list.map((u) => u.id)),
    accountId: exactOrNear(list.map((u) => u.id)),
    id: exactOrNear(list.map((u) => u.id)),
    role: exactOrNear(["admin", "facilitator", "superuser"]),
    callbackURL: exactOrNear(urls),
    redirectTo: exactOrNear(urls),
    errorCallbackURL: exactOrNear(urls),
    newUserCallbackURL: exactOrNear(urls),
    provider: exactOrNear(["google", "github", "credential"]),
    method: exactOrNear(["totp", "otp"]),
  };
  const flag = fc.oneof(fc.boolean(), fc.constantFrom("true", "false", 1, null));
  const own = typed[name] ?? (/^(rememberMe|trustDevice|revokeOtherSessions|disableRedirect|disableSession|requestSignUp)$/.test(name) ? flag : stringNear([]));
  return fc.oneof({ weight: 4, arbitrary: own }, { weight: 1, arbitrary: hostileJson });
}

/** Each of `names` with probability 4/5 (fc.subarray would leave out as many as it keeps). */
const mostOf = (names: string[]) => fc.tuple(...names.map(() => fc.nat(4))).map((rolls) => names.filter((_, i) => rolls[i]! > 0));

function bodyFor(ep: Endpoint): fc.Arbitrary<SentBody> {
  const names = ep.bodyFields.length ? ep.bodyFields : ["email", "password", "token", "code", "callbackURL"];
  const object = fc
    .tuple(
      mostOf(names),
      fc.array(fc.tuple(fc.constantFrom("__proto__", "constructor", "role", "emailVerified", "twoFactorEnabled", "banned", "userId"), hostileJson), { maxLength: 2 }),
    )
    .chain(([chosen, extra]) =>
      fc.tuple(...chosen.map((n) => fieldValue(n).map((v) => [n, v] as const))).map((pairs): SentBody => ({ kind: "text", text: JSON.stringify(ownObject([...pairs, ...extra])) })),
    );
  const generic = fc.oneof(
    fc.constant<SentBody>({ kind: "none" }),
    hostileJson.map((v): SentBody => ({ kind: "text", text: JSON.stringify(v) ?? "" })),
    fc.uint8Array({ maxLength: 512 }).map((bytes): SentBody => ({ kind: "bytes", bytes })),
    fc.constantFrom("{", "[]", "null", '"x"', "email=a%40b.c&password=x", "a".repeat(70_000), "[".repeat(5000) + "]".repeat(5000)).map((text): SentBody => ({ kind: "text", text })),
  );
  // a user's e-mail with their own password or another's: sign-in gets to the password check, and past it
  const list = Object.values(users);
  const credentials =
    names.includes("email") && names.includes("password")
      ? fc
          .tuple(fc.constantFrom(...list), fc.constantFrom(...list), fc.option(fc.boolean(), { nil: undefined }))
          .map(([u, v, rememberMe]): SentBody => ({ kind: "text", text: JSON.stringify({ email: u.email, password: v.password, rememberMe }) }))
      : object;
  return fc.oneof({ weight: 3, arbitrary: object }, { weight: 2, arbitrary: credentials }, { weight: 1, arbitrary: generic });
}

function requestFor(ep: Endpoint, pathArb?: fc.Arbitrary<string>): fc.Arbitrary<SentRequest> {
  const methods = ep.methods.length ? ep.methods : ["GET"];
  const method = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...methods) }, { weight: 1, arbitrary: fc.constantFrom("GET", "POST", "HEAD") });
  const path = pathArb ?? fc.oneof({ weight: 5, arbitrary: fc.constant(ep.path) }, { weight: 1, arbitrary: hostileString }).map((p) => p.replace(/:(id|token)\b/, () => "x"));
  const query = queryOf(Object.fromEntries(ep.queryFields.map((f) => [f, ["/app", "true", users.owner.id, "x"]])));
  return fc
    .record({
      method,
      path: path.map((p) => `/api/auth${p.startsWith("/") ? p : `/${encode(p)}`}`),
      query,
      body: bodyFor(ep),
      // many client addresses: better-auth's limits (5 sign-ins a minute, 3 codes in 10 s per address) are reached, but not at once
      headers: headersArb({ origin: new URL(BASE).origin, host: new URL(BASE).host }, ["owner", "owner", "other", "admin", "adminNo2fa"], 0, true, 4096),
    })
    .map(({ method, path, query, body, headers }): SentRequest => ({ method, path, query, body, params: { all: path.split("/").slice(3) }, ...headers }));
}

/**
 * Explicit examples run before the random ones: the endpoint's body with real values (the owner's e-mail and
 * password, a session token, a code) and NUL, then an unpaired surrogate, appended to each field in turn, as the
 * signed-in owner from the app's own origin (what PostgreSQL refuses in a query, found every run).
 */
let sweepAddress = 1;

function sweep(ep: Endpoint): [SentRequest][] {
  if (!ep.bodyFields.length || !ep.methods.includes("POST")) return [];
  const real: Record<string, string> = {
    email: users.owner.email,
    newEmail: users.other.email,
    password: users.owner.password,
    currentPassword: users.owner.password,
    newPassword: "Sturdy-Changed-Passphrase-2027",
    code: "123456",
    token: users.other.sessionToken,
    sessionToken: users.other.sessionToken,
    userId: users.other.id,
    accountId: users.owner.id,
    callbackURL: "/app",
    redirectTo: "/app",
  };
  const body = Object.fromEntries(ep.bodyFields.filter((f) => f in real).map((f) => [f, real[f]!]));
  return POSTGRES_REFUSES.flatMap((c) => eachStringSpoiled(body, c)).map((b): [SentRequest] => [
    {
      method: "POST",
      path: `/api/auth${ep.path}`,
      query: "",
      params: { all: ep.path.split("/").slice(1) },
      body: { kind: "text", text: JSON.stringify(b) },
      cookies: { session: "owner", invite: null, twoFactorPending: true, extra: [] },
      origin: new URL(BASE).origin,
      host: new URL(BASE).host,
      forwardedHost: null,
      fetchSite: "same-origin",
      forwardedFor: `198.19.${100 + (sweepAddress >> 8)}.${(sweepAddress++ & 255) || 1}`, // one address each: no rate limit in the way
      contentType: "auto",
      contentLength: null,
    },
  ]);
}

const seen = new Map<string, Map<number, number>>();

/** Answers seen per endpoint, printed with FUZZ_VERBOSE=1. */
function count(label: string, status: number) {
  const counts = seen.get(label) ?? new Map<number, number>();
  seen.set(label, counts.set(status, (counts.get(status) ?? 0) + 1));
}

async function check(label: string, sent: SentRequest) {
  const handler = sent.method === "POST" ? authRoute.POST : authRoute.GET; // Next serves HEAD with GET
  let response: Response;
  try {
    response = await handler(toRequest(BASE, sent, cookies));
    await response.arrayBuffer();
  } catch (error) {
    throw new Error(`${label}: ${sent.method} threw (Next answers 500): ${(error as Error)?.stack ?? String(error)}`);
  }
  const writes = await log.since();
  if (writes.some((w) => USER_TABLES.has(w.table))) {
    await repairFuzzUsers(db, users);
    await log.since();
  }
  count(label, response.status);
  expect(response.status, `${label}: ${sent.method} answered ${response.status}`).toBeLessThan(500);
  if (response.status >= 400) {
    const unexpected = writes.filter((w) => !WRITES_WHEN_REFUSED.some((r) => r.allowed(w)));
    expect(unexpected, `${label}: refused with ${response.status} but wrote ${describeWrites(unexpected)}`).toEqual([]);
  }
}

/** better-auth's pending two-factor cookie of the admin's password step, so the code step is reached. */
async function pendingTwoFactorCookie(): Promise<string | null> {
  const res = await authRoute.POST(
    new Request(`${BASE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: new URL(BASE).origin, "x-forwarded-for": "198.19.0.1" },
      body: JSON.stringify({ email: users.admin.email, password: users.admin.password }),
    }),
  );
  const pair = res.headers.getSetCookie().find((c) => /two_factor=/.test(c))?.split(";")[0];
  return pair ?? null;
}

beforeAll(async () => {
  // better-auth logs every refusal (invalid origin, invalid callbackURL …): thousands of lines that say nothing here
  for (const level of ["error", "warn", "info", "log"] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
  await installWriteLog(db);
  users = await createFuzzUsers(db);
  const sessionName = await sessionCookieName();
  const forged = `${sessionName}=${await sessionCookieValue(users.owner.sessionToken, "not-the-secret-not-the-secret-not-the")}`;
  const pending = await pendingTwoFactorCookie();
  expect(pending, "the admin's sign-in asks for a code").not.toBeNull();
  cookies = {
    session: (choice) => (choice === "tampered" ? forged : choice === "garbage" ? `${sessionName}=x.y` : (users[choice as UserKey]?.cookie ?? null)),
    invite: () => null,
    twoFactorPending: () => pending,
  };
  await log.since();
}, 120_000);

describe("fuzzing better-auth's endpoints (app/api/auth/[...all]/route.ts)", () => {
  it("the route module exports GET and POST, and better-auth serves the endpoints this test knows of", () => {
    expect(exportedFunctions(authRoute)).toEqual(["GET", "POST"]);
    expect(endpoints().map((e) => e.path)).toEqual(expect.arrayContaining([...DEEP]));
  });

  for (const ep of endpoints()) {
    const runs = ep.path === "/sign-in/email" ? 80 : DEEP.has(ep.path) ? 40 : 8;
    it(`${ep.path}: no 5xx, no write when refused but the rate-limit counters and the failed sign-in's audit entry`, async () => {
      await fc.assert(
        fc.asyncProperty(requestFor(ep), (sent) => check(ep.path, sent)),
        fuzzParams(runs, sweep(ep)),
      );
      if (process.env.FUZZ_VERBOSE) process.stdout.write(`${ep.path} ${JSON.stringify(Object.fromEntries(seen.get(ep.path) ?? []))}\n`);
      // the generated requests got past the origin and session checks to the password check, and past it
      const answers = seen.get(ep.path) ?? new Map<number, number>();
      if (ep.path === "/sign-in/email" && isDefaultRun) expect([200, 401].filter((s) => !answers.has(s)), `sign-in answers ${JSON.stringify(Object.fromEntries(answers))}`).toEqual([]);
    }, fuzzTimeout(runs));
  }

  it("unknown and malformed paths under /api/auth: no 5xx, nothing written but the counters", async () => {
    const paths = fc.oneof(
      hostileString,
      fc.constantFrom("/", "", "//sign-in/email", "/sign-in/email/", "/SIGN-IN/EMAIL", "/sign-in/email/../../admin/list-users", "/%2e%2e/admin", "/sign-in/%00", "/reset-password/%E0%A4%A", "/callback/%zz"),
    );
    await fc.assert(
      fc.asyncProperty(requestFor({ path: "/x", methods: ["GET", "POST"], bodyFields: [], queryFields: [] }, paths), (sent) => check("unknown path", sent)),
      fuzzParams(60),
    );
  }, fuzzTimeout(60));
});

describe("bugs the fuzzing found, refused now", () => {
  const post = (path: string, body: string, cookie: string, ip: string) =>
    authRoute.POST(new Request(`${BASE}/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json", origin: new URL(BASE).origin, cookie, "x-forwarded-for": ip }, body }));

  it("a sign-out that better-auth refuses writes no audit entry (lib/auth/sign-in-audit.ts)", async () => {
    await log.since();
    const res = await post("/sign-out", "[]", users.other.cookie, "198.19.250.1");
    const writes = await log.since();
    expect(res.status).toBe(400);
    expect(await db.session.count({ where: { token: users.other.sessionToken } }), "the session lives on").toBe(1);
    expect(writes.map((w) => `${w.table} ${w.op} ${w.detail}`)).not.toContain("AuditLog INSERT auth.sign-out");
  });

  it("a sign-in with an emoji in its callbackURL is refused with 400 before any session is made", async () => {
    const sessions = await db.session.count({ where: { userId: users.owner.id } });
    const res = await post("/sign-in/email", JSON.stringify({ email: users.owner.email, password: users.owner.password, callbackURL: "/app?x=🙂" }), "", "198.19.250.2");
    await log.since();
    expect(res.status).toBe(400);
    expect(await db.session.count({ where: { userId: users.owner.id } })).toBe(sessions);
  });

  it("a token with NUL in reset-password and revoke-session is refused with 400 (PostgreSQL answered 500)", async () => {
    for (const [path, body] of [
      ["/reset-password", { newPassword: "Sturdy-Changed-Passphrase-2027", token: "abc\u0000" }],
      ["/revoke-session", { token: `${users.other.sessionToken}\u0000` }],
    ] as const) {
      const res = await post(path, JSON.stringify(body), users.owner.cookie, "198.19.250.3");
      const writes = await log.since();
      expect(res.status, path).toBe(400);
      expect(writes.filter((w) => !WRITES_WHEN_REFUSED.some((r) => r.allowed(w))), path).toEqual([]);
    }
  });

  it("a path of 4,000 random characters under /api/auth is answered (PostgreSQL's index refused its rate-limit key)", async () => {
    // random, so the index cannot compress it below its limit (3,000 "x" would fit)
    const res = await authRoute.GET(new Request(`${BASE}/api/auth/${randomBytes(3000).toString("base64url")}`, { headers: { "x-forwarded-for": "198.19.250.4" } }));
    await log.since();
    expect(res.status).toBe(404);
  });
});
