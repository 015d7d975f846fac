import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getAssessmentForActor } from "@/lib/data/access";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { hashToken, newInviteToken } from "@/lib/tokens";
import type { TWaveStart } from "@/lib/validation/wave";

// Re-assessment waves (issue #15). A wave starts from a revealed one: the same participants (those not removed),
// each with a new invitation link; the links of earlier waves stop working at once; the earlier wave is closed and
// keeps its own settings, responses and results unchanged. The new wave has its own questionnaire version,
// benchmark sources and quorum, which also become the assessment's defaults for the wave after it.

export interface StartedWave {
  waveId: string;
  number: number;
  /** One new link per participant, shown once (only hashes are stored). */
  links: { participantId: string; name: string; email: string | null; link: string }[];
}

const linkFor = (token: string) => `${env().BRIDGE_URL}/r/${token}`;

/**
 * Starts the next wave of an assessment the actor may manage. Throws AppError "not-found" (not the actor's),
 * "conflict" (the latest wave is not revealed yet, or another start won the race), "invalid-input" (a version
 * that is not published, an unknown source). All or nothing, audit-logged ("wave.start").
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
    const participants = await tx.participant.findMany({ where: { assessmentId: assessment.id, removedAt: null }, orderBy: [{ side: "asc" }, { tier: "asc" }, { name: "asc" }] });
    const out: { participantId: string; name: string; email: string | null; token: string }[] = [];
    for (const p of participants) {
      const token = newInviteToken();
      await tx.response.create({ data: { waveId: wave.id, participantId: p.id, tokenHash: hashToken(token) } });
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
        detail: { assessmentId: assessment.id, number, previous: latest.number, participants: out.length, ...settings, sourceIds },
      },
    });
    return { waveId: wave.id, created: out };
  });
  return { waveId, number, links: created.map((p) => ({ participantId: p.participantId, name: p.name, email: p.email, link: linkFor(p.token) })) };
}
