// Tests only: the route table of the fuzz test (routes.test.ts): every route file but better-auth's, how to call
// it (its methods, path and parameters, query, body), what it may answer; and the world it is called in.
import fc from "fast-check";
import type { Actor } from "@/lib/auth/actor";
import { createPlanAction } from "@/lib/data/action-plan";
import { loadRespondent, recordConsent, saveAnswer } from "@/lib/data/respondent";
import type { Db } from "@/lib/db/create-db";
import { IMPERATIVE_IDS, POPULATIONS } from "@/lib/domain";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import { completeAnswers } from "@/lib/test/answers";
import { OPPOSED_ITEMS, planTeam } from "@/lib/test/plan-team";
import { createAssessment, createParticipant } from "@/prisma/factories";
import { seedReferenceData } from "@/prisma/seed-reference";
import { hostileJson, hostileString, spoil, stringNear } from "./hostile";
import { encode, exactOrNear, formBody, genericBody, multipartBody, queryOf, type SentBody, type SentRequest } from "./request";
import { createFuzzUsers, type FuzzUsers, type UserKey } from "./world";
import type { Write } from "./write-log";

/** Routes fuzzed by another file. */
export const FUZZED_ELSEWHERE: Record<string, string> = { "app/api/auth/[...all]/route.ts": "lib/test/fuzz/auth-routes.test.ts" };

export type RespondentState = "fresh" | "consented" | "complete" | "submitted" | "revoked" | "expired" | "closed";

export interface RouteWorld {
  users: FuzzUsers;
  respondents: { token: string; state: RespondentState }[];
  /** Assessments by the facilitator who owns them; the first is the owner's revealed one. */
  assessments: Record<string, UserKey>;
  /** A consented respondent's token that no generated request holds (for the known-bug tests). */
  spare: string;
}

const actorOf = (u: FuzzUsers[UserKey]): Actor => ({ id: u.id, email: u.email, name: u.name, role: u.role, twoFactorEnabled: u.twoFactor });

/**
 * Reference data; the four users; the owner's revealed assessment with two plan actions (one titled as a
 * spreadsheet formula), another facilitator's; an open and a closed assessment whose respondents are in every
 * state a link can be in.
 */
export async function buildRouteWorld(db: Db): Promise<RouteWorld> {
  await seedReferenceData(db);
  const users = await createFuzzUsers(db);
  const mine = await planTeam(db, { ownerId: users.owner.id, perSide: 2, title: "Fuzz owner's" });
  const theirs = await planTeam(db, { ownerId: users.other.id, perSide: 1, title: "Fuzz other's" });
  for (const [i, title] of ["Align the roadmap", "=cmd|' /C calc'!A0"].entries()) {
    await createPlanAction(actorOf(users.owner), {
      assessmentId: mine.assessmentId,
      title,
      description: "Line one\nline two",
      imperative: IMPERATIVE_IDS[i]!,
      itemKeys: [OPPOSED_ITEMS[i]!],
      ownerParticipantId: "",
      ownerName: "Sam",
      dueDate: "2027-01-15",
      status: "planned",
      priority: "high",
      checklist: [{ text: "First step", done: false }],
      visibleToParticipants: i === 0,
    });
  }
  // an open assessment whose respondents are in every state a link can be in
  const open = await createAssessment(db, mine.organizationId, { title: "Fuzz open", createdById: users.owner.id });
  const closed = await createAssessment(db, mine.organizationId, { title: "Fuzz closed", createdById: users.owner.id });
  const respondents: RouteWorld["respondents"] = [];
  const add = async (state: RespondentState, side: "marketing" | "it" = "marketing") => {
    const assessment = state === "closed" ? closed : open;
    const { token, response } = await createParticipant(db, { assessmentId: assessment.id, waveId: assessment.waves[0]!.id, side, tier: "leader" });
    if (state !== "fresh") await recordConsent(token, { showName: false });
    if (state === "complete") {
      const { context } = await loadRespondent(token);
      for (const [key, value] of Object.entries(completeAnswers(QUESTIONNAIRE_V1, side, 3, context!.prefilled))) await saveAnswer(token, key, value);
    }
    if (state === "submitted") await db.response.update({ where: { id: response.id }, data: { status: "submitted", submittedAt: new Date() } });
    if (state === "revoked") await db.response.update({ where: { id: response.id }, data: { tokenRevokedAt: new Date() } });
    if (state === "expired") await db.response.update({ where: { id: response.id }, data: { tokenExpiresAt: new Date(Date.now() - 60_000) } });
    respondents.push({ token, state });
  };
  for (const state of ["fresh", "fresh", "consented", "consented", "consented", "complete", "complete", "submitted", "revoked", "expired", "closed"] as const) {
    await add(state, respondents.length % 2 ? "it" : "marketing");
  }
  await db.wave.update({ where: { id: closed.waves[0]!.id }, data: { status: "closed" } });
  const spare = await createParticipant(db, { assessmentId: open.id, waveId: open.waves[0]!.id, side: "it", tier: "team" });
  await recordConsent(spare.token, { showName: false });
  return {
    users,
    respondents,
    spare: spare.token,
    assessments: { [mine.assessmentId]: "owner", [theirs.assessmentId]: "other", [open.id]: "owner" },
  };
}

