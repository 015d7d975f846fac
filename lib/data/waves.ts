import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getAssessmentForActor } from "@/lib/data/access";
import { SIDES, TIERS, type Side, type Tier } from "@/lib/domain";
import { AppError } from "@/lib/errors/app-error";
import type { TWaveStart } from "@/lib/validation/wave";
import { createInviteResponse, inviteLinkFor } from "./invite-response";

// Re-assessment waves (issue #15). A wave starts from a revealed one: the same participants (those not removed),
// each with a new invitation link, less those the facilitator removes, each in the side and tier chosen for the new
// wave; the links of earlier waves stop working at once; the earlier wave is closed and keeps its own settings,
// responses (with the side and tier each person had then) and results unchanged. The new wave has its own questionnaire version,
// benchmark sources and quorum, which also become the assessment's defaults for the wave after it.

export interface StartedWave {
  waveId: string;
  number: number;
  /** One new link per participant, shown once (only hashes are stored). */
  links: { participantId: string; name: string; email: string | null; link: string }[];
}

/**
 * Starts the next wave of an assessment the actor may manage. Throws AppError "not-found" (not the actor's),
 * "conflict" (the latest wave is not revealed yet, or another start won the race), "invalid-input" (a version
 * that is not published, an unknown source, a participant who is not on the assessment, nobody left to invite). All or nothing, audit-logged ("wave.start").
 */
export async function startNextWave(actor: Actor, input: TWaveStart): Promise<StartedWave> {
  const assessment = await getAssessmentForActor(actor, input.assessmentId);
  if (!assessment) throw new AppError("not-found", "Assessment not found");
  const latest = assessment.waves.at(-1)!;
  if (!latest.revealedAt) throw new AppError("conflict", `Wave ${latest.number} is not revealed yet: reveal it before starting the next one`);
  const version = await db.questionnaireVersion.findFirst({ where: { id: input.questionnaireVersionId, status: "published" } });
  if (!version) throw new AppError("invalid-input", "Choose a published questionnaire version", { fieldErrors: { questionnaireVersionId: "Not a published version" } });
  const sourceIds = [...new Set(input.sourceIds)];
  if ((await db.benchmarkSource.count({ where: { id: { in: sourceIds } } })) !== sourceIds.length) {
    throw new AppError("invalid-input", "Unknown benchmark source", { fieldErrors: { sourceIds: "Unknown benchmark source" } });
  }
  const number = latest.number + 1;
  const settings = { questionnaireVersionId: version.id, quorumMarketing: input.quorumMarketing, quorumIt: input.quorumIt };
  const now = new Date();

  const { waveId, created } = await db.$transaction(async (tx) => {
    // the unique (assessmentId, number) makes a concurrent second start fail instead of making two waves
    const wave = await tx.wave
      .create({
        data: { assessmentId: assessment.id, number, label: input.label || `Wave ${number}`, status: "open", ...settings, benchmarkSources: { create: sourceIds.map((sourceId) => ({ sourceId })) } },
      })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === "P2002") throw new AppError("conflict", `Wave ${number} has just been started`);
        throw error;
      });
    await tx.wave.update({ where: { id: latest.id }, data: { status: "closed" } });
    // the earlier waves' links stop working (their answers stay)
    await tx.response.updateMany({ where: { wave: { assessmentId: assessment.id }, waveId: { not: wave.id }, tokenRevokedAt: null }, data: { tokenRevokedAt: now } });
    const current = await tx.participant.findMany({ where: { assessmentId: assessment.id, removedAt: null }, orderBy: [{ side: "asc" }, { tier: "asc" }, { name: "asc" }] });
    const changes = new Map((input.participants ?? []).map((p) => [p.id, p]));
    const unknown = [...changes.keys()].filter((id) => !current.some((p) => p.id === id));
    if (unknown.length) throw new AppError("invalid-input", "A participant is not on this assessment", { fieldErrors: { participants: "A participant is not on this assessment" } });
    const removed = current.filter((p) => changes.get(p.id)?.invite === false);
    const invited = current.filter((p) => changes.get(p.id)?.invite !== false);
    if (invited.length === 0) throw new AppError("invalid-input", "Invite at least one participant", { fieldErrors: { participants: "Invite at least one participant" } });
    // removed after the earlier wave's reveal: that wave still counts their answers (lib/data/wave-respondents.ts)
    if (removed.length) await tx.participant.updateMany({ where: { id: { in: removed.map((p) => p.id) } }, data: { removedAt: now } });
    const out: { participantId: string; name: string; email: string | null; token: string }[] = [];
    let moved = 0;
    for (const p of invited) {
      const change = changes.get(p.id);
      const side = change?.side ?? p.side;
      const tier = change?.tier ?? p.tier;
      if (side !== p.side || tier !== p.tier) {
        moved++;
        await tx.participant.update({ where: { id: p.id }, data: { side, tier } });
      }
      const token = await createInviteResponse(tx, { waveId: wave.id, participantId: p.id, side, tier });
      out.push({ participantId: p.id, name: p.name, email: p.email, token });
    }
    await tx.assessment.update({
      where: { id: assessment.id },
      data: { ...settings, benchmarkSources: { deleteMany: {}, create: sourceIds.map((sourceId) => ({ sourceId })) } },
    });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "wave.start",
        targetType: "wave",
        targetId: wave.id,
        detail: { assessmentId: assessment.id, number, previous: latest.number, participants: out.length, removed: removed.length, moved, ...settings, sourceIds },
      },
    });
    return { waveId: wave.id, created: out };
  });
  return { waveId, number, links: created.map((p) => ({ participantId: p.participantId, name: p.name, email: p.email, link: inviteLinkFor(p.token) })) };
}

/** What the next-wave form needs: the assessment and its current participants (null when not the actor's). */
export async function getNextWaveForm(actor: Actor, assessmentId: string) {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  if (!assessment) return null;
  const rows = await db.participant.findMany({
    where: { assessmentId: assessment.id, removedAt: null },
    orderBy: [{ side: "asc" }, { tier: "asc" }, { name: "asc" }],
    select: { id: true, name: true, side: true, tier: true },
  });
  const participants = rows.filter((p) => SIDES.includes(p.side as Side) && TIERS.includes(p.tier as Tier)).map((p) => ({ ...p, side: p.side as Side, tier: p.tier as Tier }));
  return { assessment, participants };
}
