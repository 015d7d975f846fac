import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getAssessmentForActor } from "@/lib/data/access";
import { scoreRevealedWave } from "./scored-wave";
import { aggregateWave } from "@/lib/data/panel-aggregate";
import { pickWave, submittedCounts } from "@/lib/data/wave-quorum";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { quorumOf } from "@/lib/results/quorum";
import type { QuorumSide } from "@/lib/results/types";
import { SCORING_MODEL_VERSION } from "@/lib/scoring/version";

// The reveal, one service: snapshot the wave (revealedAt, scoring model, audit row) and then summarize it for the
// cross-organization panel.

/**
 * Reveals a wave's results (default: the latest wave) once both sides reached their quorum, and records it (AuditLog
 * "results.reveal"). Idempotent: revealing twice keeps the first time and writes one audit row.
 * Throws AppError("not-found") for a missing or forbidden assessment, ("quorum-not-met") before quorum.
 */
export async function revealResults(
  actor: Actor,
  assessmentId: string,
  opts: { waveNumber?: number } = {},
): Promise<{ revealedAt: string; waveNumber: number }> {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  const wave = assessment ? pickWave(assessment, opts.waveNumber) : undefined;
  if (!assessment || !wave) throw new AppError("not-found", "Assessment not found");
  if (wave.revealedAt) return { revealedAt: wave.revealedAt.toISOString(), waveNumber: wave.number };
  const quorum = quorumOf(wave, await submittedCounts(wave.id));
  if (!quorum.met) {
    const s = (side: QuorumSide) => `${side.submitted} of ${side.required}`;
    throw new AppError(
      "quorum-not-met",
      `Results can be revealed once both sides reach their quorum. Submitted so far: marketing ${s(quorum.marketing)}, IT ${s(quorum.it)}.`,
    );
  }
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.wave.updateMany({ where: { id: wave.id, revealedAt: null }, data: { revealedAt: now, revealedById: actor.id, scoringModel: SCORING_MODEL_VERSION } });
    if (count === 0) {
      const current = await tx.wave.findUniqueOrThrow({ where: { id: wave.id }, select: { revealedAt: true } });
      return { revealedAt: (current.revealedAt ?? now).toISOString(), waveNumber: wave.number };
    }
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "results.reveal",
        targetType: "wave",
        targetId: wave.id,
        detail: { assessmentId: assessment.id, waveNumber: wave.number, submitted: { marketing: quorum.marketing.submitted, it: quorum.it.submitted } },
      },
    });
    return { revealedAt: now.toISOString(), waveNumber: wave.number };
  });
  // Summarize the wave for the cross-organization panel now; if this fails, the next comparison view catches up
  // (waves with panelAggregatedAt null), so a reveal never fails for the panel's sake.
  await aggregateWave(wave.id).catch((error: unknown) => console.error(`panel summary of wave ${wave.id} deferred:`, error));
  // Score it for the trends and the report now (stored, lib/data/scored-wave.ts); if this fails, the first trend
  // view scores it instead.
  await scoreRevealedWave({ id: wave.id, questionnaireVersionId: wave.questionnaireVersionId, revealedAt: new Date(result.revealedAt), sourceIds: wave.benchmarkSources.map((s) => s.sourceId) }).catch(
    (error: unknown) => console.error(`score of wave ${wave.id} deferred:`, error),
  );
  return result;
}