export type Params = Record<string, string | string[]>;

export interface FuzzRoute {
  /** Who the route serves (route()'s guard). */
  guard: "public" | "actor" | "admin" | "respondent";
  /** The handler names the module exports (checked against the module). */
  methods: string[];
  path: (params: Params) => string;
  params?: () => fc.Arbitrary<Params>;
  query?: () => fc.Arbitrary<string>;
  body?: () => fc.Arbitrary<SentBody>;
  runs: number;
  /** A refusal that is not a 4xx (a form post sent back with 303). */
  refused?: (res: Response, sent: SentRequest) => boolean;
  /** Rows a refused request may still write (counters of refusals), with the reason. */
  writesWhenRefused?: { allowed: (w: Write) => boolean; why: string };
  /** Whether this request may be answered 2xx (default: by the guard and the caller). */
  mayPass?: (sent: SentRequest) => boolean;
  /** Answers the generated requests must reach at least once (so a harness that only ever hits the guard fails). */
  reaches: string[];
  /** A request the route serves (its caller, parameters, query, body): the sweep's base (see sweep()). */
  base?: () => Base;
}

export interface Base {
  session?: UserKey;
  invite?: RespondentState;
  params?: Params;
  query?: Record<string, string>;
  json?: Record<string, unknown>;
  form?: Record<string, string>;
}

const FORMATS = ["csv", "xlsx", "pdf", "json", "ics"];
const DATES = ["2026-01-01", "2030-12-31", "2026-02-30", "1900-01-01"];
const itemKeys = QUESTIONNAIRE_V1.items.map((i) => i.key);
const optionIds = [...new Set(QUESTIONNAIRE_V1.items.flatMap((i) => (i.options ?? []).map((o) => o.id)))];
/** The export formats, the PDF (a second to render) less often. */
const formatOf = (formats: string[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...formats.filter((f) => f !== "pdf")) }, { weight: 1, arbitrary: fc.constant("pdf") }, { weight: 2, arbitrary: stringNear(FORMATS) });

/** Valid values of every item (several complete sets of answers, both sides): most generated answers are one. */
const validValues = new Map<string, unknown[]>();
for (const side of ["marketing", "it"] as const) {
  for (let seed = 1; seed <= 6; seed++) {
    for (const [key, value] of Object.entries(completeAnswers(QUESTIONNAIRE_V1, side, seed, {}))) validValues.set(key, [...(validValues.get(key) ?? []), value]);
  }
}

