// The trend view against a real database: two revealed waves of the same version, where every agreement answer
// moves from "strongly disagree" to "strongly agree", read as rising imperative scores (and falling ones where
// agreeing is the problem), each with a passing test; the same answers twice
// read as no rising or falling anywhere; one revealed wave gives no pairs; another facilitator gets nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Side } from "@/lib/domain";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import { completeAnswers } from "@/lib/test/answers";
import { facilitatorActor } from "@/lib/test/actor";
import { testDb } from "@/lib/test/db";
import { createSubmittedRespondent } from "@/lib/test/submitted";
import { createAssessment, createOrganization } from "@/prisma/factories";
import { seedReferenceData } from "@/prisma/seed-reference";
import { revealResults } from "./reveal-results";
import { bumpCatalogueRevision } from "@/lib/catalogue/revision";
import { getExecutiveReportExtras } from "./executive-report";
import { getResultImpacts } from "./plan-impact";
import { forgetKeptScores, scoreRevealedWave, STORED_SCORE_FORMAT } from "./scored-wave";
import { getTrends } from "./trends";
import { startNextWave } from "./waves";

const db = testDb();
let owner: Actor;
let stranger: Actor;

const user = (name: string) => facilitatorActor(db, name);

const AGREEMENT = QUESTIONNAIRE_V1.items.filter((i) => i.kind === "agreement").map((i) => i.key);

/** Eight named leaders a side submit in `waveId`, every agreement answer set to `agreement`. */
async function submitWave(assessmentId: string, waveId: string, agreement: (side: Side, i: number) => number) {
  let seed = 0;
  for (const side of ["marketing", "it"] as Side[]) {
    for (let i = 0; i < 8; i++) {
      const answers: Record<string, unknown> = completeAnswers(QUESTIONNAIRE_V1, side, ++seed);
      for (const key of AGREEMENT) answers[key] = agreement(side, i);
      await createSubmittedRespondent(db, { assessmentId, waveId, side, tier: "leader", consentShowName: true, name: `${side} ${i}`, answers });
    }
  }
}

async function twoWaves(first: (side: Side, i: number) => number, second: (side: Side, i: number) => number) {
  const org = await createOrganization(db, { ownerId: owner.id });
  const a = await createAssessment(db, org.id, { sourceIds: ["accenture-2012"] });
  await submitWave(a.id, a.waves[0]!.id, first);
  await revealResults(owner, a.id);
  const started = await startNextWave(owner, { assessmentId: a.id, questionnaireVersionId: "v1", sourceIds: ["accenture-2012"], quorumMarketing: 1, quorumIt: 1 });
  await submitWave(a.id, started.waveId, second);
  await revealResults(owner, a.id);
  return a.id;
}

beforeAll(async () => {
  await seedReferenceData(db);
  owner = await user("Owner");
  stranger = await user("Stranger");
});

describe("getTrends", () => {
  it("reads a large real change as rising, with its interval, over two revealed waves", async () => {
    const id = await twoWaves(
      () => 1,
      () => 5,
    );
    const view = (await getTrends(owner, id))!;
    expect(view.waves.map((w) => w.number)).toEqual([1, 2]);
    expect(view.waves[1]!.counts).toEqual({ marketing: 8, it: 8 });
    expect(view.pairs).toHaveLength(1);
    const pair = view.pairs[0]!;
    expect(pair.excluded.filter((e) => e.reason === "wording or options changed" || e.reason === "asked only in one wave")).toEqual([]);
    const rising = pair.imperatives.flatMap((t) => [t.sides.marketing, t.sides.it]).filter((c) => c.label === "rising");
    expect(rising.length).toBeGreaterThan(0);
    for (const c of rising) {
      expect(c.change!).toBeGreaterThan(0);
      expect(c.interval![0]).toBeGreaterThan(0);
      expect(c.test!.q!).toBeLessThanOrEqual(0.05);
    }
    // a falling score is possible too (questions where agreeing is the problem), but only with its own evidence
    for (const c of pair.imperatives.flatMap((t) => [t.sides.marketing, t.sides.it]).filter((x) => x.label === "falling")) {
      expect(c.interval![1]).toBeLessThan(0);
      expect(c.test!.q!).toBeLessThanOrEqual(0.05);
    }
    expect(view.series.alignment).toHaveLength(2);
  });

  it("calls nothing rising or falling when the two waves answer alike", async () => {
    const same = (side: Side, i: number) => 1 + ((i + (side === "it" ? 2 : 0)) % 5);
    const id = await twoWaves(same, same);
    const pair = (await getTrends(owner, id))!.pairs[0]!;
    const labels = [pair.alignment, ...pair.imperatives.flatMap((t) => [t.sides.marketing, t.sides.it]), ...pair.items.flatMap((i) => i.readings.flatMap((r) => [r.sides.marketing, r.sides.it, r.gap]))].map((c) => c.label);
    expect(labels.filter((l) => l === "rising" || l === "falling")).toEqual([]);
  });

  it("gives no pairs for one revealed wave, and nothing to someone else", async () => {
    const org = await createOrganization(db, { ownerId: owner.id });
    const a = await createAssessment(db, org.id, { sourceIds: ["accenture-2012"] });
    await submitWave(a.id, a.waves[0]!.id, () => 3);
    await revealResults(owner, a.id);
    const view = (await getTrends(owner, a.id))!;
    expect(view.waves).toHaveLength(1);
    expect(view.pairs).toEqual([]);
    expect(await getTrends(stranger, a.id)).toBeNull();
  });
});

