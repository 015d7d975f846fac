// Tests only: the action table of the fuzz test (actions.test.ts): every exported server action, a valid input
// built from the fixtures, the fields naming the tenant object it changes, who may call it; and the world it is
// called in.
import fc from "fast-check";
import { stringify } from "csv-stringify/sync";
import { sessionCookieValue } from "@/e2e/support/auth";
import type { Actor } from "@/lib/auth/actor";
import { templateRows } from "@/lib/benchmarks/csv-import";
import { BENCHMARK_SOURCES } from "@/lib/benchmarks/builtin";
import { createPlanAction } from "@/lib/data/action-plan";
import { createSource } from "@/lib/data/benchmark-admin";
import { copyQuestionnaireVersion } from "@/lib/data/questionnaire-versions";
import { inviteUser } from "@/lib/data/user-invitations";
import type { Db } from "@/lib/db/create-db";
import { BUSINESS_MODELS, IMPERATIVE_IDS, INDUSTRIES, REGIONS, SIDES, TIERS } from "@/lib/domain";
import { PLAN_PRIORITIES, PLAN_STATUSES } from "@/lib/plan/vocabulary";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import { WORKSHOP_OUTCOMES } from "@/lib/results/workshop-outcome";
import { completeAnswers } from "@/lib/test/answers";
import { OPPOSED_ITEMS, planTeam } from "@/lib/test/plan-team";
import { createSubmittedRespondent } from "@/lib/test/submitted";
import { itemFormFromDef } from "@/lib/validation/questionnaire-item";
import { REVENUE_BANDS } from "@/lib/validation/organization";
import { USER_CHANGES } from "@/lib/validation/user";
import { createAssessment, createParticipant } from "@/prisma/factories";
import { seedReferenceData } from "@/prisma/seed-reference";
import { createFuzzUsers, sessionCookieName, type FuzzUsers, type UserKey } from "./world";

export type Caller = UserKey | "none" | "garbage" | "tampered";
export type Owner = "owner" | "other";