/** An autosave body: one item and a value of every shape (and sometimes a field that is not allowed). */
const answerBody = () => {
  const value = fc.oneof(
    fc.integer({ min: -1, max: 7 }),
    fc.boolean(),
    fc.integer({ min: -5, max: 105 }),
    stringNear(optionIds),
    fc.array(fc.oneof(stringNear(optionIds), fc.constant(null)), { maxLength: 6 }),
    fc.record({ self: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.boolean(), stringNear(optionIds)), predicted: fc.integer({ min: -5, max: 105 }) }, { requiredKeys: [] }),
    fc.dictionary(stringNear(optionIds), fc.integer({ min: -10, max: 110 }), { maxKeys: 5 }),
    hostileString,
    hostileJson,
  );
  // an item of each kind as often as any other (two of the v1 items are free text, which PostgreSQL stores as jsonb)
  const kinds = [...new Set(QUESTIONNAIRE_V1.items.map((i) => i.kind))];
  const keyOfKind = fc.constantFrom(...kinds).chain((kind) => fc.constantFrom(...QUESTIONNAIRE_V1.items.filter((i) => i.kind === kind && validValues.has(i.key)).map((i) => i.key)));
  const valid = keyOfKind.chain((itemKey) => fc.constantFrom(...(validValues.get(itemKey) ?? [null])).map((value) => ({ itemKey, value })));
  const validBody = valid.map((v): SentBody => ({ kind: "text", text: JSON.stringify(v) }));
  // free text with a NUL, a lone surrogate, a bidirectional override … in it
  const spoiledBody = valid.chain(({ itemKey, value }) => spoil(value).map((v): SentBody => ({ kind: "text", text: JSON.stringify({ itemKey, value: v }) })));
  const body = fc
    .record({ itemKey: stringNear(itemKeys), value, extra: fc.option(fc.constantFrom("responseId", "__proto__", "status"), { nil: undefined }) }, { requiredKeys: ["itemKey"] })
    // a computed "__proto__" key is an own property, so it reaches the JSON as a client could send it
    .map(({ extra, ...rest }): SentBody => ({ kind: "text", text: JSON.stringify(extra ? { ...rest, [extra]: "x" } : rest) }));
  const deep = fc
    .tuple(stringNear(itemKeys), fc.constantFrom(1000, 2600, 5000))
    .map(([k, d]): SentBody => ({ kind: "text", text: `{"itemKey":${JSON.stringify(k)},"value":${"[".repeat(d)}${"]".repeat(d)}}` }));
  return fc.oneof({ weight: 3, arbitrary: validBody }, { weight: 2, arbitrary: spoiledBody }, { weight: 3, arbitrary: body }, { weight: 1, arbitrary: deep }, { weight: 2, arbitrary: genericBody });
};

const CONSENT_FIELDS = { agree: ["on", "off", "true"], showName: ["on", "off"] };

/** A free-text item asked of every respondent: its answer is stored as JSON text. */
const FREE_TEXT_KEY = QUESTIONNAIRE_V1.items.find((i) => i.kind === "free-text" && !i.sides && i.section !== "context")?.key ?? "tr-one-change";

