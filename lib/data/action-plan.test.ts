// The action plan against a real database (SQLite and PostgreSQL): scoped to the actor, validated, every change
// audited with what changed, filters, "Add to plan" pre-fills, and sharing with the participants.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { facilitatorActor } from "@/lib/test/actor";
import { testDb } from "@/lib/test/db";
import { OPPOSED_ITEMS, planTeam } from "@/lib/test/plan-team";
import { createParticipant } from "@/prisma/factories";
import { seedReferenceData } from "@/prisma/seed-reference";
import { ZPlanActionFields, parsePlanFilters, parsePlanFrom, type TPlanActionFields } from "@/lib/validation/plan-action";
import { createPlanAction, deletePlanAction, getPlanAction, listPlanActions, toggleChecklistItem, updatePlanAction } from "./action-plan";
import { getPlanFormContext, getPlanSources } from "./plan-sources";
import { setSharing } from "./plan-sharing";
import { sharedForResponse } from "./shared-plan";

const db = testDb();
let owner: Actor;
let stranger: Actor;
let team: Awaited<ReturnType<typeof planTeam>>;

const user = (name: string) => facilitatorActor(db, name);

const fields = (over: Partial<TPlanActionFields> = {}): TPlanActionFields => ({
  title: "Hold a joint planning day",
  description: "",
  imperative: "trust",
  itemKeys: [],
  ownerParticipantId: "",
  ownerName: "",
  dueDate: "",
  status: "planned",
  priority: "medium",
  checklist: [],
  visibleToParticipants: false,
  ...over,
});

beforeAll(async () => {
  await seedReferenceData(db);
  owner = await user("Owner");
  stranger = await user("Stranger");
  team = await planTeam(db, { ownerId: owner.id, perSide: 6 });
});

describe("the schema", () => {
  it("refuses empty, over-long and control-character text, impossible dates, two owners and too many steps", () => {
    const bad = (over: Partial<TPlanActionFields>) => ZPlanActionFields.safeParse(fields(over)).success;
    expect(bad({})).toBe(true);
    expect(bad({ title: "  " })).toBe(false);
    expect(bad({ title: "x".repeat(201) })).toBe(false);
    expect(bad({ title: "x".repeat(200) })).toBe(true);
    expect(bad({ title: "two\nlines" })).toBe(false);
    expect(bad({ title: "bell\u0007" })).toBe(false);
    expect(bad({ description: "line one\nline two" })).toBe(true);
    expect(bad({ description: "nul\u0000" })).toBe(false);
    expect(bad({ description: "x".repeat(4001) })).toBe(false);
    expect(bad({ dueDate: "2026-02-30" })).toBe(false);
    expect(bad({ dueDate: "2026-2-3" })).toBe(false);
    expect(bad({ dueDate: "2028-02-29" })).toBe(true);
    expect(bad({ ownerParticipantId: "abc", ownerName: "Someone" })).toBe(false);
    expect(bad({ ownerName: "x".repeat(121) })).toBe(false);
    expect(bad({ checklist: Array.from({ length: 31 }, (_, i) => ({ text: `step ${i}`, done: false })) })).toBe(false);
    expect(bad({ checklist: [{ text: "x".repeat(301), done: false }] })).toBe(false);
    expect(bad({ imperative: "nonsense" as never })).toBe(false);
    expect(bad({ status: "cancelled" as never })).toBe(false);
  });

  it("reads filters leniently and the `from` of /plan/new strictly", () => {
    expect(parsePlanFilters({ status: "done", imperative: "nope", due: "2026-13-01", wave: "2", owner: "name:Jo" })).toEqual({ status: "done", wave: 2, owner: "name:Jo" });
    expect(parsePlanFrom("recommendation:tr-open-communication")).toEqual({ kind: "recommendation", ref: "tr-open-communication" });
    expect(parsePlanFrom("gap:sp-need-alignment")).toEqual({ kind: "gap", ref: "sp-need-alignment" });
    expect(parsePlanFrom("outcome:x")).toEqual({ kind: "outcome", ref: "x" });
    expect(parsePlanFrom("gap:<script>")).toBeNull();
    expect(parsePlanFrom("other:x")).toBeNull();
  });
});

