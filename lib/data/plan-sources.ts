import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadQuestionnaire } from "@/lib/catalogue/load";
import { getAssessmentForActor } from "@/lib/data/access";
import { getTeamResults } from "@/lib/data/team-results";
import { db } from "@/lib/db/client";
import { comparedQuestionnaire, itemInfo } from "@/lib/results/items";
import type { RevealedTeamResults } from "@/lib/results/types";
import { itemWording, planSources, prefillFrom, type OutcomeRecord, type PlanPrefill } from "@/lib/plan/origin";
import type { TPlanOrigin } from "@/lib/validation/plan-action";

// What "Add to plan" starts from: the latest revealed wave's recommendations, credible gaps and workshop outcomes
// (the facilitator's own results, through getTeamResults), and what the action form offers (participants as
// owners, the questionnaire's questions as linked items).

async function outcomesOf(waveId: string): Promise<OutcomeRecord[]> {
  return db.workshopOutcome.findMany({ where: { waveId }, orderBy: { updatedAt: "asc" }, select: { itemKey: true, outcome: true, position: true, notes: true } });
}

/** The revealed results of the given wave (default: the latest revealed one), or null. */
async function revealedFor(actor: Actor, assessmentId: string, waveNumber?: number): Promise<RevealedTeamResults | null> {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  if (!assessment) return null;
  const number = waveNumber ?? assessment.waves.filter((w) => w.revealedAt).at(-1)?.number;
  if (number === undefined) return null;
  const results = await getTeamResults(actor, assessmentId, { waveNumber: number });
  return results && !results.sealed ? results : null;
}

/** The sources the plan page offers for the latest revealed wave; null when no wave is revealed (or not the actor's). */
export async function getPlanSources(actor: Actor, assessmentId: string) {
  const results = await revealedFor(actor, assessmentId);
  if (!results) return null;
  return { waveNumber: results.wave.number, waveLabel: results.wave.label, sources: planSources(results, await outcomesOf(results.wave.id)) };
}

export interface PlanFormContext {
  assessment: { id: string; title: string; organizationId: string; organizationName: string };
  participants: { id: string; name: string; side: string; tier: string }[];
  items: { key: string; wording: string }[];
  prefill: (PlanPrefill & { waveNumber: number }) | null;
}

/** Everything the create and edit forms need; the prefill of `from` when given and found. Null when not the actor's. */
export async function getPlanFormContext(actor: Actor, assessmentId: string, from?: TPlanOrigin | null, waveNumber?: number): Promise<PlanFormContext | null> {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  if (!assessment) return null;
  const [participants, questionnaire] = await Promise.all([
    db.participant.findMany({ where: { assessmentId: assessment.id, removedAt: null }, orderBy: [{ side: "asc" }, { tier: "asc" }, { name: "asc" }], select: { id: true, name: true, side: true, tier: true } }),
    // the questions of the wave the action is for (default: the latest), each wave having its own version
    loadQuestionnaire(((waveNumber !== undefined ? assessment.waves.find((w) => w.number === waveNumber) : undefined) ?? assessment.waves.at(-1)!).questionnaireVersionId),
  ]);
  let prefill: PlanFormContext["prefill"] = null;
  if (from) {
    const results = await revealedFor(actor, assessmentId, waveNumber);
    const found = results && prefillFrom(from, results, await outcomesOf(results.wave.id));
    if (results && found) prefill = { ...found, waveNumber: results.wave.number };
  }
  return {
    assessment: { id: assessment.id, title: assessment.title, organizationId: assessment.organizationId, organizationName: assessment.organization.name },
    participants,
    items: questionnaire ? comparedQuestionnaire(questionnaire).items.map((i) => ({ key: i.key, wording: itemWording(itemInfo(i)) })) : [],
    prefill,
  };
}
