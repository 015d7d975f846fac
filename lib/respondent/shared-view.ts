// What a participant sees after their own results once the facilitator shared them: the team summary (the same
// anonymized results as the facilitator's page, lib/data/revealed-view.ts, summarized by the one summary builder,
// lib/results/summary.ts) and the actions the facilitator marked visible. Serializable: rendered by a Pages
// Router page.
import "@/lib/server-only-guard";
import { revealedResultsOfWave } from "@/lib/data/revealed-view";
import { sharedForResponse } from "@/lib/data/shared-plan";
import type { SharedView } from "@/lib/plan/types";
import { buildResultsSummary } from "@/lib/results/summary";

/** Null when nothing is shared with this respondent's wave (or the response is not submitted). */
export async function sharedViewFor(responseId: string): Promise<SharedView | null> {
  const shared = await sharedForResponse(responseId);
  if (!shared || (!shared.plan && !shared.wave.summaryShared)) return null;
  const results = shared.wave.summaryShared ? await revealedResultsOfWave(shared.wave.assessmentId, shared.wave.id) : null;
  // only the summary's plain data crosses into the page (JSON: no undefined, nothing else of the results)
  const summary = results ? JSON.parse(JSON.stringify(buildResultsSummary(results))) : null;
  if (!summary && !shared.plan) return null;
  return { waveLabel: shared.wave.label, summary, plan: shared.plan };
}