describe("getResultImpacts", () => {
  it("is pending until the next wave is revealed, then reads the action's linked question from its wave to the next", async () => {
    const org = await createOrganization(db, { ownerId: owner.id });
    const a = await createAssessment(db, org.id, { sourceIds: ["accenture-2012"] });
    await submitWave(a.id, a.waves[0]!.id, () => 1);
    await revealResults(owner, a.id);
    const itemKey = AGREEMENT[0]!;
    const action = await db.planAction.create({
      data: { assessmentId: a.id, waveId: a.waves[0]!.id, title: "Joint planning", imperative: "strategic-partner", itemKeys: [itemKey], checklist: [] },
    });
    const view = { id: action.id, waveNumber: 1, itemKeys: [itemKey] };
    const unlinked = { id: "unlinked", waveNumber: 1, itemKeys: [] };
    const first = (await getResultImpacts(owner, a.id, [view, unlinked]))!;
    expect(first.get(action.id)).toEqual({ state: "pending", from: { number: 1, label: "Wave 1" }, next: null });
    expect(first.get("unlinked")).toEqual({ state: "no-items" });

    const started = await startNextWave(owner, { assessmentId: a.id, questionnaireVersionId: "v1", sourceIds: ["accenture-2012"], quorumMarketing: 1, quorumIt: 1 });
    expect((await getResultImpacts(owner, a.id, [view]))!.get(action.id)).toMatchObject({ state: "pending", next: { number: 2 } });

    await submitWave(a.id, started.waveId, () => 5);
    await revealResults(owner, a.id);
    const impact = (await getResultImpacts(owner, a.id, [view]))!.get(action.id)!;
    if (impact.state !== "measured") throw new Error(impact.state);
    expect([impact.from.number, impact.to.number]).toEqual([1, 2]);
    expect(impact.items.map((i) => i.itemKey)).toEqual([itemKey]);
    const reading = impact.items[0]!.readings[0]!;
    // everyone from "strongly disagree" to "strongly agree": both sides' shares rise, with the trends page's evidence
    for (const side of ["marketing", "it"] as Side[]) {
      expect(reading.sides[side].label).toBe("rising");
      expect(reading.sides[side].test!.q!).toBeLessThanOrEqual(0.05);
    }
    const trendsItem = (await getTrends(owner, a.id))!.pairs[0]!.items.find((i) => i.itemKey === itemKey)!;
    expect(impact.items[0]!.readings).toEqual(trendsItem.readings);
    expect(await getResultImpacts(stranger, a.id, [view])).toBeNull();

    // the report of wave 1, made now, reads as it did before wave 2 was revealed; the report of wave 2 has it all
    const report1 = (await getExecutiveReportExtras(owner, a.id, 1))!;
    expect(report1.trend!.waves.map((w) => w.number)).toEqual([1]);
    expect(report1.trend!.change).toBeNull();
    expect(report1.impacts!.get(action.id)).toEqual({ state: "pending", from: { number: 1, label: "Wave 1" }, next: null });
    const report2 = (await getExecutiveReportExtras(owner, a.id, 2))!;
    expect(report2.trend!.waves.map((w) => w.number)).toEqual([1, 2]);
    expect(report2.impacts!.get(action.id)).toEqual(impact);
    expect(report2.actions.map((x) => x.id)).toEqual([action.id]);
    expect(await getExecutiveReportExtras(stranger, a.id, 2)).toBeNull();
  });
});

describe("scoreRevealedWave", () => {
  it("scores a wave at its reveal and stores it; reads the stored score in a new process; scores again after a catalogue change", async () => {
    const org = await createOrganization(db, { ownerId: owner.id });
    const a = await createAssessment(db, org.id, { sourceIds: ["accenture-2012"] });
    await submitWave(a.id, a.waves[0]!.id, () => 4);
    await revealResults(owner, a.id);
    const w = await db.wave.findUniqueOrThrow({ where: { id: a.waves[0]!.id } });
    const stored = await db.waveScore.findUniqueOrThrow({ where: { waveId: w.id } });
    expect(stored.scoringModel).toBe(STORED_SCORE_FORMAT);
    const wave = { id: w.id, questionnaireVersionId: w.questionnaireVersionId, revealedAt: w.revealedAt!, sourceIds: ["accenture-2012"] };
    const first = await scoreRevealedWave(wave);
    expect(first.team.counts).toEqual({ marketing: 8, it: 8 });
    expect(await scoreRevealedWave(wave)).toBe(first); // kept in this process
    expect(stored.team).toStrictEqual(first.team); // JSON keeps the score exactly

    // another process (nothing kept) reads the stored score: marked here to tell it from a fresh scoring
    await db.waveScore.update({ where: { waveId: w.id }, data: { team: { ...(stored.team as object), marker: "stored" } } });
    forgetKeptScores();
    const read = await scoreRevealedWave(wave);
    expect((read.team as unknown as { marker?: string }).marker).toBe("stored");
    const { marker: _marker, ...withoutMarker } = read.team as unknown as Record<string, unknown>;
    expect(withoutMarker).toStrictEqual(first.team);

    // a catalogue change: scored again and stored with the new revision
    await db.$transaction((tx) => bumpCatalogueRevision(tx));
    const again = await scoreRevealedWave(wave);
    expect((again.team as unknown as { marker?: string }).marker).toBeUndefined();
    expect(again.team).toEqual(first.team);
    expect((await db.waveScore.findUniqueOrThrow({ where: { waveId: w.id } })).catalogueRevision).toBe(stored.catalogueRevision + 1);
  });
});