/** The table, for the world `get()` answers (built in the test's beforeAll; the table is read before). */
export function routeTable(get: () => RouteWorld): Record<string, FuzzRoute> {
  const ids = () => Object.keys(get().assessments);
  const sessionKey = (sent: SentRequest) => sent.cookies.session as UserKey | "tampered" | "garbage" | null;
  const isAdmin = (sent: SentRequest) => sessionKey(sent) === "admin";
  /** The owner of the assessment in the path may export it, and an admin (who sees every organization). */
  const ownsAssessment = (sent: SentRequest) => isAdmin(sent) || (typeof sent.params.assessmentId === "string" && get().assessments[sent.params.assessmentId] === sessionKey(sent));
  const respondentState = (sent: SentRequest) => (typeof sent.cookies.invite === "number" ? get().respondents[sent.cookies.invite]!.state : null);
  const location = (res: Response) => res.headers.get("location") ?? "";
  const sentBackToProblem = (res: Response) => res.status === 303 && /link-problem|[?&]error=/.test(location(res));

  const assessmentParams = (formats: string[]) => () => fc.record({ assessmentId: exactOrNear(ids()), format: formatOf(formats) }).map((p): Params => p);

  /** The owner's revealed assessment (the one with results to export). */
  const mineRevealed = () => Object.keys(get().assessments)[0]!;

  return {
    "app/(app)/admin/audit/export/route.ts": {
      guard: "admin",
      methods: ["GET"],
      path: () => "/admin/audit/export",
      query: () => queryOf({ action: ["auth.sign-in", "auth.sign-in-failed", "export.csv", "x"], actor: ["fuzz", "admin@"], from: DATES, to: DATES }),
      runs: 40,
      base: () => ({ session: "admin", query: { action: "auth.sign-in", actor: "fuzz", from: "2026-01-01", to: "2030-12-31" } }),
      reaches: ["200", "401", "404"],
    },
    "app/(app)/admin/benchmarks/import/template/route.ts": { guard: "admin", methods: ["GET"], path: () => "/admin/benchmarks/import/template", query: () => queryOf({}), runs: 25, reaches: ["200", "401", "404"] },
    "app/(app)/admin/comparisons/export/[format]/route.ts": {
      guard: "admin",
      methods: ["GET"],
      path: (p) => `/admin/comparisons/export/${encode(String(p.format))}`,
      params: () => fc.record({ format: exactOrNear(["csv", "xlsx", "json"]) }).map((p): Params => p),
      query: () =>
        queryOf({
          panel: ["real", "demo"],
          industry: ["Banking", "Other", "Retail"],
          region: ["eala", "na", "apac"],
          revenueBand: ["1-5bn", "over-5bn"],
          businessModel: ["b2b", "b2c", "b2b2c"],
          side: ["marketing", "it"],
          tier: ["leader", "team"],
          source: ["accenture-2014"],
          from: DATES,
          to: DATES,
          waves: ["all", "latest"],
        }),
      runs: 40,
      base: () => ({ session: "admin", params: { format: "csv" }, query: { panel: "real", industry: "Banking", region: "eala", revenueBand: "1-5bn", businessModel: "b2c", side: "it", tier: "leader", source: "accenture-2014", from: "2026-01-01", to: "2030-12-31", waves: "all" } }),
      reaches: ["200", "401", "404"],
    },
    "app/(app)/app/assessments/[assessmentId]/export/[format]/route.ts": {
      guard: "actor",
      methods: ["GET"],
      path: (p) => `/app/assessments/${encode(String(p.assessmentId))}/export/${encode(String(p.format))}`,
      params: assessmentParams(FORMATS),
      query: () => queryOf({ wave: ["1", "2", "0", "9999", "10000", "-1", "1.5"] }),
      runs: 50,
      base: () => ({ session: "owner", params: { assessmentId: mineRevealed(), format: "csv" }, query: { wave: "1" } }),
      reaches: ["200", "401", "404"],
      mayPass: ownsAssessment,
    },
    "app/(app)/app/assessments/[assessmentId]/plan/export/[format]/route.ts": {
      guard: "actor",
      methods: ["GET"],
      path: (p) => `/app/assessments/${encode(String(p.assessmentId))}/plan/export/${encode(String(p.format))}`,
      params: assessmentParams(FORMATS),
      query: () => queryOf({ status: ["planned", "done", "x"], imperative: [...IMPERATIVE_IDS], owner: ["none", "name:Sam", "name:"], wave: ["1", "2", "0"], due: DATES }),
      runs: 50,
      base: () => ({ session: "owner", params: { assessmentId: mineRevealed(), format: "csv" }, query: { status: "planned", owner: "name:Sam", wave: "1", due: "2030-12-31" } }),
      reaches: ["200", "401", "404"],
      mayPass: ownsAssessment,
    },
    "app/api/benchmarks/route.ts": {
      guard: "public",
      methods: ["GET"],
      path: () => "/api/benchmarks",
      query: () => queryOf({ population: [...POPULATIONS], source: ["accenture-2014", "cmo-council-2010"], topic: ["alignment-drivers"], defaultsOnly: ["true", "false"] }),
      runs: 40,
      base: () => ({ query: { population: "it", source: "accenture-2014", topic: "alignment-drivers", defaultsOnly: "true" } }),
      reaches: ["200", "400"],
    },
    "app/api/health/route.ts": { guard: "public", methods: ["GET"], path: () => "/api/health", query: () => queryOf({}), runs: 15, reaches: ["200"] },
    "app/api/questionnaire/route.ts": { guard: "public", methods: ["GET"], path: () => "/api/questionnaire", query: () => queryOf({ version: ["v1", "v2"] }), runs: 15, reaches: ["200"] },
    "app/api/questionnaire/[version]/route.ts": {
      guard: "public",
      methods: ["GET"],
      path: (p) => `/api/questionnaire/${encode(String(p.version))}`,
      params: () => fc.record({ version: exactOrNear(["v1", "v2", "v3", "v0", "v9999", "v10000"]) }).map((p): Params => p),
      query: () => queryOf({ version: ["v1", "v2"] }),
      runs: 40,
      base: () => ({ params: { version: "v1" } }),
      reaches: ["200", "400", "404"],
    },
    "app/api/respond/answers/route.ts": {
      guard: "respondent",
      methods: ["POST"],
      path: () => "/api/respond/answers",
      body: answerBody,
      runs: 150,
      base: () => ({ invite: "consented", json: { itemKey: FREE_TEXT_KEY, value: "A free answer" } }),
      reaches: ["200", "400", "401", "403", "409", "410"],
      mayPass: (sent) => ["consented", "complete"].includes(respondentState(sent) ?? ""),
    },
    "app/api/respond/consent/route.ts": {
      guard: "respondent",
      methods: ["POST"],
      path: () => "/api/respond/consent",
      body: () => fc.oneof({ weight: 4, arbitrary: formBody(CONSENT_FIELDS) }, { weight: 1, arbitrary: multipartBody(CONSENT_FIELDS) }, { weight: 2, arbitrary: genericBody }),
      runs: 80,
      base: () => ({ invite: "fresh", form: { agree: "on", showName: "on" } }),
      reaches: ["303 /respond", "303 /respond/link-problem", "403"],
      refused: sentBackToProblem,
      mayPass: () => false, // a form post: always 303
    },
    "app/api/respond/submit/route.ts": {
      guard: "respondent",
      methods: ["POST"],
      path: () => "/api/respond/submit",
      body: () => fc.oneof(formBody({ confirm: ["on"] }), genericBody),
      runs: 60,
      reaches: ["303 /respond/results", "303 /respond/review", "303 /respond/link-problem"],
      // not consented: back to the welcome page, nothing stored
      refused: (res, sent) => sentBackToProblem(res) || (res.status === 303 && location(res) === "/respond" && respondentState(sent) === "fresh"),
      mayPass: () => false,
    },
    "app/r/[token]/route.ts": {
      guard: "public",
      methods: ["GET"],
      path: (p) => `/r/${encode(String(p.token))}`,
      params: () =>
        fc
          .oneof(
            { weight: 3, arbitrary: fc.nat(get().respondents.length - 1).map((i) => get().respondents[i]!.token) },
            { weight: 1, arbitrary: fc.base64String({ minLength: 32, maxLength: 32 }).map((s) => s.replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "")) },
            { weight: 2, arbitrary: hostileString },
          )
          .map((token): Params => ({ token })),
      query: () => queryOf({ token: ["x"] }),
      runs: 80,
      base: () => ({ params: { token: get().respondents.find((r) => r.state === "consented")!.token } }),
      reaches: ["303 /respond", "303 /respond/link-problem"],
      refused: (res) => res.status === 303 && /link-problem/.test(location(res)),
      writesWhenRefused: { allowed: (w) => w.table === "RateLimit", why: "the bad-link counter per client address (429 after 20)" },
      mayPass: () => false, // a redirect or the 429 page
    },
  };
}
