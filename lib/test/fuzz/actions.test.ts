// Property-based fuzz test of every server action (issue #16 item 4): each exported function of every "use server"
// module, called directly with generated arguments (a valid input from the fixtures, the same with fields
// dropped, swapped for another tenant's ids, spoiled with NUL or bidirectional characters, or replaced by values of
// any type; FormData for the form actions, and whatever else a crafted request can send), as nobody, a garbage or
// forged session, the facilitator who owns the target, another facilitator, an admin, an admin without two-factor.
//
// What "5xx" means for an action called directly: Next answers a server action 303 for a redirect() it throws, the
// status of notFound()/forbidden()/unauthorized(), and 500 for ANY other thrown error. So an action passes when it
// returns (runAction's { ok: false } is the 4xx of actions) or throws a redirect or an HTTP access fallback, and
// fails when it throws anything else. Properties:
//   1. no action throws anything but a redirect or an HTTP access fallback;
//   2. a refused call ({ ok: false }, a sign-in / not-found / "/app" / "…=invalid" redirect) writes no row;
//   3. the refusals that must happen do: signed out, admin-only actions for a facilitator, an admin without
//      two-factor, and any target (organization, assessment, participant, plan action) of another facilitator.
// A new exported action that is not in the table below fails the test. FUZZ_SEED / FUZZ_RUNS: see config.ts.
import fc from "fast-check";
import path from "node:path";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getAccessFallbackHTTPStatus, isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { sessionCookieValue } from "@/e2e/support/auth";
import type { Actor } from "@/lib/auth/actor";
import { templateRows } from "@/lib/benchmarks/csv-import";
import { BENCHMARK_SOURCES } from "@/lib/benchmarks/builtin";
import { createPlanAction } from "@/lib/data/action-plan";
import { createSource } from "@/lib/data/benchmark-admin";
import { copyQuestionnaireVersion } from "@/lib/data/questionnaire-versions";
import { inviteUser } from "@/lib/data/user-invitations";
import { BUSINESS_MODELS, IMPERATIVE_IDS, INDUSTRIES, REGIONS, SIDES, TIERS } from "@/lib/domain";
import { PLAN_PRIORITIES, PLAN_STATUSES } from "@/lib/plan/vocabulary";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import { WORKSHOP_OUTCOMES } from "@/lib/results/workshop-outcome";
import { completeAnswers } from "@/lib/test/answers";
import { testDb, testDbKind } from "@/lib/test/db";
import { createSubmittedRespondent } from "@/lib/test/submitted";
import { OPPOSED_ITEMS, planTeam } from "@/lib/test/plan-team";
import { itemFormFromDef } from "@/lib/validation/questionnaire-item";
import { REVENUE_BANDS } from "@/lib/validation/organization";
import { USER_CHANGES } from "@/lib/validation/user";
import { createAssessment, createParticipant } from "@/prisma/factories";
import { seedReferenceData } from "@/prisma/seed-reference";
import { FUZZ_SEED, fuzzParams } from "./config";
import { eachStringSpoiled, hostileValue, nastyChar, POSTGRES_REFUSES, spoilString } from "./hostile";
import { exportedFunctions, serverActionFiles } from "./inventory";
import { createFuzzUsers, repairFuzzUsers, sessionCookieName, USER_TABLES, type FuzzUsers, type UserKey } from "./world";
import { isPostgresTextRefusal, isUnstorableTextFailure, UNSTORABLE_TEXT_ON_POSTGRES } from "./known-bugs";
import { describeWrites, installWriteLog, writeLog } from "./write-log";

// Next's request APIs, as a request of the test's choosing would give them to the action
const request = { headers: new Headers() };
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => {
    const jar = new Map((request.headers.get("cookie") ?? "").split(/;\s*/).filter(Boolean).map((c) => c.split(/=(.*)/s).slice(0, 2) as [string, string]));
    return { get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined), getAll: () => [...jar].map(([name, value]) => ({ name, value })), has: (n: string) => jar.has(n), set: () => undefined, delete: () => undefined };
  },
}));
// outside a Next request there is no cache to revalidate
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined, refresh: () => undefined }));

const db = testDb();
const log = writeLog(db);

type Caller = UserKey | "none" | "garbage" | "tampered";
type Owner = "owner" | "other";

interface World {
  users: FuzzUsers;
  cookies: Record<Caller, string | null>;
  /** Tenant objects by id, and who owns them. */
  owners: Map<string, Owner>;
  organizations: string[];
  assessments: string[];
  revealed: string[];
  participants: string[];
  planActions: string[];
  draftVersion: string;
  adminSource: string;
  victims: string[];
}

let world: World;

const actorOf = (u: FuzzUsers[UserKey]): Actor => ({ id: u.id, email: u.email, name: u.name, role: u.role, twoFactorEnabled: u.twoFactor });

