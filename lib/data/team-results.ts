import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadAssessmentCatalogue } from "@/lib/catalogue/load";
import { getAssessmentForActor } from "@/lib/data/access";
import { pickWave, submittedCounts, type ActorAssessment } from "@/lib/data/wave-quorum";
import { loadRespondents } from "@/lib/data/wave-respondents";
import { db } from "@/lib/db/client";
import { quorumOf } from "@/lib/results/quorum";
import { buildRevealedResults } from "@/lib/results/revealed";
import type { QuorumStatus, ResultsHeader, RevealedTeamResults, TeamResultsView } from "@/lib/results/types";
import { applyAnonymity } from "@/lib/scoring/anonymity";

// The facilitator's team results: authorization through getAssessmentForActor (missing and forbidden both give
// null), sealed until the wave is revealed, anonymity applied before anything is scored (lib/scoring/anonymity.ts).

function header(assessment: ActorAssessment, wave: ActorAssessment["waves"][number], quorum: QuorumStatus): ResultsHeader {
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      organizationName: assessment.organization.name,
      questionnaireVersion: assessment.questionnaireVersionId,
    },
    wave: { id: wave.id, number: wave.number, label: wave.label ?? `Wave ${wave.number}`, status: wave.status, revealedAt: wave.revealedAt?.toISOString() ?? null },
    waves: assessment.waves.map((w) => ({ number: w.number, label: w.label ?? `Wave ${w.number}`, revealed: w.revealedAt !== null })),
    quorum,
  };
}

/**
 * Team results of one wave (default: the latest) for a facilitator or admin. Null when the assessment or wave
 * does not exist or the actor may not see it. Sealed (quorum only, no answers read) until the wave is revealed.
 */
export async function getTeamResults(actor: Actor, assessmentId: string, opts: { waveNumber?: number } = {}): Promise<TeamResultsView | null> {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  if (!assessment) return null;
  const wave = pickWave(assessment, opts.waveNumber);
  if (!wave) return null;
  if (!wave.revealedAt) {
    return { ...header(assessment, wave, quorumOf(assessment, await submittedCounts(wave.id))), sealed: true };
  }
  const revealedAt = wave.revealedAt;
  const sourceIds = assessment.benchmarkSources.map((s) => s.sourceId);
  const catalogue = await loadAssessmentCatalogue(assessment.questionnaireVersionId, sourceIds);
  if (!catalogue) throw new Error(`questionnaire ${assessment.questionnaireVersionId} is not available`);
  const { respondents, late } = await loadRespondents(wave.id, assessment.questionnaireVersionId, revealedAt);
  const counts = { marketing: 0, it: 0 };
  for (const r of respondents) counts[r.side]++;
  const anonymity = applyAnonymity(respondents);
  const body = buildRevealedResults(catalogue, anonymity, { lateSubmissions: late, scoringModel: wave.scoringModel ?? null });
  return { ...header(assessment, wave, quorumOf(assessment, counts)), sealed: false, revealedAt: revealedAt.toISOString(), ...body };
}

/** Records a download of revealed results (AuditLog "export.csv" / "export.xlsx"). */
export async function recordExport(actor: Actor, results: RevealedTeamResults, format: "csv" | "xlsx") {
  await db.auditLog.create({
    data: {
      actorId: actor.id,
      action: `export.${format}`,
      targetType: "assessment",
      targetId: results.assessment.id,
      detail: { waveNumber: results.wave.number },
    },
  });
}
