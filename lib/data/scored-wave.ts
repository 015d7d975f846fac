import "@/lib/server-only-guard";
import { loadAssessmentCatalogueAt } from "@/lib/catalogue/load";
import type { AssessmentCatalogue } from "@/lib/catalogue/types";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { comparedQuestionnaire } from "@/lib/results/items";
import { scoreTeam } from "@/lib/scoring";
import { applyAnonymity } from "@/lib/scoring/anonymity";
import type { TeamResult } from "@/lib/scoring/types";
import { SCORING_MODEL_VERSION } from "@/lib/scoring/version";
import { loadRespondents } from "./wave-respondents";

// A revealed wave scored as its results count it (its own version and sources, the anonymity rule), for the trends,
// the result impact and the report (decision 43). A revealed wave is a snapshot (only answers submitted by the
// reveal count, a participant removed later still counts, submitted answers never change), so its score changes
// only with the catalogue or the scoring model. It is computed once (at the reveal, or at the first view of a wave
// revealed before scores were kept), stored in WaveScore with the catalogue revision and scoring model it is valid
// for (every instance reads it from there), and kept in this process under the catalogue revision. Measured (npm run bench:trends): scoring and reading one wave of 500
// takes ~200 ms; reading a stored score, a few ms.

export interface ScoredWave {
  questionnaire: QuestionnaireDef;
  team: TeamResult;
}

export interface RevealedWaveRef {
  id: string;
  questionnaireVersionId: string;
  revealedAt: Date;
  sourceIds: readonly string[];
}

/**
 * What a stored score is valid for besides the catalogue revision: the scoring model and the shape of `TeamResult`.
 * Bump the part after the slash whenever scoreTeam's output changes without a new scoring model (a fix, a new
 * field): every stored score is then computed again at its next view.
 */
export const STORED_SCORE_FORMAT = `${SCORING_MODEL_VERSION}/1`;

/** Scores kept in this process (about 0.3 MB each for 500 respondents), least recently used dropped beyond this many. */
const MAX_KEPT = 100;
const kept = new Map<string, Promise<ScoredWave>>();

export async function scoreRevealedWave(wave: RevealedWaveRef): Promise<ScoredWave> {
  const { catalogue, revision } = await loadAssessmentCatalogueAt(wave.questionnaireVersionId, wave.sourceIds);
  if (!catalogue) throw new Error(`questionnaire ${wave.questionnaireVersionId} is not available`);
  // the catalogue revision in the key: a changed library or version is never read with an older score
  const key = `${revision}|${wave.id}|${wave.revealedAt.getTime()}|${[...wave.sourceIds].sort().join(",")}`;
  const hit = kept.get(key);
  if (hit) {
    // most recently used last
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const scoring = storedOrScored(wave, catalogue, revision);
  kept.set(key, scoring);
  // a failed read is not kept
  scoring.catch(() => kept.delete(key));
  while (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  return scoring;
}

async function storedOrScored(wave: RevealedWaveRef, catalogue: AssessmentCatalogue, revision: number): Promise<ScoredWave> {
  const questionnaire = comparedQuestionnaire(catalogue.questionnaire);
  const stored = await db.waveScore.findUnique({ where: { waveId: wave.id } });
  if (stored && stored.catalogueRevision === revision && stored.scoringModel === STORED_SCORE_FORMAT) {
    return { questionnaire, team: stored.team as unknown as TeamResult };
  }
  const { respondents } = await loadRespondents(wave.id, wave.questionnaireVersionId, wave.revealedAt);
  const team = scoreTeam(questionnaire, applyAnonymity(respondents).visible, catalogue.figures);
  const row = { catalogueRevision: revision, scoringModel: STORED_SCORE_FORMAT, team: team as unknown as Prisma.InputJsonValue };
  // a store that fails (a concurrent one won, the wave was deleted) only costs the next process a scoring
  await db.waveScore.upsert({ where: { waveId: wave.id }, create: { waveId: wave.id, ...row }, update: row }).catch(() => undefined);
  return { questionnaire, team };
}

/** Tests only: forget the scores kept in this process (the stored ones stay). */
export function forgetKeptScores(): void {
  kept.clear();
}