function planFields(i: number) {
  return {
    title: `Fuzz action ${i}`,
    description: "",
    imperative: IMPERATIVE_IDS[i % IMPERATIVE_IDS.length]!,
    itemKeys: [OPPOSED_ITEMS[i % OPPOSED_ITEMS.length]!],
    ownerParticipantId: "",
    ownerName: "Sam",
    dueDate: "2027-03-01",
    status: "planned" as const,
    priority: "medium" as const,
    checklist: [{ text: "A step", done: false }],
    visibleToParticipants: false,
  };
}

async function buildWorld(): Promise<World> {
  await seedReferenceData(db);
  const users = await createFuzzUsers(db);
  const owners = new Map<string, Owner>();
  const w: Omit<World, "users" | "cookies" | "owners" | "draftVersion" | "adminSource" | "victims"> = { organizations: [], assessments: [], revealed: [], participants: [], planActions: [] };
  for (const who of ["owner", "other"] as const) {
    const team = await planTeam(db, { ownerId: users[who].id, perSide: who === "owner" ? 2 : 1, title: `Fuzz ${who}'s` });
    const open = await createAssessment(db, team.organizationId, { title: `Fuzz ${who}'s open`, createdById: users[who].id });
    await db.wave.update({ where: { id: open.waves[0]!.id }, data: { quorumMarketing: 1, quorumIt: 1 } });
    const invited = [];
    for (const side of SIDES) {
      invited.push(await createParticipant(db, { assessmentId: open.id, waveId: open.waves[0]!.id, side, tier: "leader", email: `${side}-${who}@example.test` }));
      // one submitted response per side: the quorum of 1 is met, so the open wave can be revealed
      const done = await createSubmittedRespondent(db, { assessmentId: open.id, waveId: open.waves[0]!.id, side, tier: "leader", answers: completeAnswers(QUESTIONNAIRE_V1, side, 7) });
      owners.set(done.participant.id, who);
    }
    const actions = [];
    for (let i = 0; i < 2; i++) actions.push((await createPlanAction(actorOf(users[who]), { assessmentId: team.assessmentId, ...planFields(i) })).id);
    const mine = [team.organizationId, team.assessmentId, open.id, ...team.respondents.map((r) => r.participantId), ...invited.map((p) => p.participant.id), ...actions];
    for (const id of mine) owners.set(id, who);
    w.organizations.push(team.organizationId);
    w.assessments.push(team.assessmentId, open.id);
    w.revealed.push(team.assessmentId);
    w.participants.push(...team.respondents.map((r) => r.participantId), ...invited.map((p) => p.participant.id));
    w.planActions.push(...actions);
  }
  const admin = actorOf(users.admin);
  const draft = await copyQuestionnaireVersion(admin, { sourceVersionId: "v1", title: "Fuzz draft" });
  const source = await createSource(admin, { id: "fuzz-source-2026", publisher: "Fuzz Research", title: "A fuzz survey", year: 2026, fieldwork: "June 2026", method: "online survey", sampleMarketing: 100 });
  const victims = [];
  for (const role of ["facilitator", "admin", "facilitator"] as const) victims.push((await inviteUser(admin, { name: `Victim ${victims.length}`, email: `victim-${victims.length}@example.test`, role })).userId);
  const sessionName = await sessionCookieName();
  const cookies: Record<Caller, string | null> = {
    none: null,
    garbage: `${sessionName}=%E0%A4%A.x; bridge_invite=%zz`,
    tampered: `${sessionName}=${await sessionCookieValue(users.owner.sessionToken, "not-the-secret-not-the-secret-not-the")}`,
    owner: users.owner.cookie,
    other: users.other.cookie,
    admin: users.admin.cookie,
    adminNo2fa: users.adminNo2fa.cookie,
  };
  return { ...w, users, cookies, owners, draftVersion: (draft as { id: string }).id, adminSource: source.id, victims };
}

// ---- the table: every action, a valid input, its targets ------------------------------------------------------

interface ActionSpec {
  /** "form": called with FormData (a plain form post); "object": with the form's values. */
  input: "object" | "form";
  /** A valid input, built from the fixtures (ids of either tenant). */
  valid: () => fc.Arbitrary<Record<string, unknown>>;
  /** Fields naming the tenant object the action changes: another facilitator's must be refused. */
  targets?: string[];
  /** Admin-only (each data function checks it): every facilitator must be refused. */
  adminOnly?: boolean;
  /** A redirect that is a refusal (besides signing in, enrolling two-factor and the not-found page). */
  refusedRedirect?: (url: string) => boolean;
  runs: number;
}

