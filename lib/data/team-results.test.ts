// Team results against a real SQLite file: authorization, sealing, quorum, reveal, anonymity, snapshot.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Side, Tier } from "@/lib/domain";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import { recommend, scoreTeam } from "@/lib/scoring";
import { completeAnswers } from "@/lib/test/answers";
import { builtinCatalogue } from "@/lib/test/catalogue";
import { facilitatorActor } from "@/lib/test/actor";
import { testDb } from "@/lib/test/db";
import { createSubmittedRespondent } from "@/lib/test/submitted";
import { createAssessment, createOrganization, createParticipant } from "@/prisma/factories";
import { seedReferenceData } from "@/prisma/seed-reference";
import { comparedQuestionnaire } from "@/lib/results/items";
import type { RevealedTeamResults } from "@/lib/results/types";
import { AppError } from "@/lib/errors/app-error";
import { revealResults } from "./reveal-results";
import { getTeamResults, recordExport } from "./team-results";

const db = testDb();
let owner: Actor;
let stranger: Actor;

const user = (name: string) => facilitatorActor(db, name);

async function setup(opts: { quorumMarketing?: number; quorumIt?: number; sourceIds?: string[] } = {}) {
  const org = await createOrganization(db, { ownerId: owner.id });
  const a = await createAssessment(db, org.id, { sourceIds: opts.sourceIds });
  await db.wave.updateMany({ where: { assessmentId: a.id }, data: { quorumMarketing: opts.quorumMarketing ?? 1, quorumIt: opts.quorumIt ?? 1 } }); // quorum is per wave
  const waveId = a.waves[0]!.id;
  let seed = 0;
  const add = (side: Side, tier: Tier, extra: { name?: string; consentShowName?: boolean; answers?: Record<string, unknown>; submittedAt?: Date } = {}) =>
    createSubmittedRespondent(db, {
      assessmentId: a.id,
      waveId,
      side,
      tier,
      name: extra.name,
      consentShowName: extra.consentShowName,
      submittedAt: extra.submittedAt,
      answers: { ...completeAnswers(QUESTIONNAIRE_V1, side, ++seed), ...extra.answers },
    });
  return { assessmentId: a.id, waveId, add };
}

const revealed = async (actor: Actor, id: string) => (await getTeamResults(actor, id)) as RevealedTeamResults;

beforeAll(async () => {
  await seedReferenceData(db);
  owner = await user("Owner");
  stranger = await user("Stranger");
});

describe("authorization and sealing", () => {
  it("is null for a missing assessment, another facilitator's assessment and an unknown wave", async () => {
    const { assessmentId, add } = await setup();
    await add("marketing", "leader");
    expect(await getTeamResults(owner, "no-such-assessment")).toBeNull();
    expect(await getTeamResults(stranger, assessmentId)).toBeNull();
    expect(await getTeamResults(owner, assessmentId, { waveNumber: 7 })).toBeNull();
    await expect(revealResults(stranger, assessmentId)).rejects.toMatchObject({ code: "not-found" });
    const admin = { ...stranger, role: "admin" as const };
    expect(await getTeamResults(admin, assessmentId)).toMatchObject({ sealed: true });
  });

  it("is sealed until revealed: quorum only, no answers", async () => {
    const { assessmentId, waveId, add } = await setup({ quorumMarketing: 2, quorumIt: 1 });
    await add("marketing", "leader", { answers: { "tr-one-change": "sealed secret" } });
    await createParticipant(db, { assessmentId, waveId, side: "it", tier: "team" }); // invited, not submitted
    const view = await getTeamResults(owner, assessmentId);
    expect(view).toMatchObject({
      sealed: true,
      wave: { number: 1, revealedAt: null },
      quorum: { met: false, marketing: { submitted: 1, required: 2, met: false }, it: { submitted: 0, required: 1, met: false } },
    });
    expect(view).not.toHaveProperty("team");
    expect(JSON.stringify(view)).not.toContain("sealed secret");
  });
});