export interface ActionWorld {
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

export const actorOf = (u: FuzzUsers[UserKey]): Actor => ({ id: u.id, email: u.email, name: u.name, role: u.role, twoFactorEnabled: u.twoFactor });

export function planFields(i: number) {
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

/**
 * Reference data; the four users and their cookies (and a forged and a garbage one); for each facilitator an
 * organization with a revealed assessment (two plan actions) and an open one (two invited participants, one
 * submitted response per side, so it can be revealed); a draft questionnaire, an admin-added benchmark source,
 * and three invited users for the admin's user actions.
 */
export async function buildActionWorld(db: Db): Promise<ActionWorld> {
  await seedReferenceData(db);
  const users = await createFuzzUsers(db);
  const owners = new Map<string, Owner>();
  const w: Omit<ActionWorld, "users" | "cookies" | "owners" | "draftVersion" | "adminSource" | "victims"> = { organizations: [], assessments: [], revealed: [], participants: [], planActions: [] };
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

export interface ActionSpec {
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

/** The table, for the world `get()` answers (built in the test's beforeAll; the table is read before). */
export function actionTable(get: () => ActionWorld): Record<string, Record<string, ActionSpec>> {
  const pick = <T,>(xs: readonly T[]) => fc.constantFrom(...xs);
  const assessmentIds = () => pick(get().assessments);
  const revealedIds = () => pick(get().revealed);
  const bool = fc.boolean();
  const sourceIds = BENCHMARK_SOURCES.map((s) => s.id);
  const planValues = () =>
    fc.record({
      title: pick(["Align the roadmap", "Budget review", "x"]),
      description: pick(["", "Line one\nline two"]),
      imperative: pick(IMPERATIVE_IDS),
      itemKeys: fc.subarray(OPPOSED_ITEMS as string[]),
      ownerParticipantId: fc.oneof({ weight: 3, arbitrary: fc.constant("") }, { weight: 1, arbitrary: pick(get().participants) }),
      ownerName: pick(["", "Sam"]),
      dueDate: pick(["", "2027-01-15", "2027-02-30"]),
      status: pick(PLAN_STATUSES),
      priority: pick(PLAN_PRIORITIES),
      checklist: fc.array(fc.record({ text: pick(["Step", "Another step"]), done: bool }), { maxLength: 3 }),
      visibleToParticipants: bool,
    });
  const ADMIN_BACK_TO_APP = (url: string) => url === "/app";

  return {
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
              sourceId: fc.constantFrom(get().adminSource, get().adminSource, "accenture-2014"),
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
      copyQuestionnaireAction: { input: "object", adminOnly: true, valid: () => fc.record({ sourceVersionId: fc.constantFrom("v1", "v2", get().draftVersion, "v999"), title: pick(["Fuzz copy"]) }), runs: 20 },
      renameQuestionnaireAction: { input: "object", adminOnly: true, valid: () => fc.record({ versionId: fc.constantFrom("v1", get().draftVersion), title: pick(["Fuzz renamed"]) }), runs: 25 },
      saveQuestionnaireItemAction: {
        input: "object",
        adminOnly: true,
        valid: () =>
          fc.tuple(fc.constantFrom("v1", get().draftVersion), pick(QUESTIONNAIRE_V1.items.slice(0, 20))).map(([versionId, item]) => itemFormFromDef(versionId, item) as unknown as Record<string, unknown>),
        runs: 40,
      },
      removeQuestionnaireItemAction: { input: "object", adminOnly: true, valid: () => fc.record({ versionId: fc.constantFrom("v1", get().draftVersion), key: pick(QUESTIONNAIRE_V1.items.map((i) => i.key)) }), runs: 25 },
      moveQuestionnaireItemAction: {
        input: "object",
        adminOnly: true,
        valid: () => fc.record({ versionId: fc.constantFrom("v1", get().draftVersion), key: pick(QUESTIONNAIRE_V1.items.map((i) => i.key)), direction: pick(["up", "down"]) }),
        runs: 25,
      },
      publishQuestionnaireAction: { input: "object", adminOnly: true, valid: () => fc.record({ versionId: fc.constantFrom("v1", "v2", get().draftVersion) }), runs: 15 },
    },
    "app/(app)/admin/users/actions.ts": {
      inviteUserAction: { input: "object", adminOnly: true, valid: () => fc.record({ name: pick(["New Person"]), email: pick(["new-person@example.test", "victim-0@example.test"]), role: pick(["facilitator", "admin"]) }), runs: 30 },
      changeUserRoleAction: { input: "object", adminOnly: true, valid: () => fc.record({ userId: fc.constantFrom(...get().victims, get().users.admin.id), role: pick(["facilitator", "admin"]) }), runs: 30 },
      changeUserAccountAction: { input: "object", adminOnly: true, valid: () => fc.record({ userId: fc.constantFrom(...get().victims, get().users.admin.id), change: pick(USER_CHANGES) }), runs: 40 },
    },
    "app/(app)/app/actions.ts": {
      createOrganizationAction: {
        input: "object",
        valid: () =>
          fc.record({ name: pick(["Fuzz Org", "A"]), industry: pick([...INDUSTRIES, "Other"]), region: pick(REGIONS.map((r) => r.id)), revenueBand: pick(REVENUE_BANDS.map((r) => r.id)), businessModel: pick(BUSINESS_MODELS.map((b) => b.id)), panelOptIn: bool }),
        runs: 30,
      },
      setPanelOptInAction: { input: "object", targets: ["organizationId"], valid: () => fc.record({ organizationId: pick(get().organizations), panelOptIn: bool }), runs: 30 },
      createAssessmentAction: {
        input: "object",
        targets: ["organizationId"],
        valid: () => fc.record({ organizationId: pick(get().organizations), title: pick(["Fuzz assessment"]), questionnaireVersionId: pick(["v1", "v2"]), sourceIds: fc.subarray(sourceIds, { minLength: 1 }), quorumMarketing: pick([1, "2"]), quorumIt: pick([1, 3]) }),
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
      changeInviteAction: { input: "object", targets: ["participantId"], valid: () => fc.record({ participantId: fc.constantFrom(...get().participants), change: pick(["regenerate", "revoke"]) }), runs: 40 },
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
                { weight: 1, arbitrary: fc.array(fc.record({ id: pick(get().participants), invite: bool, side: pick(SIDES), tier: pick(TIERS) }), { maxLength: 2 }) },
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
      updatePlanActionAction: { input: "object", targets: ["actionId"], valid: () => fc.tuple(pick(get().planActions), planValues()).map(([actionId, fields]) => ({ actionId, ...fields })), runs: 40 },
      toggleChecklistAction: {
        input: "form",
        targets: ["actionId"],
        valid: () => fc.record({ actionId: pick(get().planActions), index: pick(["0", "1", "29", "30"]), done: pick(["true", "false"]), back: pick(["", "status=done&wave=1", "owner=name:Sam"]) }),
        refusedRedirect: ADMIN_BACK_TO_APP,
        runs: 40,
      },
      deletePlanActionAction: { input: "form", targets: ["actionId"], valid: () => fc.record({ actionId: pick(get().planActions) }), refusedRedirect: ADMIN_BACK_TO_APP, runs: 30 },
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
}