const pick = <T,>(xs: readonly T[]) => fc.constantFrom(...xs);
const assessmentIds = () => pick(world.assessments);
const revealedIds = () => pick(world.revealed);
const bool = fc.boolean();
const sourceIds = BENCHMARK_SOURCES.map((s) => s.id);
const planValues = () =>
  fc.record({
    title: pick(["Align the roadmap", "Budget review", "x"]),
    description: pick(["", "Line one\nline two"]),
    imperative: pick(IMPERATIVE_IDS),
    itemKeys: fc.subarray(OPPOSED_ITEMS as string[]),
    ownerParticipantId: fc.oneof({ weight: 3, arbitrary: fc.constant("") }, { weight: 1, arbitrary: pick(world.participants) }),
    ownerName: pick(["", "Sam"]),
    dueDate: pick(["", "2027-01-15", "2027-02-30"]),
    status: pick(PLAN_STATUSES),
    priority: pick(PLAN_PRIORITIES),
    checklist: fc.array(fc.record({ text: pick(["Step", "Another step"]), done: bool }), { maxLength: 3 }),
    visibleToParticipants: bool,
  });
const ADMIN_BACK_TO_APP = (url: string) => url === "/app";

const ACTIONS: Record<string, Record<string, ActionSpec>> = {
  "app/(app)/admin/benchmarks/actions.ts": {
    createSourceAction: {
      input: "object",
      adminOnly: true,
      valid: () =>
        fc.record({ id: fc.oneof(fc.nat(9999).map((n) => `fuzz-new-${n}`), pick(["fuzz-source-2026", "accenture-2014"])), publisher: pick(["Fuzz Research"]), title: pick(["Another fuzz survey"]), year: pick([2020, "2021"]), fieldwork: pick(["May 2020"]), method: pick(["online"]), sampleMarketing: pick([50, "120"]) }),
      runs: 40,
    },
    addFigureAction: {
      input: "object",
      adminOnly: true,
      valid: () =>
        fc
          .record({
            sourceId: fc.constantFrom(world.adminSource, world.adminSource, "accenture-2014"),
            id: fc.oneof(fc.nat(9999).map((n) => `fuzz-figure-${n}`), pick(["fuzz-figure-1"])),
            population: pick(["marketing", "it", "both"]),
            topic: pick(["alignment-drivers"]),
            statement: pick(["Most marketers agree with this"]),
            measure: pick([{ unit: "percent", value: 50 }, { unit: "rank", value: "1" }, { unit: "finding", value: 0 }]),
            locatorFile: pick(["report.pdf"]),
            locatorQuote: pick(["Half agree."]),
          })
          .map(({ measure, ...rest }) => ({ ...rest, ...measure })),
      runs: 40,
    },
    previewImportAction: { input: "object", adminOnly: true, valid: () => fc.record({ text: pick([stringify(templateRows()), "a,b\n1,2", ""]) }), runs: 25 },
    importBenchmarksAction: { input: "object", adminOnly: true, valid: () => fc.record({ text: pick([stringify(templateRows()), "a,b\n1,2", ""]) }), runs: 25 },
  },
  "app/(app)/admin/questionnaires/actions.ts": {
    copyQuestionnaireAction: { input: "object", adminOnly: true, valid: () => fc.record({ sourceVersionId: fc.constantFrom("v1", "v2", world.draftVersion, "v999"), title: pick(["Fuzz copy"]) }), runs: 20 },
    renameQuestionnaireAction: { input: "object", adminOnly: true, valid: () => fc.record({ versionId: fc.constantFrom("v1", world.draftVersion), title: pick(["Fuzz renamed"]) }), runs: 25 },
    saveQuestionnaireItemAction: {
      input: "object",
      adminOnly: true,
      valid: () =>
        fc.tuple(fc.constantFrom("v1", world.draftVersion), pick(QUESTIONNAIRE_V1.items.slice(0, 20))).map(([versionId, item]) => itemFormFromDef(versionId, item) as unknown as Record<string, unknown>),
      runs: 40,
    },
    removeQuestionnaireItemAction: { input: "object", adminOnly: true, valid: () => fc.record({ versionId: fc.constantFrom("v1", world.draftVersion), key: pick(QUESTIONNAIRE_V1.items.map((i) => i.key)) }), runs: 25 },
    moveQuestionnaireItemAction: {
      input: "object",
      adminOnly: true,
      valid: () => fc.record({ versionId: fc.constantFrom("v1", world.draftVersion), key: pick(QUESTIONNAIRE_V1.items.map((i) => i.key)), direction: pick(["up", "down"]) }),
      runs: 25,
    },
    publishQuestionnaireAction: { input: "object", adminOnly: true, valid: () => fc.record({ versionId: fc.constantFrom("v1", "v2", world.draftVersion) }), runs: 15 },
  },
  "app/(app)/admin/users/actions.ts": {
    inviteUserAction: { input: "object", adminOnly: true, valid: () => fc.record({ name: pick(["New Person"]), email: pick(["new-person@example.test", "victim-0@example.test"]), role: pick(["facilitator", "admin"]) }), runs: 30 },
    changeUserRoleAction: { input: "object", adminOnly: true, valid: () => fc.record({ userId: fc.constantFrom(...world.victims, world.users.admin.id), role: pick(["facilitator", "admin"]) }), runs: 30 },
    changeUserAccountAction: { input: "object", adminOnly: true, valid: () => fc.record({ userId: fc.constantFrom(...world.victims, world.users.admin.id), change: pick(USER_CHANGES) }), runs: 40 },
  },
  "app/(app)/app/actions.ts": {
    createOrganizationAction: {
      input: "object",
      valid: () =>
        fc.record({ name: pick(["Fuzz Org", "A"]), industry: pick([...INDUSTRIES, "Other"]), region: pick(REGIONS.map((r) => r.id)), revenueBand: pick(REVENUE_BANDS.map((r) => r.id)), businessModel: pick(BUSINESS_MODELS.map((b) => b.id)), panelOptIn: bool }),
      runs: 30,
    },
    setPanelOptInAction: { input: "object", targets: ["organizationId"], valid: () => fc.record({ organizationId: pick(world.organizations), panelOptIn: bool }), runs: 30 },
    createAssessmentAction: {
      input: "object",
      targets: ["organizationId"],
      valid: () => fc.record({ organizationId: pick(world.organizations), title: pick(["Fuzz assessment"]), questionnaireVersionId: pick(["v1", "v2"]), sourceIds: fc.subarray(sourceIds, { minLength: 1 }), quorumMarketing: pick([1, "2"]), quorumIt: pick([1, 3]) }),
      runs: 30,
    },
    addParticipantAction: {
      input: "object",
      targets: ["assessmentId"],
      valid: () => fc.record({ assessmentId: assessmentIds(), name: pick(["Pat Doe"]), email: pick(["", "pat@example.test"]), side: pick(SIDES), tier: pick(TIERS) }),
      runs: 40,
    },
    importParticipantsAction: {
      input: "object",
      targets: ["assessmentId"],
      valid: () => fc.record({ assessmentId: assessmentIds(), text: pick(["Ann Lee, ann@example.test, marketing, leader\nBo Kim,, it, team", "bad line"]) }),
      runs: 30,
    },
    changeInviteAction: { input: "object", targets: ["participantId"], valid: () => fc.record({ participantId: fc.constantFrom(...world.participants), change: pick(["regenerate", "revoke"]) }), runs: 40 },
    setAssessmentStatusAction: { input: "object", targets: ["assessmentId"], valid: () => fc.record({ assessmentId: assessmentIds(), status: pick(["open", "closed"]) }), runs: 30 },
    sendRemindersAction: { input: "object", targets: ["assessmentId"], valid: () => fc.record({ assessmentId: assessmentIds() }), runs: 25 },
    startNextWaveAction: {
      input: "object",
      targets: ["assessmentId"],
      valid: () =>
        fc.record(
          {
            assessmentId: assessmentIds(),
            label: pick(["Wave next", ""]),
            questionnaireVersionId: pick(["v1", "v2"]),
            sourceIds: fc.subarray(sourceIds, { minLength: 1 }),
            quorumMarketing: pick([1]),
            quorumIt: pick([1]),
            participants: fc.oneof(
              { weight: 3, arbitrary: fc.constant([]) },
              { weight: 1, arbitrary: fc.array(fc.record({ id: pick(world.participants), invite: bool, side: pick(SIDES), tier: pick(TIERS) }), { maxLength: 2 }) },
            ),
          },
          { requiredKeys: ["assessmentId", "questionnaireVersionId", "sourceIds", "quorumMarketing", "quorumIt"] },
        ),
      runs: 25,
    },
  },
  "app/(app)/app/assessments/[assessmentId]/plan/actions.ts": {
    createPlanActionAction: {
      input: "object",
      targets: ["assessmentId"],
      valid: () => fc.tuple(revealedIds(), planValues(), fc.option(pick([1, 2]), { nil: undefined })).map(([assessmentId, fields, waveNumber]) => ({ assessmentId, waveNumber, ...fields })),
      runs: 40,
    },
    updatePlanActionAction: { input: "object", targets: ["actionId"], valid: () => fc.tuple(pick(world.planActions), planValues()).map(([actionId, fields]) => ({ actionId, ...fields })), runs: 40 },
    toggleChecklistAction: {
      input: "form",
      targets: ["actionId"],
      valid: () => fc.record({ actionId: pick(world.planActions), index: pick(["0", "1", "29", "30"]), done: pick(["true", "false"]), back: pick(["", "status=done&wave=1", "owner=name:Sam"]) }),
      refusedRedirect: ADMIN_BACK_TO_APP,
      runs: 40,
    },
    deletePlanActionAction: { input: "form", targets: ["actionId"], valid: () => fc.record({ actionId: pick(world.planActions) }), refusedRedirect: ADMIN_BACK_TO_APP, runs: 30 },
    setSharingAction: {
      input: "form",
      targets: ["assessmentId"],
      valid: () => fc.record({ assessmentId: assessmentIds(), waveNumber: pick(["1", "2"]), what: pick(["summary", "plan"]), shared: pick(["true", "false"]) }),
      refusedRedirect: ADMIN_BACK_TO_APP,
      runs: 30,
    },
  },
  "app/(app)/app/assessments/[assessmentId]/results/actions.ts": {
    revealAction: {
      input: "form",
      targets: ["assessmentId"],
      valid: () => fc.record({ assessmentId: assessmentIds(), waveNumber: pick(["1", "2", ""]) }, { requiredKeys: ["assessmentId"] }),
      refusedRedirect: (url) => url === "/app" || /[?&]reveal=/.test(url),
      runs: 25,
    },
  },
  "app/(app)/app/assessments/[assessmentId]/workshop/actions.ts": {
    saveWorkshopOutcomeAction: {
      input: "object",
      targets: ["assessmentId"],
      valid: () =>
        fc.record({
          assessmentId: revealedIds(),
          waveNumber: pick([1, "1", 2]),
          itemKey: pick(OPPOSED_ITEMS),
          outcome: pick(WORKSHOP_OUTCOMES),
          position: pick(["We agree on this", ""]),
          notes: pick(["", "Notes\nmore"]),
          votes: fc.array(fc.record({ option: pick(["1", "2", "5", "yes"]), count: pick([1, "3", ""]) }), { maxLength: 2 }),
        }),
      runs: 40,
    },
    clearWorkshopOutcomeAction: { input: "object", targets: ["assessmentId"], valid: () => fc.record({ assessmentId: revealedIds(), waveNumber: pick([1, "1"]), itemKey: pick(OPPOSED_ITEMS) }), runs: 25 },
    saveWorkshopOutcomeFormAction: {
      input: "form",
      targets: ["assessmentId"],
      valid: () =>
        fc.record({
          assessmentId: revealedIds(),
          waveNumber: pick(["1", "2"]),
          itemKey: pick(OPPOSED_ITEMS),
          outcome: pick(WORKSHOP_OUTCOMES),
          position: pick(["We agree on this", ""]),
          "votes.0.option": pick(["1", "5"]),
          "votes.0.count": pick(["2", ""]),
          screen: pick(["1", "x"]),
          present: pick(["1", ""]),
        }),
      refusedRedirect: (url) => url === "/app" || /[?&]saved=invalid/.test(url),
      runs: 30,
    },
    clearWorkshopOutcomeFormAction: {
      input: "form",
      targets: ["assessmentId"],
      valid: () => fc.record({ assessmentId: revealedIds(), waveNumber: pick(["1"]), itemKey: pick(OPPOSED_ITEMS), screen: pick(["1"]) }),
      refusedRedirect: (url) => url === "/app" || /[?&]saved=invalid/.test(url),
      runs: 25,
    },
  },
};

