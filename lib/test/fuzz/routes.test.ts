// Property-based fuzz test of every route handler but better-auth's (issue #16 item 4; auth-routes.test.ts has
// those): each route module's exported handlers are called directly with generated requests (every method they
// export, and HEAD for GET as Next serves it; malformed and hostile bodies, content types, cookies, origins,
// query strings and path parameters) as an anonymous visitor, a facilitator who owns the fixtures, another
// facilitator, an admin with and without two-factor, and respondents in every state of their link. Properties:
//   1. no request is answered 5xx, and no handler throws (Next would answer 500), reading the body included;
//   2. a refused request (4xx, or a respondent form post sent back to an error page) writes no row, but the
//      rate-limit counters that exist to count refusals (write-log.ts watches every table);
//   3. a 2xx goes only to a caller the route serves (no export for another facilitator, none signed out).
// A new route.ts that is not in the table below fails the test. FUZZ_SEED / FUZZ_RUNS: see config.ts.
import fc from "fast-check";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sessionCookieValue } from "@/e2e/support/auth";
import { env } from "@/lib/env";
import { testDb } from "@/lib/test/db";
import { fuzzParams, fuzzTimeout, isDefaultRun } from "./config";
import { eachStringSpoiled, LENGTH_TRAP, POSTGRES_REFUSES } from "./hostile";
import { exportedFunctions, routeFiles } from "./inventory";
import { encode, headersArb, toRequest, type CookieValues, type SentBody, type SentRequest } from "./request";
import { buildRouteWorld, FUZZED_ELSEWHERE, routeTable, type Base, type FuzzRoute, type Params, type RouteWorld } from "./route-table";
import { inviteCookieName, repairFuzzUsers, sessionCookieName, USER_TABLES, type UserKey } from "./world";
import { describeWrites, installWriteLog, writeLog } from "./write-log";

const db = testDb();
const BASE = env().BRIDGE_URL;
const HOST = new URL(BASE).host;

let world: RouteWorld;
const log = writeLog(db);
let cookies: CookieValues;
const ROUTES = routeTable(() => world);

const sessionKey = (sent: SentRequest) => sent.cookies.session as UserKey | "tampered" | "garbage" | null;
const respondentState = (sent: SentRequest) => (typeof sent.cookies.invite === "number" ? world.respondents[sent.cookies.invite]!.state : null);
const isAdmin = (sent: SentRequest) => sessionKey(sent) === "admin";
const location = (res: Response) => res.headers.get("location") ?? "";

/**
 * Explicit examples run before the random ones: the route's base request with NUL, then an unpaired surrogate,
 * appended to each string in turn (path parameters, query values, body fields): what PostgreSQL refuses in a
 * query, found every run instead of by chance.
 */
function sweep(spec: FuzzRoute): SentRequest[] {
  if (!spec.base) return [];
  const base = spec.base();
  const parts = { params: base.params ?? {}, query: base.query ?? {}, json: base.json, form: base.form };
  return [requestFrom(spec, base), ...POSTGRES_REFUSES.flatMap((c) => eachStringSpoiled(parts, c)).map((p) => requestFrom(spec, { ...base, ...(p as Partial<Base>) }))];
}

/** The request a browser on the app's own pages sends for `b`. */
function requestFrom(spec: FuzzRoute, b: Base): SentRequest {
  return {
    method: spec.methods[0]!,
    path: spec.path(b.params ?? {}),
    params: b.params ?? {},
    query: b.query && Object.keys(b.query).length ? `?${Object.entries(b.query).map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&")}` : "",
    body: b.json ? { kind: "text", text: JSON.stringify(b.json) } : b.form ? { kind: "text", text: new URLSearchParams(b.form).toString() } : { kind: "none" },
    cookies: { session: b.session ?? null, invite: b.invite ? world.respondents.findIndex((r) => r.state === b.invite) : null, twoFactorPending: false, extra: [] },
    origin: new URL(BASE).origin,
    host: HOST,
    forwardedHost: null,
    fetchSite: "same-origin",
    forwardedFor: "198.18.200.1",
    contentType: "auto",
    contentLength: null,
  };
}