describe("create, update, delete", () => {
  it("creates an action by hand in the latest wave, audited in full", async () => {
    const owner1 = team.respondents[0]!;
    const action = await createPlanAction(owner, {
      assessmentId: team.assessmentId,
      ...fields({ ownerParticipantId: owner1.participantId, dueDate: "2026-12-01", itemKeys: [OPPOSED_ITEMS[0]!], checklist: [{ text: "Book a room", done: false }] }),
    });
    expect(action).toMatchObject({ waveNumber: 1, ownerName: owner1.name, dueDate: "2026-12-01", status: "planned", origin: null, itemKeys: [OPPOSED_ITEMS[0]] });
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "plan.action.create", targetId: action.id } });
    expect(log.actorId).toBe(owner.id);
    expect(log.detail).toMatchObject({ assessmentId: team.assessmentId, after: { title: "Hold a joint planning day", dueDate: "2026-12-01", ownerParticipantId: owner1.participantId } });
  });

  it("refuses linked items outside the questionnaire and an owner from another assessment, and writes nothing", async () => {
    const other = await planTeam(db, { ownerId: owner.id, perSide: 1, reveal: false });
    const before = await db.planAction.count();
    await expect(createPlanAction(owner, { assessmentId: team.assessmentId, ...fields({ itemKeys: ["context-side"] }) })).rejects.toMatchObject({
      code: "invalid-input",
      fieldErrors: { itemKeys: expect.any(String) },
    });
    await expect(createPlanAction(owner, { assessmentId: team.assessmentId, ...fields({ ownerParticipantId: other.respondents[0]!.participantId }) })).rejects.toMatchObject({
      code: "invalid-input",
      fieldErrors: { ownerParticipantId: expect.any(String) },
    });
    expect(await db.planAction.count()).toBe(before);
  });

  it("updates with a before/after diff of the changed fields only, and ticks checklist steps", async () => {
    const created = await createPlanAction(owner, { assessmentId: team.assessmentId, ...fields({ title: "Cross-train", checklist: [{ text: "A", done: false }, { text: "B", done: false }] }) });
    const updated = await updatePlanAction(owner, { actionId: created.id, ...fields({ title: "Cross-train", status: "ongoing", ownerName: "Dana (HR)", checklist: [{ text: "A", done: false }, { text: "B", done: false }] }) });
    expect(updated).toMatchObject({ status: "ongoing", ownerName: "Dana (HR)", ownerParticipantId: null });
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "plan.action.update", targetId: created.id } });
    expect(log.detail).toEqual({ assessmentId: team.assessmentId, before: { status: "planned", ownerName: null }, after: { status: "ongoing", ownerName: "Dana (HR)" } });

    const ticked = await toggleChecklistItem(owner, { actionId: created.id, index: 1, done: true });
    expect(ticked.checklist).toEqual([{ text: "A", done: false }, { text: "B", done: true }]);
    expect(await db.auditLog.count({ where: { action: "plan.action.update", targetId: created.id } })).toBe(2);
    // the same state again changes nothing and writes nothing
    await toggleChecklistItem(owner, { actionId: created.id, index: 1, done: true });
    expect(await db.auditLog.count({ where: { action: "plan.action.update", targetId: created.id } })).toBe(2);
    await expect(toggleChecklistItem(owner, { actionId: created.id, index: 5, done: true })).rejects.toMatchObject({ code: "invalid-input" });

    await deletePlanAction(owner, created.id);
    expect(await getPlanAction(owner, created.id)).toBeNull();
    const deleted = await db.auditLog.findFirstOrThrow({ where: { action: "plan.action.delete", targetId: created.id } });
    expect(deleted.detail).toMatchObject({ before: { title: "Cross-train", status: "ongoing" } });
  });

  it("gives another facilitator not-found for everything, and lets an admin in", async () => {
    const created = await createPlanAction(owner, { assessmentId: team.assessmentId, ...fields({ title: "Private", checklist: [{ text: "x", done: false }] }) });
    expect(await listPlanActions(stranger, team.assessmentId)).toBeNull();
    expect(await getPlanAction(stranger, created.id)).toBeNull();
    await expect(createPlanAction(stranger, { assessmentId: team.assessmentId, ...fields() })).rejects.toMatchObject({ code: "not-found" });
    await expect(updatePlanAction(stranger, { actionId: created.id, ...fields({ title: "Hijacked" }) })).rejects.toMatchObject({ code: "not-found" });
    await expect(toggleChecklistItem(stranger, { actionId: created.id, index: 0, done: true })).rejects.toMatchObject({ code: "not-found" });
    await expect(deletePlanAction(stranger, created.id)).rejects.toMatchObject({ code: "not-found" });
    await expect(setSharing(stranger, { assessmentId: team.assessmentId, waveNumber: 1, what: "plan", shared: true })).rejects.toMatchObject({ code: "not-found" });
    expect(await getPlanFormContext(stranger, team.assessmentId)).toBeNull();
    expect(await getPlanSources(stranger, team.assessmentId)).toBeNull();
    expect(await getPlanAction(owner, created.id)).toMatchObject({ title: "Private", checklist: [{ text: "x", done: false }] });
    expect(await db.auditLog.count({ where: { actorId: stranger.id } })).toBe(0);
    expect(await getPlanAction({ ...stranger, role: "admin", twoFactorEnabled: true }, created.id)).toMatchObject({ title: "Private" });
  });
});