// ---- generated arguments --------------------------------------------------------------------------------------

/** A field's value changed: spoiled with a nasty character, replaced by another tenant's id or any value, dropped. */
function fieldMutation(value: unknown): fc.Arbitrary<{ keep: unknown } | null> {
  const ids = [...world.owners.keys()];
  return fc.oneof(
    { weight: 3, arbitrary: typeof value === "string" ? fc.tuple(nastyChar, fc.double({ min: 0, max: 1, noNaN: true })).map(([c, at]) => ({ keep: spoilString(value, c, at) as unknown })) : hostileValue.map((x) => ({ keep: x })) },
    { weight: 1, arbitrary: fc.constantFrom(...ids).map((id) => ({ keep: id as unknown })) },
    { weight: 2, arbitrary: hostileValue.map((x) => ({ keep: x })) },
    { weight: 1, arbitrary: fc.constant(null) }, // dropped
  );
}

/**
 * A valid input with one field changed (ids more often than the rest: they reach the queries first), or several,
 * and sometimes fields it does not have (__proto__, ownerId …).
 */
function mutated(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return valid.chain((input) => {
    const keys = Object.keys(input);
    const weighted = keys.flatMap((k) => (/id$/i.test(k) ? [k, k, k] : [k]));
    const one = fc.constantFrom(...weighted).chain((k) => fieldMutation(input[k]).map((m) => Object.fromEntries(keys.map((key) => [key, key === k ? m : { keep: input[key] }]))));
    const many = fc.tuple(...keys.map((k) => fc.oneof({ weight: 2, arbitrary: fc.constant({ keep: input[k] }) }, { weight: 1, arbitrary: fieldMutation(input[k]) }))).map((ms) => Object.fromEntries(keys.map((k, i) => [k, ms[i]!])));
    const extra = fc.array(fc.tuple(fc.constantFrom("__proto__", "constructor", "id", "userId", "createdById", "organizationId", "role", "ownerId"), hostileValue), { maxLength: 2 });
    return fc.tuple(keys.length ? fc.oneof({ weight: 3, arbitrary: one }, { weight: 1, arbitrary: many }) : fc.constant({}), extra).map(([changed, more]) => {
      const out: Record<string, unknown> = {};
      const entries: [string, { keep: unknown } | null][] = [...Object.entries(changed as Record<string, { keep: unknown } | null>), ...more.map(([k, v]): [string, { keep: unknown }] => [k, { keep: v }])];
      for (const [k, choice] of entries) {
        if (choice) Object.defineProperty(out, k, { value: choice.keep, enumerable: true, writable: true, configurable: true });
      }
      return out;
    });
  });
}