function withParams(spec: FuzzRoute): fc.Arbitrary<Params> {
  return spec.params ? spec.params() : fc.constant({});
}

/** Sessions to call as, the route's own callers more often. */
const SESSIONS = {
  admin: ["admin", "admin", "owner", "other", "adminNo2fa"],
  actor: ["owner", "owner", "admin", "other", "adminNo2fa"],
  other: ["owner", "other", "admin", "adminNo2fa"],
};

function requestArb(spec: FuzzRoute): fc.Arbitrary<SentRequest> {
  const methods = spec.methods.includes("GET") ? [...spec.methods, "HEAD"] : spec.methods;
  const sessions = spec.guard === "admin" ? SESSIONS.admin : spec.guard === "actor" ? SESSIONS.actor : SESSIONS.other;
  const headers = headersArb({ origin: new URL(BASE).origin, host: HOST }, sessions, world.respondents.length, false);
  return fc
    .record({
      method: fc.constantFrom(...methods),
      params: withParams(spec),
      query: spec.query ? spec.query() : fc.constant(""),
      body: spec.body ? spec.body() : fc.constant<SentBody>({ kind: "none" }),
      headers,
    })
    .map(({ method, params, query, body, headers }) => ({ method, path: spec.path(params), params, query, body, ...headers }));
}

function mayPass(spec: FuzzRoute, sent: SentRequest): boolean {
  if (spec.mayPass) return spec.mayPass(sent);
  if (spec.guard === "admin") return isAdmin(sent);
  if (spec.guard === "actor") return ["owner", "other", "admin"].includes(String(sessionKey(sent)));
  if (spec.guard === "respondent") return respondentState(sent) !== null;
  return true;
}

/** Answers seen per route ("200", "303 /respond/link-problem…"): printed with FUZZ_VERBOSE=1, and checked for reach. */
const seen = new Map<string, Map<string, number>>();

async function check(file: string, handler: (r: Request, c: { params: Promise<Params> }) => Promise<Response>, spec: FuzzRoute, sent: SentRequest) {
  const request = toRequest(BASE, sent, cookies);
  let response: Response;
  try {
    response = await handler(request, { params: Promise.resolve(sent.params) });
    await response.arrayBuffer(); // a streamed export that fails half-way is a failure too
  } catch (error) {
    throw new Error(`${file}: ${sent.method} threw (Next answers 500): ${(error as Error)?.stack ?? String(error)}`);
  }
  const writes = await log.since();
  if (writes.some((w) => USER_TABLES.has(w.table))) {
    await repairFuzzUsers(db, world.users);
    await log.since();
  }
  const answer = `${response.status}${response.status === 303 ? ` ${location(response).replace(/\?.*/, "")}` : ""}`;
  const counts = seen.get(file) ?? new Map<string, number>();
  seen.set(file, counts.set(answer, (counts.get(answer) ?? 0) + 1));
  expect(response.status, `${file}: ${sent.method} answered ${response.status}`).toBeLessThan(500);
  const refused = (response.status >= 400 && response.status < 500) || Boolean(spec.refused?.(response, sent));
  if (refused) {
    const unexpected = writes.filter((w) => !spec.writesWhenRefused?.allowed(w));
    expect(unexpected, `${file}: refused with ${response.status} ${location(response)} but wrote ${describeWrites(unexpected)}`).toEqual([]);
  }
  if (response.status >= 200 && response.status < 300) {
    expect(mayPass(spec, sent), `${file}: ${sent.method} answered ${response.status} to a caller it does not serve`).toBe(true);
  }
}

