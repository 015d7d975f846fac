// Starting the next wave against a real database: only after the reveal, its own settings, new links for the
// participants still on the assessment, the earlier links stopped, the earlier wave's results unchanged, one wave
// when two starts race, and nothing for another facilitator.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Side, Tier } from "@/lib/domain";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import type { RevealedTeamResults } from "@/lib/results/types";
import { completeAnswers } from "@/lib/test/answers";
import { facilitatorActor } from "@/lib/test/actor";
import { testDb } from "@/lib/test/db";
import { createSubmittedRespondent } from "@/lib/test/submitted";
import { createAssessment, createOrganization } from "@/prisma/factories";
import { seedReferenceData } from "@/prisma/seed-reference";
import { loadRespondent } from "./respondent";
import { revealResults } from "./reveal-results";
import { getTeamResults } from "./team-results";
import { startNextWave } from "./waves";

const db = testDb();
let owner: Actor;
let stranger: Actor;

const user = (name: string) => facilitatorActor(db, name);

/** An assessment on v1 with the Accenture 2012 source, three leaders a side submitted in wave 1. */
async function setup() {
  const org = await createOrganization(db, { ownerId: owner.id });
  const a = await createAssessment(db, org.id, { sourceIds: ["accenture-2012"] });
  const waveId = a.waves[0]!.id;
  const tokens: string[] = [];
  let seed = 0;
  for (const side of ["marketing", "it"] as Side[]) {
    for (let i = 0; i < 3; i++) {
      const { token } = await createSubmittedRespondent(db, {
        assessmentId: a.id,
        waveId,
        side,
        tier: "leader" as Tier,
        consentShowName: true,
        name: `${side} ${i}`,
        answers: completeAnswers(QUESTIONNAIRE_V1, side, ++seed),
      });
      tokens.push(token);
    }
  }
  return { assessmentId: a.id, waveId, tokens };
}

const settings = (assessmentId: string) => ({ assessmentId, questionnaireVersionId: "v2", sourceIds: ["accenture-2012"], quorumMarketing: 2, quorumIt: 3 });

beforeAll(async () => {
  await seedReferenceData(db);
  owner = await user("Owner");
  stranger = await user("Stranger");
});