function toFormData(input: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined) continue;
    if (v instanceof Blob) form.append(k, v);
    else if (typeof v === "object" && v !== null && !(v instanceof Date)) form.append(k, new Blob([JSON.stringify(v, (_, x) => (typeof x === "bigint" ? String(x) : x)) ?? ""]), "x.json");
    else form.append(k, String(v));
  }
  return form;
}

/** The argument: mostly the action's own input (valid or mutated), sometimes anything a crafted call could send. */
function argumentArb(spec: ActionSpec): fc.Arbitrary<unknown> {
  const own = fc.oneof(spec.valid(), mutated(spec.valid()));
  const native = spec.input === "form" ? own.map(toFormData) : own;
  const crossed = spec.input === "form" ? own : own.map(toFormData); // an object for a form action, a FormData for the others
  return fc.oneof({ weight: 8, arbitrary: native }, { weight: 1, arbitrary: crossed }, { weight: 1, arbitrary: hostileValue });
}

/** Who calls, the action's own callers more often: an admin for the admin's actions, the two facilitators for theirs. */
/**
 * Explicit examples run before the random ones: the valid input with NUL, then an unpaired surrogate, appended to
 * each of its strings in turn (what PostgreSQL refuses), called as the owner (an admin for the admin's actions).
 */