beforeAll(async () => {
  await installWriteLog(db); // before any row is written, so every write is seen
  world = await buildRouteWorld(db);
  const sessionName = await sessionCookieName();
  const forged = `${sessionName}=${await sessionCookieValue(world.users.owner.sessionToken, "not-the-secret-not-the-secret-not-the")}`;
  const invite = inviteCookieName();
  cookies = {
    session: (choice) =>
      choice === "tampered" ? forged : choice === "garbage" ? `${sessionName}=%E0%A4%A.${"A".repeat(43)}` : (world.users[choice as UserKey]?.cookie ?? null),
    invite: (choice) =>
      choice === null
        ? null
        : choice === "unknown"
          ? `${invite}=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`
          : choice === "garbage"
            ? `${invite}=%zz%E0%A4%A\u00e9`
            : `${invite}=${encode(world.respondents[choice]!.token)}`,
    twoFactorPending: () => null,
  };
  await log.since();
}, 180_000);

describe("fuzzing every route handler", () => {
  it("covers every route.ts in app/ (a new route must be added to this table)", () => {
    const known = new Set([...Object.keys(ROUTES), ...Object.keys(FUZZED_ELSEWHERE)]);
    expect(routeFiles().filter((f) => !known.has(f)), "route handlers this fuzz test does not know").toEqual([]);
    expect([...known].filter((f) => !routeFiles().includes(f)), "routes in the table that no longer exist").toEqual([]);
  });

  for (const [file, spec] of Object.entries(ROUTES)) {
    it(`${file}: no 5xx, no write when refused, 2xx only to whom it serves`, async () => {
      const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, unknown>;
      const handlers = exportedFunctions(mod).filter((k) => /^[A-Z]+$/.test(k));
      expect(handlers, `${file}: the handlers it exports`).toEqual([...spec.methods].sort());
      await fc.assert(
        fc.asyncProperty(requestArb(spec), async (sent) => {
          const handler = mod[sent.method === "HEAD" ? "GET" : sent.method] as Parameters<typeof check>[1];
          await check(file, handler, spec, sent);
        }),
        fuzzParams(spec.runs, sweep(spec).map((sent): [SentRequest] => [sent])),
      );
      const answers = Object.fromEntries(seen.get(file) ?? []);
      if (process.env.FUZZ_VERBOSE) console.log(file, answers);
      if (isDefaultRun) expect(spec.reaches.filter((a) => !(a in answers)), `${file}: answers never reached in ${JSON.stringify(answers)}`).toEqual([]);
    }, fuzzTimeout(spec.runs));
  }
});

/** Inputs the fuzzing found answering 500 (on PostgreSQL: text it cannot store), now refused with 400 on both databases. */
const FOUND_UNSTORABLE: [file: string, base: () => Base][] = [
  ["app/(app)/admin/audit/export/route.ts", () => ({ session: "admin", query: { actor: "fuzz\u0000" } })],
  ["app/(app)/app/assessments/[assessmentId]/plan/export/[format]/route.ts", () => ({ session: "owner", params: { assessmentId: Object.keys(world.assessments)[0]!, format: "csv" }, query: { owner: "name:Sam\u0000" } })],
];

describe("bugs the fuzzing found, answered with 400 now (lib/validation/input.ts)", () => {
  it("text no database can store, in a query string", async () => {
    for (const [file, base] of FOUND_UNSTORABLE) {
      const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, Parameters<typeof check>[1]>;
      const sent = requestFrom(ROUTES[file]!, base());
      const response = await mod.GET!(toRequest(BASE, sent, cookies), { params: Promise.resolve(sent.params) });
      expect(response.status, file).toBe(400);
      expect(await log.since(), file).toEqual([]);
    }
  });

  it("zod's length trap ({\"length\": {\"toString\": \"\"}} where a string belongs) in the autosave of a respondent", async () => {
    const file = "app/api/respond/answers/route.ts";
    const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, Parameters<typeof check>[1]>;
    const sent = requestFrom(ROUTES[file]!, { json: { itemKey: LENGTH_TRAP, value: 1 } });
    sent.cookies.invite = null;
    const request = toRequest(BASE, sent, { ...cookies, invite: () => `${inviteCookieName()}=${encodeURIComponent(world.spare)}` });
    const response = await mod.POST!(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(400);
    expect(await log.since()).toEqual([]);
  });
});
