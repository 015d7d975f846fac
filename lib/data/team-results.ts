import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getAssessmentForActor } from "@/lib/data/access";
import { resultsViewOf } from "@/lib/data/revealed-view";
import { pickWave } from "@/lib/data/wave-quorum";
import { db } from "@/lib/db/client";
import type { RevealedTeamResults, TeamResultsView } from "@/lib/results/types";

// The facilitator's team results: authorization through getAssessmentForActor (missing and forbidden both give
// null), then the one computation of lib/data/revealed-view.ts (sealed until the wave is revealed, anonymity
// applied before anything is scored).

/**
 * Team results of one wave (default: the latest) for a facilitator or admin. Null when the assessment or wave
 * does not exist or the actor may not see it. Sealed (quorum only, no answers read) until the wave is revealed.
 */
export async function getTeamResults(actor: Actor, assessmentId: string, opts: { waveNumber?: number } = {}): Promise<TeamResultsView | null> {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  if (!assessment) return null;
  const wave = pickWave(assessment, opts.waveNumber);
  if (!wave) return null;
  return resultsViewOf(assessment, wave);
}

/** Records a download of revealed results (AuditLog "export.csv" / "export.xlsx"). */
export async function recordExport(actor: Actor, results: RevealedTeamResults, format: "csv" | "xlsx" | "pdf") {
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
