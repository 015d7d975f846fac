// The workshop against a real database (SQLite and PostgreSQL): who may read and change it, which wave it is, and
// the audit trail of every change.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Side } from "@/lib/domain";
import { AppError } from "@/lib/errors/app-error";
import { QUESTIONNAIRE_V2 } from "@/lib/questionnaire/builtin";
import { buildWorkshop } from "@/lib/results/workshop";
import { completeAnswers } from "@/lib/test/answers";
import { testDb } from "@/lib/test/db";
import { createSubmittedRespondent } from "@/lib/test/submitted";
import { ZWorkshopOutcome, type TWorkshopOutcomeInput } from "@/lib/validation/workshop";
import { createAssessment, createOrganization } from "@/prisma/factories";
import { seedReferenceData } from "@/prisma/seed-reference";
import { clearWorkshopOutcome, getWorkshop, saveWorkshopOutcome } from "./workshop";

const db = testDb();
let owner: Actor;
let stranger: Actor;
let admin: Actor;

/** Yes-no questions answered "yes" by every marketing leader and "no" by every IT leader: credible gaps at 4 + 4. */
const OPPOSED = QUESTIONNAIRE_V2.items.filter((i) => i.kind === "yes-no" && i.section !== "context" && !i.mirror).slice(0, 8).map((i) => i.key);
const YES_NO = OPPOSED[0]!;
const AGREEMENT = QUESTIONNAIRE_V2.items.find((i) => i.kind === "agreement" && i.section !== "context")!.key;
const PERCENTAGE = QUESTIONNAIRE_V2.items.find((i) => i.kind === "percentage" && i.section !== "context")?.key;
const CONTEXT = QUESTIONNAIRE_V2.items.find((i) => i.section === "context")!.key;

let counter = 0;
async function user(name: string, role: Actor["role"] = "facilitator"): Promise<Actor> {
  const u = await db.user.create({ data: { name, email: `${name.toLowerCase()}-${Date.now()}-${counter++}@example.test`, role } });
  return { id: u.id, email: u.email, name: u.name, role, twoFactorEnabled: role === "admin" };
}

/** An assessment on questionnaire v2 with four leaders per side; wave 1 revealed unless told otherwise. */
async function setup(opts: { reveal?: boolean } = {}) {
  const org = await createOrganization(db, { ownerId: owner.id });
  const a = await createAssessment(db, org.id, { questionnaireVersionId: "v2" });
  const waveId = a.waves[0]!.id;
  let seed = 0;
  for (const side of ["marketing", "it"] as Side[]) {
    for (let i = 0; i < 4; i++) {
      const answers: Record<string, unknown> = completeAnswers(QUESTIONNAIRE_V2, side, (seed += 7));
      for (const key of OPPOSED) answers[key] = side === "marketing";
      await createSubmittedRespondent(db, { assessmentId: a.id, waveId, side, tier: "leader", answers, version: "v2", consentShowName: true });
    }
  }
  if (opts.reveal !== false) await db.wave.update({ where: { id: waveId }, data: { revealedAt: new Date(), revealedById: owner.id, scoringModel: "v2" } });
  return { assessmentId: a.id, waveId };
}

const input = (assessmentId: string, over: Partial<TWorkshopOutcomeInput> = {}) =>
  ZWorkshopOutcome.parse({ assessmentId, waveNumber: 1, itemKey: YES_NO, outcome: "agree-to-differ", position: "", notes: "", ...over });