function sweep(spec: ActionSpec): [Caller, unknown][] {
  const [base] = fc.sample(spec.valid(), { seed: FUZZ_SEED, numRuns: 1 });
  const caller: Caller = spec.adminOnly ? "admin" : "owner";
  return POSTGRES_REFUSES.flatMap((c) => eachStringSpoiled(base, c)).map((arg): [Caller, unknown] => [caller, spec.input === "form" ? toFormData(arg as Record<string, unknown>) : arg]);
}

const CALLERS: Record<"admin" | "facilitator", Caller[]> = {
  admin: ["admin", "admin", "admin", "admin", "owner", "other", "adminNo2fa", "none", "garbage", "tampered"],
  facilitator: ["owner", "owner", "owner", "other", "other", "other", "admin", "adminNo2fa", "none", "garbage", "tampered"],
};

// ---- calling and judging --------------------------------------------------------------------------------------

type Outcome = { kind: "returned"; value: unknown } | { kind: "redirect"; url: string } | { kind: "http"; status: number } | { kind: "threw"; error: unknown };

async function call(action: (arg: unknown) => Promise<unknown>, caller: Caller, arg: unknown): Promise<Outcome> {
  request.headers = new Headers();
  const cookie = world.cookies[caller];
  if (cookie) request.headers.set("cookie", cookie);
  try {
    return { kind: "returned", value: await action(arg) };
  } catch (error) {
    if (isRedirectError(error)) return { kind: "redirect", url: getURLFromRedirectError(error) };
    if (isHTTPAccessFallbackError(error)) return { kind: "http", status: getAccessFallbackHTTPStatus(error) };
    return { kind: "threw", error };
  }
}

/** The value in a target field of the argument (an object's property or a FormData field). */
function fieldOf(arg: unknown, name: string): unknown {
  if (arg instanceof FormData) return arg.get(name);
  return arg && typeof arg === "object" && Object.hasOwn(arg, name) ? (arg as Record<string, unknown>)[name] : undefined;
}

function isRefusal(spec: ActionSpec, outcome: Outcome): boolean {
  if (outcome.kind === "http") return outcome.status >= 400 && outcome.status < 500;
  if (outcome.kind === "redirect") return /^\/signin(\?|$)/.test(outcome.url) || outcome.url === "/account/security" || Boolean(spec.refusedRedirect?.(outcome.url));
  if (outcome.kind === "returned") {
    const value = outcome.value as { ok?: unknown; data?: { ok?: unknown } } | undefined;
    // runAction's refusal, or one of the import's own ("nothing was imported: line 3 …")
    return value?.ok === false || (value?.ok === true && value.data?.ok === false);
  }
  return false;
}

