import "@/lib/server-only-guard";
import { loadAssessmentCatalogue } from "@/lib/catalogue/load";
import { submittedCounts } from "@/lib/data/wave-quorum";
import { loadRespondents } from "@/lib/data/wave-respondents";
import { revealPreviewOf } from "@/lib/data/reveal-preview";
import { db } from "@/lib/db/client";
import { quorumOf } from "@/lib/results/quorum";
import { buildRevealedResults } from "@/lib/results/revealed";
import type { QuorumStatus, ResultsHeader, RevealedTeamResults, TeamResultsView } from "@/lib/results/types";
import { applyAnonymity } from "@/lib/scoring/anonymity";

// The one computation of a wave's team results, for the facilitator's page and exports (lib/data/team-results.ts,
// after authorizing the actor) and for the participants' shared summary (lib/data/plan-sharing.ts, after
// resolving the invite cookie): anonymity applied before anything is scored (lib/scoring/anonymity.ts). Not
// scoped to anyone: callers authorize first. A plain guard instead of "server-only" because the participants'
// page is a Pages Router page (lib/server-only-guard.ts).

/** What an assessment's results are read with (the include of getAssessmentForActor, lib/data/access.ts). */
export const RESULTS_ASSESSMENT_INCLUDE = { organization: true, waves: { orderBy: { number: "asc" }, include: { benchmarkSources: true } }, benchmarkSources: true } as const;

type ResultsAssessment = NonNullable<Awaited<ReturnType<typeof findAssessment>>>;
type ResultsWave = ResultsAssessment["waves"][number];

function findAssessment(assessmentId: string) {
  return db.assessment.findUnique({ where: { id: assessmentId }, include: RESULTS_ASSESSMENT_INCLUDE });
}

function header(assessment: ResultsAssessment, wave: ResultsWave, quorum: QuorumStatus): ResultsHeader {
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      organizationName: assessment.organization.name,
      questionnaireVersion: wave.questionnaireVersionId,
    },
    wave: { id: wave.id, number: wave.number, label: wave.label ?? `Wave ${wave.number}`, status: wave.status, revealedAt: wave.revealedAt?.toISOString() ?? null },
    waves: assessment.waves.map((w) => ({ number: w.number, label: w.label ?? `Wave ${w.number}`, revealed: w.revealedAt !== null })),
    quorum,
  };
}

/** A wave's results view: sealed (quorum only, no answers read) until revealed, else the revealed results. */
export async function resultsViewOf(assessment: ResultsAssessment, wave: ResultsWave): Promise<TeamResultsView> {
  if (!wave.revealedAt) {
    const [counts, preview] = await Promise.all([submittedCounts(wave.id), revealPreviewOf(wave.id)]);
    return { ...header(assessment, wave, quorumOf(wave, counts)), sealed: true, preview };
  }
  const revealedAt = wave.revealedAt;
  // the wave's own questionnaire version and sources: an earlier wave reads the same whatever later waves use
  const sourceIds = wave.benchmarkSources.map((s) => s.sourceId);
  const catalogue = await loadAssessmentCatalogue(wave.questionnaireVersionId, sourceIds);
  if (!catalogue) throw new Error(`questionnaire ${wave.questionnaireVersionId} is not available`);
  const { respondents, late } = await loadRespondents(wave.id, wave.questionnaireVersionId, revealedAt);
  const counts = { marketing: 0, it: 0 };
  for (const r of respondents) counts[r.side]++;
  const anonymity = applyAnonymity(respondents);
  const body = buildRevealedResults(catalogue, anonymity, { lateSubmissions: late, scoringModel: wave.scoringModel ?? null });
  return { ...header(assessment, wave, quorumOf(wave, counts)), sealed: false, revealedAt: revealedAt.toISOString(), ...body };
}

/**
 * The revealed results of one wave, by id, for a caller that has already established the right to see them (a
 * participant of this wave whose facilitator shared the summary). Null when the wave is not revealed.
 */
export async function revealedResultsOfWave(assessmentId: string, waveId: string): Promise<RevealedTeamResults | null> {
  const assessment = await findAssessment(assessmentId);
  const wave = assessment?.waves.find((w) => w.id === waveId);
  if (!assessment || !wave?.revealedAt) return null;
  const view = await resultsViewOf(assessment, wave);
  return view.sealed ? null : view;
}
