import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getAssessmentForActor } from "@/lib/data/access";
import { itemWording } from "@/lib/plan/origin";
import { resultImpact, type ImpactSource, type ResultImpact } from "@/lib/plan/result-impact";
import type { PlanActionView } from "@/lib/plan/types";
import { getTrends, type TrendsView } from "./trends";

// The result impact of each action of a plan (lib/plan/result-impact.ts), read from the assessment's trends. The
// waves are scored only when some action has a revealed wave after its own; otherwise every impact is "pending" or
// "no-items" without reading an answer. Scoped to the actor like the trends; null when not theirs.

export async function getResultImpacts(
  actor: Actor,
  assessmentId: string,
  actions: readonly Pick<PlanActionView, "id" | "waveNumber" | "itemKeys">[],
  /**
   * `trends`: the assessment's trends when the caller has them already (the report), so the waves are scored once;
   * `throughWave`: as known at that wave (a report of an earlier wave): later waves are not there yet.
   */
  opts: { trends?: TrendsView; throughWave?: number } = {},
): Promise<Map<string, ResultImpact> | null> {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  if (!assessment) return null;
  const waves = assessment.waves.filter((w) => opts.throughWave === undefined || w.number <= opts.throughWave);
  const revealed = waves.filter((w) => w.revealedAt !== null).map((w) => w.number);
  const measurable = actions.some((a) => a.itemKeys.length > 0 && revealed.includes(a.waveNumber) && revealed.some((n) => n > a.waveNumber));
  const trends = opts.trends ?? (measurable ? await getTrends(actor, assessmentId, { throughWave: opts.throughWave }) : null);
  const source: ImpactSource = {
    waves: waves.map((w) => ({ number: w.number, label: w.label ?? `Wave ${w.number}`, revealed: w.revealedAt !== null })),
    revealed,
    pairs: trends?.pairs ?? [],
    questions: new Map((trends?.items ?? []).map((i) => [i.key, itemWording(i)])),
  };
  return new Map(actions.map((a) => [a.id, resultImpact(a, source)]));
}