const audits = (waveId: string) => db.auditLog.findMany({ where: { action: "workshop.outcome", targetId: waveId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await seedReferenceData(db);
  owner = await user("Owner");
  stranger = await user("Stranger");
  admin = await user("Admin", "admin");
});

describe("getWorkshop", () => {
  it("is the revealed wave's results with its outcomes, and the credible gaps come first", async () => {
    const { assessmentId } = await setup();
    const workshop = await getWorkshop(owner, assessmentId);
    expect(workshop).not.toBeNull();
    expect(workshop!.results.wave.number).toBe(1);
    expect(workshop!.outcomes).toEqual([]);
    const view = buildWorkshop(workshop!.results, workshop!.outcomes);
    expect(view.mode).toBe("credible");
    expect(new Set(view.screens.map((s) => s.itemKey))).toEqual(new Set(OPPOSED));
    expect(await getWorkshop(admin, assessmentId)).not.toBeNull();
  });

  it("answers null for anyone who cannot see the assessment, an unknown wave and a wave not yet revealed", async () => {
    const { assessmentId } = await setup();
    expect(await getWorkshop(stranger, assessmentId)).toBeNull();
    expect(await getWorkshop(owner, "no-such-assessment")).toBeNull();
    expect(await getWorkshop(owner, assessmentId, { waveNumber: 9 })).toBeNull();
    const sealed = await setup({ reveal: false });
    expect(await getWorkshop(owner, sealed.assessmentId)).toBeNull();
    expect(await getWorkshop(owner, sealed.assessmentId, { waveNumber: 1 })).toBeNull();
  });

  it("defaults to the latest revealed wave; a newer wave still open is not found by number", async () => {
    const { assessmentId } = await setup();
    await db.wave.create({ data: { assessmentId, number: 2, label: "Wave 2", status: "open", questionnaireVersionId: (await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).questionnaireVersionId } });
    expect((await getWorkshop(owner, assessmentId))!.results.wave.number).toBe(1);
    expect(await getWorkshop(owner, assessmentId, { waveNumber: 2 })).toBeNull();
  });
});

describe("saving and clearing an outcome", () => {
  it("records, replaces and clears, each change audited with before and after in the same transaction", async () => {
    const { assessmentId, waveId } = await setup();
    const first = await saveWorkshopOutcome(owner, input(assessmentId, { outcome: "agreed", position: "  Marketing leads the customer view.\r\nIT owns the platform.  " }));
    expect(first).toMatchObject({ itemKey: YES_NO, outcome: "agreed", position: "Marketing leads the customer view.\nIT owns the platform.", notes: null, votes: null, updatedBy: "Owner" });

    // the same outcome again: nothing changes, no audit row
    await saveWorkshopOutcome(owner, input(assessmentId, { outcome: "agreed", position: "Marketing leads the customer view.\nIT owns the platform." }));
    expect(await audits(waveId)).toHaveLength(1);

    const second = await saveWorkshopOutcome(owner, input(assessmentId, { outcome: "needs-data", notes: "Ask finance", votes: [{ option: "yes", count: "3" }, { option: "no", count: "" }] }));
    expect(second).toMatchObject({ outcome: "needs-data", position: null, notes: "Ask finance", votes: { yes: 3 } });
    expect(await db.workshopOutcome.count({ where: { waveId } })).toBe(1);

    const log = await audits(waveId);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ actorId: owner.id, targetType: "wave", targetId: waveId });
    expect(log[0]!.detail).toMatchObject({ assessmentId, waveNumber: 1, itemKey: YES_NO, before: null, after: { outcome: "agreed", notes: null, votes: null } });
    expect(log[1]!.detail).toMatchObject({
      before: { outcome: "agreed", position: "Marketing leads the customer view.\nIT owns the platform." },
      after: { outcome: "needs-data", position: null, notes: "Ask finance", votes: { yes: 3 } },
    });

    const workshop = await getWorkshop(owner, assessmentId);
    expect(workshop!.outcomes).toEqual([second]);

    expect(await clearWorkshopOutcome(owner, { assessmentId, waveNumber: 1, itemKey: YES_NO })).toEqual({ cleared: true });
    expect(await clearWorkshopOutcome(owner, { assessmentId, waveNumber: 1, itemKey: YES_NO })).toEqual({ cleared: false });
    expect(await db.workshopOutcome.count({ where: { waveId } })).toBe(0);
    const final = await audits(waveId);
    expect(final).toHaveLength(3);
    expect(final[2]!.detail).toMatchObject({ before: { outcome: "needs-data", votes: { yes: 3 } }, after: null });
  });

  it("votes round-trip on every database, and clearing them stores none", async () => {
    const { assessmentId } = await setup();
    const votes = [
      { option: "strongly-agree", count: "12" },
      { option: "disagree", count: "0" },
      { option: "agree", count: "4" },
    ];
    const saved = await saveWorkshopOutcome(owner, input(assessmentId, { itemKey: AGREEMENT, votes }));
    expect(saved.votes).toEqual({ "strongly-agree": 12, disagree: 0, agree: 4 });
    expect((await getWorkshop(owner, assessmentId))!.outcomes[0]!.votes).toEqual({ "strongly-agree": 12, disagree: 0, agree: 4 });
    // the same votes in another order are the same outcome
    await saveWorkshopOutcome(owner, input(assessmentId, { itemKey: AGREEMENT, votes: [...votes].reverse() }));
    const cleared = await saveWorkshopOutcome(owner, input(assessmentId, { itemKey: AGREEMENT }));
    expect(cleared.votes).toBeNull();
    const row = await db.workshopOutcome.findFirstOrThrow({ where: { itemKey: AGREEMENT, wave: { assessmentId } } });
    expect(row.votes).toBeNull();
    expect(await db.auditLog.count({ where: { action: "workshop.outcome", targetId: row.waveId } })).toBe(2);
  });

  it("refuses votes for answers the question does not have, and questions the workshop does not discuss", async () => {
    const { assessmentId, waveId } = await setup();
    const stray = await saveWorkshopOutcome(owner, input(assessmentId, { votes: [{ option: "strongly-agree", count: "2" }] })).catch((e: unknown) => e);
    expect(stray).toBeInstanceOf(AppError);
    expect(stray).toMatchObject({ code: "invalid-input", fieldErrors: { votes: expect.stringMatching(/this question's answers/) } });
    if (PERCENTAGE) {
      await expect(saveWorkshopOutcome(owner, input(assessmentId, { itemKey: PERCENTAGE, votes: [{ option: "yes", count: "1" }] }))).rejects.toMatchObject({ code: "invalid-input" });
    }
    await expect(saveWorkshopOutcome(owner, input(assessmentId, { itemKey: CONTEXT }))).rejects.toMatchObject({ code: "not-found" });
    await expect(saveWorkshopOutcome(owner, input(assessmentId, { itemKey: "no-such-question" }))).rejects.toMatchObject({ code: "not-found" });
    expect(await db.workshopOutcome.count({ where: { waveId } })).toBe(0);
    expect(await audits(waveId)).toHaveLength(0);
  });

  it("another facilitator can neither save nor clear, a sealed wave takes none, and nothing is written", async () => {
    const { assessmentId, waveId } = await setup();
    await saveWorkshopOutcome(owner, input(assessmentId, { outcome: "agreed", position: "Owner's record" }));
    await expect(saveWorkshopOutcome(stranger, input(assessmentId, { outcome: "needs-data" }))).rejects.toMatchObject({ code: "not-found" });
    await expect(clearWorkshopOutcome(stranger, { assessmentId, waveNumber: 1, itemKey: YES_NO })).rejects.toMatchObject({ code: "not-found" });
    await expect(saveWorkshopOutcome(owner, input(assessmentId, { waveNumber: 2 }))).rejects.toMatchObject({ code: "not-found" });
    const row = await db.workshopOutcome.findFirstOrThrow({ where: { waveId } });
    expect(row).toMatchObject({ outcome: "agreed", position: "Owner's record", updatedById: owner.id });
    expect(await audits(waveId)).toHaveLength(1);

    const sealed = await setup({ reveal: false });
    await expect(saveWorkshopOutcome(owner, input(sealed.assessmentId))).rejects.toMatchObject({ code: "not-found" });
    expect(await db.workshopOutcome.count({ where: { waveId: sealed.waveId } })).toBe(0);

    // an admin may (every organization), and the record names who changed it
    const byAdmin = await saveWorkshopOutcome(admin, input(assessmentId, { outcome: "needs-data" }));
    expect(byAdmin.updatedBy).toBe("Admin");
  });

  it("keeps one record per question and wave", async () => {
    const { assessmentId, waveId } = await setup();
    const wave2 = await db.wave.create({ data: { assessmentId, number: 2, label: "Wave 2", status: "open", questionnaireVersionId: (await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).questionnaireVersionId, revealedAt: new Date(), scoringModel: "v2" } });
    await saveWorkshopOutcome(owner, input(assessmentId, { waveNumber: 1, outcome: "agreed", position: "Wave one" }));
    await saveWorkshopOutcome(owner, input(assessmentId, { waveNumber: 2, outcome: "needs-data" }));
    expect(await db.workshopOutcome.findMany({ where: { waveId }, select: { outcome: true } })).toEqual([{ outcome: "agreed" }]);
    expect(await db.workshopOutcome.findMany({ where: { waveId: wave2.id }, select: { outcome: true } })).toEqual([{ outcome: "needs-data" }]);
  });

  it("concurrent saves of one question all succeed and leave one record, described by an audit row", async () => {
    const { assessmentId, waveId } = await setup();
    const outcomes = ["agreed", "agree-to-differ", "needs-data", "agree-to-differ"] as const;
    const settled = await Promise.allSettled(outcomes.map((outcome, i) => saveWorkshopOutcome(owner, input(assessmentId, { outcome, position: `Position ${i}` }))));
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    const rows = await db.workshopOutcome.findMany({ where: { waveId } });
    expect(rows).toHaveLength(1);
    const log = await audits(waveId);
    expect(log.length).toBeGreaterThanOrEqual(1);
    expect(log.length).toBeLessThanOrEqual(4);
    expect(log.map((l) => (l.detail as { after: { position: string } }).after.position)).toContain(rows[0]!.position);
  });
});