/** Why this call must be refused, or null when it may go through. */
function mustRefuse(spec: ActionSpec, caller: Caller, arg: unknown): string | null {
  if (caller === "none" || caller === "garbage" || caller === "tampered") return `signed out (${caller})`;
  if (caller === "adminNo2fa") return "an admin without two-factor";
  if (spec.adminOnly && (caller === "owner" || caller === "other")) return "an admin-only action called by a facilitator";
  if (caller === "owner" || caller === "other") {
    for (const field of spec.targets ?? []) {
      const value = fieldOf(arg, field);
      const owner = typeof value === "string" ? world.owners.get(value) : undefined;
      if (owner && owner !== caller) return `${field} belongs to another facilitator`;
    }
  }
  return null;
}

const describeOutcome = (o: Outcome) =>
  o.kind === "returned" ? `returned ${JSON.stringify(o.value)?.slice(0, 200)}` : o.kind === "redirect" ? `redirected to ${o.url}` : o.kind === "http" ? `answered ${o.status}` : `threw ${String(o.error)}`;

/**
 * Bugs this fuzz test found in app code, reported and not fixed here: the properties let a failure that matches
 * one pass (and count it), and a test below pins each with its minimal input, failing once the bug is fixed so
 * that its entry is removed here.
 */
const KNOWN_BUGS: { id: string; title: string; matches: (spec: ActionSpec, arg: unknown, outcome: Outcome) => boolean }[] = [
  {
    id: "form-action-without-form-data",
    title: "a form action (FormData argument) called with anything else throws a TypeError: Next answers 500, after the write for an array of pairs",
    matches: (spec, arg, outcome) => spec.input === "form" && !(arg instanceof FormData) && outcome.kind === "threw" && outcome.error instanceof TypeError,
  },
  {
    id: UNSTORABLE_TEXT_ON_POSTGRES.id,
    title: UNSTORABLE_TEXT_ON_POSTGRES.title,
    matches: (_spec, arg, outcome) => outcome.kind === "threw" && isPostgresTextRefusal(outcome.error) && isUnstorableTextFailure(arg),
  },
];

const seen = new Map<string, Map<string, number>>();

async function check(name: string, action: (arg: unknown) => Promise<unknown>, spec: ActionSpec, caller: Caller, arg: unknown) {
  const outcome = await call(action, caller, arg);
  const writes = await log.since();
  if (writes.some((w) => USER_TABLES.has(w.table))) {
    await repairFuzzUsers(db, world.users);
    await log.since();
  }
  const refused = isRefusal(spec, outcome);
  const known = outcome.kind === "threw" ? KNOWN_BUGS.find((b) => b.matches(spec, arg, outcome)) : undefined;
  const label = known ? `known bug ${known.id}` : outcome.kind === "threw" ? "threw" : refused ? "refused" : "done";
  const counts = seen.get(name) ?? new Map<string, number>();
  seen.set(name, counts.set(label, (counts.get(label) ?? 0) + 1));
  if (process.env.FUZZ_VERBOSE === "2") process.stdout.write(`${name} as ${caller}: ${label}: ${describeOutcome(outcome)}${known ? ` ${JSON.stringify(arg instanceof FormData ? Object.fromEntries(arg) : arg)}` : ""}\n`);
  if (known) return;
  if (outcome.kind === "threw") {
    throw new Error(`${name} as ${caller} threw (Next answers 500): ${(outcome.error as Error)?.stack ?? String(outcome.error)}`);
  }
  const reason = mustRefuse(spec, caller, arg);
  if (reason) expect(refused, `${name} as ${caller}: ${reason}, but it ${describeOutcome(outcome)}`).toBe(true);
  if (refused) expect(writes, `${name} as ${caller} refused (${describeOutcome(outcome)}) but wrote ${describeWrites(writes)}`).toEqual([]);
}

beforeAll(async () => {
  await installWriteLog(db);
  world = await buildWorld();
  await log.since();
}, 180_000);

describe("fuzzing every server action", () => {
  it("covers every exported action of every \"use server\" module (a new one must be added to this table)", async () => {
    const files = serverActionFiles();
    expect(files.filter((f) => f.inline).map((f) => f.file), "inline \"use server\" functions (move them to an actions.ts, or fuzz them here)").toEqual([]);
    expect(files.map((f) => f.file)).toEqual(Object.keys(ACTIONS).sort());
    for (const file of Object.keys(ACTIONS)) {
      const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, unknown>;
      expect(exportedFunctions(mod), `${file}: its exported actions`).toEqual(Object.keys(ACTIONS[file]!).sort());
    }
  });

  for (const [file, actions] of Object.entries(ACTIONS)) {
    for (const [name, spec] of Object.entries(actions)) {
      it(`${file}: ${name}: no 500, no write when refused, refused whenever it must be`, async () => {
        const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, (arg: unknown) => Promise<unknown>>;
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...CALLERS[spec.adminOnly ? "admin" : "facilitator"]), argumentArb(spec), (caller, arg) => check(name, mod[name]!, spec, caller, arg)),
          fuzzParams(spec.runs, sweep(spec)),
        );
        if (process.env.FUZZ_VERBOSE) process.stdout.write(`${name} ${JSON.stringify(Object.fromEntries(seen.get(name) ?? []))}\n`);
        if (!process.env.FUZZ_RUNS) expect(seen.get(name)?.get("refused"), `${name}: no call was refused`).toBeGreaterThan(0);
      });
    }
  }
});

