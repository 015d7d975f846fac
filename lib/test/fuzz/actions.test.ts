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
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { stringify } from "csv-stringify/sync";
import { templateRows } from "@/lib/benchmarks/csv-import";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import { itemFormFromDef } from "@/lib/validation/questionnaire-item";
import { createPlanAction } from "@/lib/data/action-plan";
import { testDb } from "@/lib/test/db";
import { actionTable, actorOf, buildActionWorld, planFields, type ActionSpec, type ActionWorld, type Caller } from "./action-table";
import { FUZZ_SEED, fuzzParams, fuzzTimeout, isDefaultRun } from "./config";
import { eachStringSpoiled, hostileValue, LENGTH_TRAP, nastyChar, POSTGRES_REFUSES, spoilString } from "./hostile";
import { exportedFunctions, serverActionFiles } from "./inventory";
import { repairFuzzUsers, USER_TABLES } from "./world";
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

let world: ActionWorld;
const ACTIONS = actionTable(() => world);

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

/** The input as a form post sends it: strings, and a file for a value that is not one. */
function toFormData(input: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined) continue;
    if (v instanceof Blob) form.append(k, v);
    else if (typeof v === "object" && v !== null && !(v instanceof Date)) form.append(k, new Blob([JSON.stringify(v) ?? ""]), "x.json"); // a file field
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

/**
 * Explicit examples run before the random ones: the valid input with NUL, then an unpaired surrogate, appended to
 * each of its strings in turn (what PostgreSQL refuses), called as the owner (an admin for the admin's actions).
 */
function sweep(spec: ActionSpec): [Caller, unknown][] {
  // three valid inputs: one of them may be refused before its strings reach a query (a published version …)
  const bases = fc.sample(spec.valid(), { seed: FUZZ_SEED, numRuns: 3 });
  const caller: Caller = spec.adminOnly ? "admin" : "owner";
  return bases.flatMap((base) => POSTGRES_REFUSES.flatMap((c) => eachStringSpoiled(base, c))).map((arg): [Caller, unknown] => [caller, spec.input === "form" ? toFormData(arg as Record<string, unknown>) : arg]);
}

/** Who calls, the action's own callers more often: an admin for the admin's actions, the two facilitators for theirs. */
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

const seen = new Map<string, Map<string, number>>();

async function check(name: string, action: (arg: unknown) => Promise<unknown>, spec: ActionSpec, caller: Caller, arg: unknown) {
  const outcome = await call(action, caller, arg);
  const writes = await log.since();
  if (writes.some((w) => USER_TABLES.has(w.table))) {
    await repairFuzzUsers(db, world.users);
    await log.since();
  }
  const refused = isRefusal(spec, outcome);
  const label = outcome.kind === "threw" ? "threw" : refused ? "refused" : "done";
  const counts = seen.get(name) ?? new Map<string, number>();
  seen.set(name, counts.set(label, (counts.get(label) ?? 0) + 1));
  if (process.env.FUZZ_VERBOSE === "2") process.stdout.write(`${name} as ${caller}: ${label}: ${describeOutcome(outcome)}\n`);
  if (outcome.kind === "threw") {
    throw new Error(`${name} as ${caller} threw (Next answers 500): ${(outcome.error as Error)?.stack ?? String(outcome.error)}`);
  }
  const reason = mustRefuse(spec, caller, arg);
  if (reason) expect(refused, `${name} as ${caller}: ${reason}, but it ${describeOutcome(outcome)}`).toBe(true);
  if (refused) expect(writes, `${name} as ${caller} refused (${describeOutcome(outcome)}) but wrote ${describeWrites(writes)}`).toEqual([]);
}

beforeAll(async () => {
  await installWriteLog(db);
  world = await buildActionWorld(db);
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
        if (isDefaultRun) expect(seen.get(name)?.get("refused"), `${name}: no call was refused`).toBeGreaterThan(0);
      }, fuzzTimeout(spec.runs));
    }
  }
});

