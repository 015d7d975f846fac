// What a participant sees after their own results once the facilitator shared them: the team summary (the same
// anonymized results as the facilitator's page, lib/data/revealed-view.ts, summarized by the one summary builder)
// and the actions the facilitator marked visible. Serializable: rendered by a Pages Router page.
import "@/lib/server-only-guard";
import { sharedForResponse } from "@/lib/data/shared-plan";
import type { SharedView } from "@/lib/plan/types";

/** Null when nothing is shared with this respondent's wave (or the response is not submitted). */
export async function sharedViewFor(responseId: string): Promise<SharedView | null> {
  const shared = await sharedForResponse(responseId);
  if (!shared || !shared.plan) return null;
  return { waveLabel: shared.wave.label, plan: shared.plan };
}