/** The pinned instances of UNSTORABLE_TEXT_ON_POSTGRES among the actions: [file, action, field], NUL appended to it. */
const PINNED_UNSTORABLE: [file: string, action: string, field: string][] = [
  ["app/(app)/app/actions.ts", "setPanelOptInAction", "organizationId"],
  ["app/(app)/app/actions.ts", "createAssessmentAction", "organizationId"],
  ["app/(app)/app/actions.ts", "addParticipantAction", "assessmentId"],
  ["app/(app)/app/actions.ts", "changeInviteAction", "participantId"],
  ["app/(app)/app/actions.ts", "setAssessmentStatusAction", "assessmentId"],
  ["app/(app)/app/actions.ts", "startNextWaveAction", "assessmentId"],
  ["app/(app)/admin/users/actions.ts", "changeUserRoleAction", "userId"],
  ["app/(app)/admin/users/actions.ts", "changeUserAccountAction", "userId"],
  ["app/(app)/admin/benchmarks/actions.ts", "createSourceAction", "publisher"],
  ["app/(app)/admin/benchmarks/actions.ts", "addFigureAction", "statement"],
  ["app/(app)/admin/questionnaires/actions.ts", "copyQuestionnaireAction", "title"],
];

/** The pinned instances of the form-action bug: each form action called with a plain object, as the owner. */
const FORM_ACTIONS = Object.entries(ACTIONS).flatMap(([file, actions]) => Object.entries(actions).filter(([, spec]) => spec.input === "form").map(([name]) => [file, name] as const));

/** A valid input of `spec` (the same first sample the sweep uses), with the target ids of the caller's own. */
function validSample(spec: ActionSpec): Record<string, unknown> {
  return fc.sample(spec.valid(), { seed: FUZZ_SEED, numRuns: 1 })[0]!;
}

describe("known bugs (reported, not fixed here): each still fails as reported", () => {
  const load = async (file: string) => (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, (arg: unknown) => Promise<unknown>>;

  it.runIf(testDbKind() === "postgresql")(`${UNSTORABLE_TEXT_ON_POSTGRES.title} (remove an entry here once it is refused)`, async () => {
    for (const [file, name, field] of PINNED_UNSTORABLE) {
      const spec = ACTIONS[file]![name]!;
      const sample = validSample(spec);
      // a fresh id where the input names a new one (an earlier property may have created the sample's)
      const arg = { ...sample, ...("id" in sample ? { id: `fuzz-pin-${Date.now().toString(36)}` } : {}), [field]: `${String(sample[field])}\u0000` };
      const outcome = await call((await load(file))[name]!, spec.adminOnly ? "admin" : "owner", arg);
      await log.since();
      expect(outcome.kind === "threw" && isPostgresTextRefusal(outcome.error), `${name} with NUL in ${field}: ${describeOutcome(outcome)}; fixed? Then remove it from PINNED_UNSTORABLE`).toBe(true);
    }
  });

  it(`${KNOWN_BUGS[0]!.title} (remove the entry once they refuse)`, async () => {
    for (const [file, name] of FORM_ACTIONS) {
      const outcome = await call((await load(file))[name]!, "owner", {});
      await log.since();
      expect(outcome.kind === "threw" && outcome.error instanceof TypeError, `${name}({}): ${describeOutcome(outcome)}; fixed? Then remove form-action-without-form-data from KNOWN_BUGS`).toBe(true);
    }
    // the worst of them: an array of pairs passes Object.fromEntries, so the step is toggled before the TypeError
    const revealed = world.revealed.find((id) => world.owners.get(id) === "owner")!;
    const { id: actionId } = await createPlanAction(actorOf(world.users.owner), { assessmentId: revealed, ...planFields(0) });
    await log.since();
    const pairs = [["actionId", actionId], ["index", "0"], ["done", "true"]];
    const outcome = await call((await load("app/(app)/app/assessments/[assessmentId]/plan/actions.ts")).toggleChecklistAction!, "owner", pairs);
    const writes = await log.since();
    expect(outcome.kind === "threw" && writes.some((w) => w.table === "PlanAction"), `toggleChecklistAction(pairs): ${describeOutcome(outcome)} after ${describeWrites(writes)}`).toBe(true);
  });
});