describe("startNextWave", () => {
  it("refuses before the latest wave is revealed, and for someone else's assessment", async () => {
    const { assessmentId } = await setup();
    await expect(startNextWave(owner, settings(assessmentId))).rejects.toMatchObject({ code: "conflict" });
    await revealResults(owner, assessmentId);
    await expect(startNextWave(stranger, settings(assessmentId))).rejects.toMatchObject({ code: "not-found" });
    await expect(startNextWave(owner, { ...settings(assessmentId), questionnaireVersionId: "v99" })).rejects.toMatchObject({ code: "invalid-input" });
    await expect(startNextWave(owner, { ...settings(assessmentId), sourceIds: ["no-such-source"] })).rejects.toMatchObject({ code: "invalid-input" });
    expect(await db.wave.count({ where: { assessmentId } })).toBe(1);
  });

  it("starts wave 2 with its own settings and new links; wave 1's links stop and its results stay as they were", async () => {
    const { assessmentId, waveId, tokens } = await setup();
    await revealResults(owner, assessmentId);
    const before = (await getTeamResults(owner, assessmentId, { waveNumber: 1 })) as RevealedTeamResults;
    // one participant left the assessment before the next wave: no link for them
    const leaving = await db.response.findFirstOrThrow({ where: { waveId }, include: { participant: true }, orderBy: { createdAt: "desc" } });
    await db.participant.update({ where: { id: leaving.participantId }, data: { removedAt: new Date() } });

    const started = await startNextWave(owner, { ...settings(assessmentId), label: "Spring 2027" });
    expect(started.number).toBe(2);
    expect(started.links).toHaveLength(5);
    expect(started.links.map((l) => l.participantId)).not.toContain(leaving.participantId);
    const wave2 = await db.wave.findUniqueOrThrow({ where: { id: started.waveId }, include: { benchmarkSources: true } });
    expect(wave2).toMatchObject({ number: 2, label: "Spring 2027", status: "open", questionnaireVersionId: "v2", quorumMarketing: 2, quorumIt: 3, revealedAt: null });
    expect(wave2.benchmarkSources.map((s) => s.sourceId)).toEqual(["accenture-2012"]);
    expect(await db.wave.findUniqueOrThrow({ where: { id: waveId } })).toMatchObject({ status: "closed", questionnaireVersionId: "v1", quorumMarketing: 1 });
    // the assessment's defaults for the wave after this one
    expect(await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).toMatchObject({ questionnaireVersionId: "v2", quorumMarketing: 2, quorumIt: 3 });

    // old links: withdrawn; new links: wave 2's questionnaire (v2), nothing answered yet
    // an earlier wave's link reads "closed"; the removed participant's is no longer known
    const problems = await Promise.all(tokens.map(async (t) => (await loadRespondent(t)).problem));
    expect(problems.filter((p) => p === "closed")).toHaveLength(5);
    expect(problems.filter((p) => p === "unknown")).toHaveLength(1);
    const fresh = await loadRespondent(started.links[0]!.link.split("/r/")[1]!);
    expect(fresh.problem).toBeNull();
    expect(fresh.context!.questionnaire.version).toBe("v2");
    expect(fresh.context!.status).toBe("invited");

    // wave 1 reads as before (v1, its figures), wave 2 is sealed with its own quorum
    const after = (await getTeamResults(owner, assessmentId, { waveNumber: 1 })) as RevealedTeamResults;
    expect(after.assessment.questionnaireVersion).toBe("v1");
    expect(after.team).toEqual(before.team);
    expect(after.recommendations).toEqual(before.recommendations);
    expect(await getTeamResults(owner, assessmentId)).toMatchObject({ sealed: true, wave: { number: 2 }, quorum: { marketing: { required: 2 }, it: { required: 3 } } });

    const log = await db.auditLog.findFirstOrThrow({ where: { action: "wave.start", targetId: started.waveId } });
    expect(log.actorId).toBe(owner.id);
    expect(log.detail).toMatchObject({ number: 2, previous: 1, participants: 5, questionnaireVersionId: "v2" });
  });

  it("removes and moves participants for the new wave; wave 1 keeps each person's side and tier of the time", async () => {
    const { assessmentId, waveId } = await setup();
    await revealResults(owner, assessmentId);
    const before = (await getTeamResults(owner, assessmentId, { waveNumber: 1 })) as RevealedTeamResults;
    const people = await db.participant.findMany({ where: { assessmentId }, orderBy: { name: "asc" } });
    const [leaving, moving] = [people.find((p) => p.name === "it 0")!, people.find((p) => p.name === "marketing 1")!];
    // someone who is not on this assessment: refused, nothing written
    const other = await setup();
    const foreign = await db.participant.findFirstOrThrow({ where: { assessmentId: other.assessmentId } });
    await expect(
      startNextWave(owner, { ...settings(assessmentId), participants: [{ id: foreign.id, invite: false, side: "it", tier: "leader" }] }),
    ).rejects.toMatchObject({ code: "invalid-input" });
    expect(await db.wave.count({ where: { assessmentId } })).toBe(1);
    expect(await db.participant.count({ where: { assessmentId: other.assessmentId, removedAt: null } })).toBe(6);
    // nobody left to invite: refused
    await expect(
      startNextWave(owner, { ...settings(assessmentId), participants: people.map((p) => ({ id: p.id, invite: false, side: p.side as Side, tier: p.tier as Tier })) }),
    ).rejects.toMatchObject({ code: "invalid-input" });
    expect(await db.participant.count({ where: { assessmentId, removedAt: null } })).toBe(6);

    const started = await startNextWave(owner, {
      ...settings(assessmentId),
      participants: [
        { id: leaving.id, invite: false, side: "it", tier: "leader" },
        { id: moving.id, invite: true, side: "it", tier: "team" },
      ],
    });
    expect(started.links.map((l) => l.participantId).sort()).toEqual(people.filter((p) => p.id !== leaving.id).map((p) => p.id).sort());
    expect((await db.participant.findUniqueOrThrow({ where: { id: leaving.id } })).removedAt).not.toBeNull();
    expect(await db.participant.findUniqueOrThrow({ where: { id: moving.id } })).toMatchObject({ side: "it", tier: "team" });
    // the new wave's invitation carries the new side and tier; wave 1's response keeps the old ones
    expect(await db.response.findFirstOrThrow({ where: { waveId: started.waveId, participantId: moving.id } })).toMatchObject({ side: "it", tier: "team" });
    expect(await db.response.findFirstOrThrow({ where: { waveId, participantId: moving.id } })).toMatchObject({ side: "marketing", tier: "leader" });
    // the moved participant answers wave 2 as IT
    const fresh = await loadRespondent(started.links.find((l) => l.participantId === moving.id)!.link.split("/r/")[1]!);
    expect(fresh.context).toMatchObject({ side: "it", tier: "team" });
    // wave 1 reads exactly as before: the removed participant still counts, the moved one on their old side
    const after = (await getTeamResults(owner, assessmentId, { waveNumber: 1 })) as RevealedTeamResults;
    expect(after.team).toEqual(before.team);
    expect(after.team.counts).toEqual({ marketing: 3, it: 3 });
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "wave.start", targetId: started.waveId } });
    expect(log.detail).toMatchObject({ participants: 5, removed: 1, moved: 1 });
  });

  it("makes one wave when two starts race", async () => {
    const { assessmentId } = await setup();
    await revealResults(owner, assessmentId);
    const results = await Promise.allSettled([startNextWave(owner, settings(assessmentId)), startNextWave(owner, settings(assessmentId))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: "conflict" });
    expect(await db.wave.count({ where: { assessmentId } })).toBe(2);
    expect(await db.response.count({ where: { wave: { assessmentId, number: 2 } } })).toBe(6);
  });
});