describe("filters", () => {
  it("by status, imperative, owner, wave and due date", async () => {
    const t = await planTeam(db, { ownerId: owner.id, perSide: 1, reveal: false });
    const p = t.respondents[0]!;
    const make = (over: Partial<TPlanActionFields>) => createPlanAction(owner, { assessmentId: t.assessmentId, ...fields(over) });
    const a = await make({ title: "A", status: "done", imperative: "cxo", dueDate: "2026-01-10", ownerParticipantId: p.participantId });
    const b = await make({ title: "B", status: "delayed", imperative: "trust", dueDate: "2026-03-01", ownerName: "Jo Named" });
    const c = await make({ title: "C", status: "delayed", imperative: "cxo", priority: "high" });
    const titles = async (filters: Parameters<typeof listPlanActions>[2]) => (await listPlanActions(owner, t.assessmentId, filters))!.actions.map((x) => x.title);
    expect(await titles({})).toEqual(["A", "B", "C"]); // due date first, none last
    expect(await titles({ status: "delayed" })).toEqual(["B", "C"]);
    expect(await titles({ imperative: "cxo" })).toEqual(["A", "C"]);
    expect(await titles({ owner: p.participantId })).toEqual(["A"]);
    expect(await titles({ owner: "name:Jo Named" })).toEqual(["B"]);
    expect(await titles({ owner: "none" })).toEqual(["C"]);
    expect(await titles({ due: "2026-02-01" })).toEqual(["A"]);
    expect(await titles({ wave: 1, status: "delayed", imperative: "trust" })).toEqual(["B"]);
    expect(await titles({ wave: 2 })).toEqual([]);
    const list = await listPlanActions(owner, t.assessmentId);
    expect(list!.namedOwners).toEqual(["Jo Named"]);
    expect([a.id, b.id, c.id].every(Boolean)).toBe(true);
  });
});

describe("Add to plan", () => {
  it("offers the recommendations and credible gaps of the revealed wave, and pre-fills from each", async () => {
    const offered = await getPlanSources(owner, team.assessmentId);
    expect(offered!.waveNumber).toBe(1);
    expect(offered!.sources.gap.map((g) => g.ref).sort()).toEqual([...OPPOSED_ITEMS].sort());
    expect(offered!.sources.recommendation.length).toBeGreaterThan(0);

    const rec = offered!.sources.recommendation[0]!;
    const fromRec = await getPlanFormContext(owner, team.assessmentId, { kind: "recommendation", ref: rec.ref });
    expect(fromRec!.prefill).toMatchObject({ origin: { kind: "recommendation", ref: rec.ref }, title: rec.label, waveNumber: 1 });
    expect(fromRec!.prefill!.itemKeys.length).toBeGreaterThan(0);
    expect(fromRec!.items.some((i) => i.key === "context-side")).toBe(false);

    const gapKey = OPPOSED_ITEMS[1]!;
    const fromGap = await getPlanFormContext(owner, team.assessmentId, { kind: "gap", ref: gapKey });
    expect(fromGap!.prefill).toMatchObject({ origin: { kind: "gap", ref: gapKey }, itemKeys: [gapKey] });
    expect(fromGap!.prefill!.title).toMatch(/^Agree a shared position on: /);
    const { prefill } = fromGap!;
    const created = await createPlanAction(owner, {
      assessmentId: team.assessmentId,
      waveNumber: prefill!.waveNumber,
      origin: prefill!.origin,
      ...fields({ title: prefill!.title, imperative: prefill!.imperative, itemKeys: prefill!.itemKeys, description: prefill!.description }),
    });
    expect(created.origin).toEqual({ kind: "gap", ref: gapKey });
    expect((await db.auditLog.findFirstOrThrow({ where: { action: "plan.action.create", targetId: created.id } })).detail).toMatchObject({ origin: { kind: "gap", ref: gapKey } });

    // a gap that is not credible is not offered
    expect((await getPlanFormContext(owner, team.assessmentId, { kind: "gap", ref: "no-such-item" }))!.prefill).toBeNull();
  });

  it("pre-fills from a workshop outcome, and refuses an origin that does not exist", async () => {
    const key = OPPOSED_ITEMS[2]!;
    await db.workshopOutcome.create({ data: { waveId: team.waveId, itemKey: key, outcome: "agreed", position: "IT joins campaign planning from day one", notes: "Revisit in March" } });
    const offered = await getPlanSources(owner, team.assessmentId);
    expect(offered!.sources.outcome).toEqual([expect.objectContaining({ kind: "outcome", ref: key, detail: "Agreed position" })]);
    const ctx = await getPlanFormContext(owner, team.assessmentId, { kind: "outcome", ref: key });
    expect(ctx!.prefill).toMatchObject({ title: "Put the agreed position into practice: IT joins campaign planning from day one", itemKeys: [key] });
    expect(ctx!.prefill!.description).toContain("Revisit in March");
    const created = await createPlanAction(owner, { assessmentId: team.assessmentId, origin: { kind: "outcome", ref: key }, ...fields({ title: ctx!.prefill!.title }) });
    expect(created.origin).toEqual({ kind: "outcome", ref: key });
    await expect(createPlanAction(owner, { assessmentId: team.assessmentId, origin: { kind: "outcome", ref: OPPOSED_ITEMS[0]! }, ...fields() })).rejects.toMatchObject({ code: "invalid-input" });
    await expect(createPlanAction(owner, { assessmentId: team.assessmentId, origin: { kind: "recommendation", ref: "not-an-action" }, ...fields() })).rejects.toMatchObject({ code: "invalid-input" });
  });

  it("needs a revealed wave for an action from the results", async () => {
    const sealed = await planTeam(db, { ownerId: owner.id, perSide: 1, reveal: false });
    expect(await getPlanSources(owner, sealed.assessmentId)).toBeNull();
    await expect(createPlanAction(owner, { assessmentId: sealed.assessmentId, origin: { kind: "gap", ref: OPPOSED_ITEMS[0]! }, ...fields() })).rejects.toMatchObject({ code: "invalid-input" });
  });
});

