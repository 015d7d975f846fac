import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { reportTrendOf } from "@/lib/report/trend-input";
import type { ExecutiveReportInput } from "@/lib/report/types";
import { listPlanActions } from "./action-plan";
import { getResultImpacts } from "./plan-impact";
import { getTrends } from "./trends";

// What the executive report of one revealed wave adds to its results: the trend up to that wave (computed as the
// trends page computes it, over the revealed waves up to this one only, so the report reads the same later), the plan up to that wave (its own actions and those carried from earlier waves, with their
// status) and each action's result impact. The waves are scored once for both. Scoped to the actor; null when the
// assessment is not theirs.

export async function getExecutiveReportExtras(
  actor: Actor,
  assessmentId: string,
  waveNumber: number,
): Promise<Pick<ExecutiveReportInput, "trend" | "actions" | "impacts"> | null> {
  // as known at this wave: a report of an earlier wave reads the same after later waves are revealed
  const [trends, plan] = await Promise.all([getTrends(actor, assessmentId, { throughWave: waveNumber }), listPlanActions(actor, assessmentId)]);
  if (!trends || !plan) return null;
  const actions = plan.actions.filter((a) => a.waveNumber <= waveNumber);
  const impacts = await getResultImpacts(actor, assessmentId, actions, { trends, throughWave: waveNumber });
  return { trend: reportTrendOf(trends, waveNumber), actions, impacts: impacts ?? new Map() };
}
