import "@/lib/server-only-guard";
import { loadAssessmentCatalogue } from "@/lib/catalogue/load";
import type { AssessmentCatalogue } from "@/lib/catalogue/types";
import { comparedQuestionnaire } from "@/lib/results/items";
import { scoreTeam } from "@/lib/scoring";
import { applyAnonymity } from "@/lib/scoring/anonymity";
import type { TeamResult } from "@/lib/scoring/types";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { loadRespondents } from "./wave-respondents";

// A revealed wave scored as its results count it (its own version and sources, the anonymity rule), for the trends
// and the report. A revealed wave is a snapshot (only answers submitted by the reveal count, a participant removed
// later still counts, submitted answers never change), so its score changes only with the catalogue: it is kept per
// catalogue object (a new object at every catalogue revision, lib/catalogue/load.ts) and wave, in this process.
// Measured (e2e/bench/trends.bench.ts): scoring one wave of 500 takes ~120-500 ms; a kept one, nothing.

export interface ScoredWave {
  questionnaire: QuestionnaireDef;
  team: TeamResult;
}

/** Waves kept per catalogue object, oldest dropped first beyond this many. */
const MAX_KEPT = 200;
const kept = new WeakMap<AssessmentCatalogue, Map<string, Promise<ScoredWave>>>();

export async function scoreRevealedWave(wave: { id: string; questionnaireVersionId: string; revealedAt: Date; sourceIds: readonly string[] }): Promise<ScoredWave> {
  const catalogue = await loadAssessmentCatalogue(wave.questionnaireVersionId, wave.sourceIds);
  if (!catalogue) throw new Error(`questionnaire ${wave.questionnaireVersionId} is not available`);
  let waves = kept.get(catalogue);
  if (!waves) kept.set(catalogue, (waves = new Map()));
  const key = `${wave.id}|${wave.revealedAt.getTime()}`;
  const hit = waves.get(key);
  if (hit) {
    // most recently used last
    waves.delete(key);
    waves.set(key, hit);
    return hit;
  }
  const scoring = (async () => {
    const { respondents } = await loadRespondents(wave.id, wave.questionnaireVersionId, wave.revealedAt);
    const questionnaire = comparedQuestionnaire(catalogue.questionnaire);
    return { questionnaire, team: scoreTeam(questionnaire, applyAnonymity(respondents).visible, catalogue.figures) };
  })();
  waves.set(key, scoring);
  // a failed read is not kept
  scoring.catch(() => waves.delete(key));
  while (waves.size > MAX_KEPT) waves.delete(waves.keys().next().value!);
  return scoring;
}