describe("sharing with the participants", () => {
  it("shows a submitted participant the visible actions once the plan is shared, and nothing else", async () => {
    const t = await planTeam(db, { ownerId: owner.id, perSide: 2 });
    const p = t.respondents[0]!;
    await createPlanAction(owner, { assessmentId: t.assessmentId, ...fields({ title: "Visible one", visibleToParticipants: true, ownerName: "Alex Owner", dueDate: "2026-05-01", checklist: [{ text: "a", done: true }, { text: "b", done: false }] }) });
    await createPlanAction(owner, { assessmentId: t.assessmentId, ...fields({ title: "Hidden one", visibleToParticipants: false }) });

    expect(await sharedForResponse(p.responseId)).toMatchObject({ plan: null, wave: { summaryShared: false } });
    await setSharing(owner, { assessmentId: t.assessmentId, waveNumber: 1, what: "plan", shared: true });
    await setSharing(owner, { assessmentId: t.assessmentId, waveNumber: 1, what: "plan", shared: true }); // idempotent
    const shared = await sharedForResponse(p.responseId);
    expect(shared!.plan).toEqual([
      { id: expect.any(String), title: "Visible one", description: null, imperative: "Trust", ownerName: "Alex Owner", dueDate: "2026-05-01", status: "Planned", checklistDone: 1, checklistTotal: 2 },
    ]);
    expect(await db.auditLog.count({ where: { action: "plan.share", targetId: t.waveId } })).toBe(1);

    // a participant who has not submitted sees nothing
    const pending = await createParticipant(db, { assessmentId: t.assessmentId, waveId: t.waveId, side: "it", tier: "team" });
    expect(await sharedForResponse(pending.response.id)).toBeNull();

    await setSharing(owner, { assessmentId: t.assessmentId, waveNumber: 1, what: "plan", shared: false });
    expect((await sharedForResponse(p.responseId))!.plan).toBeNull();
    await setSharing(owner, { assessmentId: t.assessmentId, waveNumber: 1, what: "summary", shared: true });
    expect((await sharedForResponse(p.responseId))!.wave.summaryShared).toBe(true);
    expect(await db.auditLog.count({ where: { action: { in: ["plan.unshare", "summary.share"] }, targetId: t.waveId } })).toBe(2);
  });

  it("refuses to share a wave that is not revealed", async () => {
    const t = await planTeam(db, { ownerId: owner.id, perSide: 1, reveal: false });
    await expect(setSharing(owner, { assessmentId: t.assessmentId, waveNumber: 1, what: "summary", shared: true })).rejects.toMatchObject({ code: "invalid-input" });
  });
});