describe("revealResults", () => {
  it("refuses before quorum with a message naming the counts, and writes nothing", async () => {
    const { assessmentId, waveId, add } = await setup({ quorumMarketing: 1, quorumIt: 2 });
    await add("marketing", "leader");
    await add("it", "leader");
    const error = await revealResults(owner, assessmentId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("quorum-not-met");
    expect((error as AppError).message).toMatch(/marketing 1 of 1, IT 1 of 2/);
    expect(await db.auditLog.count({ where: { action: "results.reveal", targetId: waveId } })).toBe(0);
    expect((await getTeamResults(owner, assessmentId))?.sealed).toBe(true);
  });

  it("reveals racing each other (as on several instances) agree on one time and write one audit row and one panel summary", async () => {
    for (let round = 0; round < 5; round++) {
      const { assessmentId, waveId, add } = await setup();
      await add("marketing", "leader");
      await add("it", "leader");
      const results = await Promise.all([1, 2, 3, 4].map(() => revealResults(owner, assessmentId)));
      expect(new Set(results.map((r) => r.revealedAt)).size).toBe(1);
      const wave = await db.wave.findUniqueOrThrow({ where: { id: waveId } });
      expect(wave.revealedAt?.toISOString()).toBe(results[0]!.revealedAt);
      expect(await db.auditLog.count({ where: { action: "results.reveal", targetId: waveId } })).toBe(1);
      const keys = await db.panelAggregate.findMany({ where: { waveId }, select: { figureId: true, side: true, itemKey: true } });
      expect(new Set(keys.map((k) => `${k.figureId}|${k.side}|${k.itemKey}`)).size).toBe(keys.length);
    }
  });

  it("reveals once quorum is met, audits it once, and is idempotent", async () => {
    const { assessmentId, waveId, add } = await setup();
    await add("marketing", "leader");
    await add("it", "leader");
    const first = await revealResults(owner, assessmentId);
    const second = await revealResults(owner, assessmentId);
    expect(second.revealedAt).toBe(first.revealedAt);
    const wave = await db.wave.findUniqueOrThrow({ where: { id: waveId } });
    expect(wave.revealedAt?.toISOString()).toBe(first.revealedAt);
    expect(wave.revealedById).toBe(owner.id);
    expect(wave.scoringModel).toBe("v2"); // the scoring model of the reveal (null on waves revealed before it existed = v1)
    const audits = await db.auditLog.findMany({ where: { action: "results.reveal", targetId: waveId } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: owner.id, targetType: "wave" });
    expect((await getTeamResults(owner, assessmentId))?.sealed).toBe(false);
  });
});

describe("revealed results with the anonymity rule", () => {
  let view: RevealedTeamResults;
  let expected: ReturnType<typeof scoreTeam>;
  let expectedQuestionnaire: ReturnType<typeof comparedQuestionnaire>;
  let expectedFigures: ReturnType<typeof builtinCatalogue>["figures"];

  beforeAll(async () => {
    const { assessmentId, add } = await setup({ quorumMarketing: 3, quorumIt: 2 });
    await add("marketing", "leader", { name: "Maya Chen", consentShowName: true, answers: { "tr-one-change": "=HYPERLINK(\"http://x\")" } });
    const marketingTeam = [];
    for (let i = 0; i < 10; i++) marketingTeam.push(await add("marketing", "team", { answers: { "tr-one-change": `idea ${i}`, "context-title": `Title ${i}` } }));
    // two IT leaders, neither named: they count, as a group (a sole unnamed leader would be left out)
    await add("it", "leader", { name: "Ravi Patel", consentShowName: false });
    await add("it", "leader", { name: "Ines Costa", consentShowName: false });
    // a group of 2 IT team members: suppressed, and excluded from the IT side's total
    await add("it", "team", { answers: { "tr-one-change": "small group secret", "sp-need-alignment": { self: 1, predicted: 0 } } });
    await add("it", "team", { answers: { "tr-one-change": "small group secret 2" } });
    // a removed participant does not count
    const removed = await add("marketing", "team");
    await db.participant.update({ where: { id: removed.participant.id }, data: { removedAt: new Date() } });
    await revealResults(owner, assessmentId);
    // submitted after the reveal: not part of the snapshot
    await add("marketing", "team", { submittedAt: new Date(Date.now() + 60_000) });
    view = await revealed(owner, assessmentId);

    // What the model gives on the visible respondents only, computed independently here.
    const rows = await db.response.findMany({
      where: { wave: { assessmentId }, status: "submitted", participant: { removedAt: null, NOT: { side: "it", tier: "team" } }, submittedAt: { lte: new Date(view.revealedAt) } },
      include: { participant: true, answers: { include: { item: true } } },
    });
    const respondents = rows.map((r) => ({
      id: r.id,
      side: r.participant.side as Side,
      tier: r.participant.tier as Tier,
      answers: Object.fromEntries(r.answers.map((a) => [a.item.key, a.value])) as never,
    }));
    // the seed input narrowed to the assessment's chosen sources, as the stored catalogue is
    const chosen = await db.assessmentBenchmarkSource.findMany({ where: { assessmentId }, select: { sourceId: true } });
    const catalogue = builtinCatalogue(QUESTIONNAIRE_V1, chosen.map((c) => c.sourceId));
    expectedQuestionnaire = comparedQuestionnaire(catalogue.questionnaire);
    expectedFigures = catalogue.figures;
    expected = scoreTeam(expectedQuestionnaire, respondents, catalogue.figures);
  });

  it("scores only visible respondents with the scoring model", () => {
    expect(view.team.counts).toEqual({ marketing: 11, it: 2 });
    expect(view.team.alignment).toEqual(expected.alignment);
    expect(view.team.gaps).toEqual(expected.gaps);
    expect(view.team.imperatives).toEqual(expected.imperatives);
    expect(view.team.benchmarks).toEqual(expected.benchmarks);
    expect(view.team.family).toEqual(expected.family);
    // two visible IT respondents: IT is anecdotal, nothing involving IT gets a verdict, and the page says why
    expect(view.evidence.anecdotal).toEqual({ marketing: false, it: true });
    expect(view.evidence.notes.join(" ")).toMatch(/Only 2 IT respondents: fewer than 3/);
    expect(view.team.gaps.flatMap((g) => g.tests).every((t) => t.label === "too few answers to tell")).toBe(true);
    expect(view.recommendations.map((r) => r.action.id)).toEqual(recommend(expected, expectedQuestionnaire, { figures: expectedFigures }).map((r) => r.action.id));
    expect(view.team).not.toHaveProperty("answers");
    expect(view.items.some((i) => i.section === "context")).toBe(false);
  });

  it("reports the suppressed group, marks its heatmap cells, and keeps its answers out", () => {
    expect(view.anonymity.suppressedGroups).toEqual([{ side: "it", tier: "team", n: 2, suppressed: true, reason: "small-team" }]);
    const row = view.heatmap.find((r) => r.itemKey === "sp-need-alignment")!;
    expect(row.cells.find((c) => c.side === "it" && c.tier === "team")).toEqual({ side: "it", tier: "team", n: 0, value: null, state: "suppressed" });
    const itAll = row.cells.find((c) => c.side === "it" && c.tier === "all")!;
    const itLeader = row.cells.find((c) => c.side === "it" && c.tier === "leader")!;
    expect(itAll).toMatchObject({ n: 2, value: itLeader.value }); // side total = the leaders: nothing to subtract
    expect(JSON.stringify(view)).not.toContain("small group secret");
  });

  it("lists free text only for a side of 10 or more, never context answers, and names leaders only with consent", () => {
    expect(view.anonymity.freeTextAllowed).toEqual({ marketing: true, it: false });
    expect(view.freeText).toHaveLength(1);
    expect(view.freeText[0]).toMatchObject({ itemKey: "tr-one-change", side: "marketing" });
    expect(view.freeText[0]!.answers).toHaveLength(11);
    expect(view.freeText[0]!.answers).toContain('=HYPERLINK("http://x")'); // stored as is; exports defuse it
    expect(JSON.stringify(view)).not.toContain("Title 3");
    // Maya is marketing's only leader and agreed; the IT leaders did not: never listed, not even as "IT leader 1"
    expect(view.anonymity.leaders).toEqual([{ side: "marketing", label: "Maya Chen", named: true }]);
    expect(view.anonymity.leaderSides).toEqual({ marketing: { named: 1, unnamed: 0, individual: true }, it: { named: 0, unnamed: 2, individual: false } });
    expect(view.anonymity.soleRespondent).toEqual({ marketing: null, it: null });
    expect(view.anonymity.notes).toContain("IT leaders: 2, shown only as a group (two chose not to be named; names are listed only beside none or at least three who did not).");
    expect(JSON.stringify(view)).not.toContain("Ravi Patel");
    expect(JSON.stringify(view)).not.toContain("Ines Costa");
    expect(JSON.stringify(view)).not.toMatch(/IT leader \d/);
  });

  it("is a snapshot of the reveal: later submissions are counted as late, removed participants not at all", () => {
    expect(view.lateSubmissions).toBe(1);
    expect(view.quorum.marketing.submitted).toBe(11);
    expect(view.figures["a12-need-alignment-cmo"]).toMatchObject({ value: 56, n: 405, source: { publisher: expect.any(String), year: 2012 } });
  });
});

describe("a side's only leader who chose not to be named", () => {
  it("is left out of every figure, and the view says why without naming them", async () => {
    const { assessmentId, add } = await setup();
    await add("marketing", "leader", { name: "Secret Solo", consentShowName: false, answers: { "tr-one-change": "solo secret" } });
    for (let i = 0; i < 5; i++) await add("marketing", "team");
    await add("it", "leader", { name: "Ravi Patel", consentShowName: true });
    await revealResults(owner, assessmentId);
    const view = await revealed(owner, assessmentId);
    expect(view.team.counts).toEqual({ marketing: 5, it: 1 });
    expect(view.anonymity.suppressedGroups).toEqual([{ side: "marketing", tier: "leader", n: 1, suppressed: true, reason: "sole-unnamed-leader" }]);
    const cell = view.heatmap[0]!.cells.find((c) => c.side === "marketing" && c.tier === "leader")!;
    expect(cell).toMatchObject({ state: "suppressed", value: null });
    expect(view.anonymity.soleRespondent).toEqual({ marketing: null, it: "Ravi Patel" });
    expect(view.anonymity.notes.join(" ")).toMatch(/Marketing's only leader chose not to be named/);
    expect(view.anonymity.notes.join(" ")).toMatch(/The IT figures are the answers of one person, Ravi Patel, who agreed to be named/);
    expect(JSON.stringify(view)).not.toContain("Secret Solo");
    expect(JSON.stringify(view)).not.toContain("solo secret");
  });
});

describe("waves", () => {
  it("defaults to the latest wave; an earlier wave is revealed and read by its number", async () => {
    const { assessmentId, add } = await setup();
    // each side's only leader agreed to be named, so both count (an unnamed sole leader would be left out)
    await add("marketing", "leader", { name: "Maya Chen", consentShowName: true });
    await add("it", "leader", { name: "Ravi Patel", consentShowName: true });
    await db.wave.create({ data: { assessmentId, number: 2, label: "Wave 2", status: "open", questionnaireVersionId: (await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).questionnaireVersionId } });
    expect(await getTeamResults(owner, assessmentId)).toMatchObject({ sealed: true, wave: { number: 2 }, quorum: { met: false } });
    await expect(revealResults(owner, assessmentId)).rejects.toMatchObject({ code: "quorum-not-met" });
    await revealResults(owner, assessmentId, { waveNumber: 1 });
    const first = await getTeamResults(owner, assessmentId, { waveNumber: 1 });
    expect(first).toMatchObject({ sealed: false, wave: { number: 1 }, team: { counts: { marketing: 1, it: 1 } } });
    expect(first?.waves).toEqual([
      { number: 1, label: "Wave 1", revealed: true },
      { number: 2, label: "Wave 2", revealed: false },
    ]);
  });
});

describe("benchmark sources and exports", () => {
  it("compares only with the sources chosen for the assessment", async () => {
    const { assessmentId, add } = await setup({ sourceIds: ["forrester-2014"] });
    await add("marketing", "leader", { name: "Maya Chen", consentShowName: true });
    await add("it", "leader", { name: "Ravi Patel", consentShowName: true });
    await revealResults(owner, assessmentId);
    const view = await revealed(owner, assessmentId);
    const sources = new Set(Object.values(view.figures).map((f) => f.source.id));
    expect([...sources]).toEqual(["forrester-2014"]);
    expect(view.team.warnings.filter((w) => /unknown figure/.test(w))).toEqual([]);
  });

  it("records an export in the audit log", async () => {
    const { assessmentId, add } = await setup();
    await add("marketing", "leader");
    await add("it", "leader");
    await revealResults(owner, assessmentId);
    await recordExport(owner, await revealed(owner, assessmentId), "xlsx");
    expect(await db.auditLog.count({ where: { action: "export.xlsx", targetId: assessmentId, actorId: owner.id } })).toBe(1);
  });
});