/** Inputs with a NUL that answered 500 on PostgreSQL (the query refused the text): [file, action, input]. */
const FOUND_UNSTORABLE: [file: string, action: string, arg: () => Record<string, unknown>][] = [
  ["app/(app)/app/actions.ts", "setPanelOptInAction", () => ({ organizationId: `${world.organizations[0]}\u0000`, panelOptIn: true })],
  ["app/(app)/app/actions.ts", "createAssessmentAction", () => ({ organizationId: `${world.organizations[0]}\u0000`, title: "Pinned", questionnaireVersionId: "v1", sourceIds: ["accenture-2014"], quorumMarketing: 1, quorumIt: 1 })],
  ["app/(app)/app/actions.ts", "addParticipantAction", () => ({ assessmentId: `${world.assessments[0]}\u0000`, name: "Pat Doe", email: "", side: "it", tier: "leader" })],
  ["app/(app)/app/actions.ts", "changeInviteAction", () => ({ participantId: `${world.participants[0]}\u0000`, change: "revoke" })],
  ["app/(app)/app/actions.ts", "setAssessmentStatusAction", () => ({ assessmentId: `${world.assessments[0]}\u0000`, status: "open" })],
  ["app/(app)/app/actions.ts", "startNextWaveAction", () => ({ assessmentId: `${world.assessments[0]}\u0000`, questionnaireVersionId: "v1", sourceIds: ["accenture-2014"], quorumMarketing: 1, quorumIt: 1 })],
  ["app/(app)/admin/users/actions.ts", "changeUserRoleAction", () => ({ userId: `${world.victims[0]}\u0000`, role: "admin" })],
  ["app/(app)/admin/users/actions.ts", "changeUserAccountAction", () => ({ userId: `${world.victims[0]}\u0000`, change: "disable" })],
  ["app/(app)/admin/benchmarks/actions.ts", "createSourceAction", () => ({ id: `fuzz-pin-${Date.now().toString(36)}`, publisher: "Pinned\u0000", title: "A pinned survey", year: 2020, fieldwork: "May 2020", method: "online", sampleMarketing: 50 })],
  [
    "app/(app)/admin/benchmarks/actions.ts",
    "addFigureAction",
    () => ({ sourceId: world.adminSource, id: `fuzz-pin-${Date.now().toString(36)}`, population: "it", topic: "alignment-drivers", statement: "A pinned statement\u0000", unit: "finding", value: 0, locatorFile: "report.pdf", locatorQuote: "Quote." }),
  ],
  ["app/(app)/admin/questionnaires/actions.ts", "copyQuestionnaireAction", () => ({ sourceVersionId: "v1", title: "Pinned copy\u0000" })],
  ["app/(app)/admin/questionnaires/actions.ts", "renameQuestionnaireAction", () => ({ versionId: world.draftVersion, title: "Pinned title\u0000" })],
  [
    "app/(app)/admin/questionnaires/actions.ts",
    "saveQuestionnaireItemAction",
    () => ({ ...itemFormFromDef(world.draftVersion, QUESTIONNAIRE_V1.items.find((i) => i.kind === "agreement")!), originalKey: "", key: `pinned-${Date.now().toString(36)}`, promptMarketing: "A pinned prompt\u0000" }),
  ],
  ["app/(app)/admin/benchmarks/actions.ts", "importBenchmarksAction", () => ({ text: importWithNul() })],
];

/** The CSV import template with fresh ids and a NUL in its publisher. */
function importWithNul(): string {
  const [header, ...rows] = templateRows();
  const fresh = Date.now().toString(36);
  const set = (row: string[], column: string, value: (v: string) => string) => (row[header!.indexOf(column)] = value(row[header!.indexOf(column)]!));
  for (const row of rows) {
    set(row, "source_id", () => `pinned-${fresh}`);
    set(row, "figure_id", (v) => `${v}-${fresh}`);
    set(row, "source_publisher", (v) => (v ? `${v}\u0000` : v)); // the source's columns are given once, then blank
  }
  return stringify([header!, ...rows]);
}

/** The form actions (FormData argument), which threw when called with anything else. */
const FORM_ACTIONS = Object.entries(ACTIONS).flatMap(([file, actions]) => Object.entries(actions).filter(([, spec]) => spec.input === "form").map(([name]) => [file, name] as const));

describe("bugs the fuzzing found, refused now (lib/validation/input.ts)", () => {
  const load = async (file: string) => (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, (arg: unknown) => Promise<unknown>>;

  it("text no database can store, in ids and names", async () => {
    for (const [file, name, arg] of FOUND_UNSTORABLE) {
      const spec = ACTIONS[file]![name]!;
      const outcome = await call((await load(file))[name]!, spec.adminOnly ? "admin" : "owner", arg());
      const writes = await log.since();
      expect(isRefusal(spec, outcome), `${name}: ${describeOutcome(outcome)}`).toBe(true);
      expect(writes, `${name} wrote ${describeWrites(writes)}`).toEqual([]);
    }
  });

  it("zod's length trap ({\"length\": {\"toString\": \"\"}} where a string belongs)", async () => {
    expect(() => z.string().min(1).safeParse(LENGTH_TRAP), "zod still throws (lib/validation/input.ts catches it)").toThrow(TypeError);
    const file = "app/(app)/app/actions.ts";
    const outcome = await call((await load(file)).setAssessmentStatusAction!, "owner", { assessmentId: LENGTH_TRAP, status: "open" });
    expect(isRefusal(ACTIONS[file]!.setAssessmentStatusAction!, outcome), `setAssessmentStatusAction: ${describeOutcome(outcome)}`).toBe(true);
    expect(await log.since()).toEqual([]);
  });

  it("a form action called with anything but FormData, an array of pairs included", async () => {
    for (const [file, name] of FORM_ACTIONS) {
      const outcome = await call((await load(file))[name]!, "owner", {});
      const writes = await log.since();
      expect(isRefusal(ACTIONS[file]![name]!, outcome), `${name}({}): ${describeOutcome(outcome)}`).toBe(true);
      expect(writes).toEqual([]);
    }
    // an array of pairs passed Object.fromEntries: the step was toggled, then the action threw
    const revealed = world.revealed.find((id) => world.owners.get(id) === "owner")!;
    const { id: actionId } = await createPlanAction(actorOf(world.users.owner), { assessmentId: revealed, ...planFields(0) });
    await log.since();
    const pairs = [["actionId", actionId], ["index", "0"], ["done", "true"]];
    const file = "app/(app)/app/assessments/[assessmentId]/plan/actions.ts";
    const outcome = await call((await load(file)).toggleChecklistAction!, "owner", pairs);
    const writes = await log.since();
    expect(isRefusal(ACTIONS[file]!.toggleChecklistAction!, outcome), `toggleChecklistAction(pairs): ${describeOutcome(outcome)}`).toBe(true);
    expect(writes, `toggleChecklistAction(pairs) wrote ${describeWrites(writes)}`).toEqual([]);
  });
});
