import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getAssessmentForActor } from "@/lib/data/access";
import { pickWave } from "@/lib/data/wave-quorum";
import { db } from "@/lib/db/client";
import { SIDES, TIERS, type Side, type Tier } from "@/lib/domain";
import { applyAnonymity, type AnonymityRespondent, type GroupStatus } from "@/lib/scoring/anonymity";
import type { SidePair } from "@/lib/scoring/types";

export interface RevealPreview {
  groups: GroupStatus[];
  /** Respondents whose answers would count per side if the wave were revealed now. */
  counted: SidePair<number>;
  /** A side whose figures would be one named leader's answers: their name. */
  soleRespondent: SidePair<string | null>;
}

/**
 * Before the reveal: who would count if the wave were revealed now, by the anonymity rule applied to the submitted
 * responses' side, tier and consent (no answer is read). Lets the sealed page warn that, say, a side's only leader
 * chose not to be named, before an irreversible reveal. Null when the actor may not see the assessment, or the
 * wave does not exist or is already revealed.
 */
export async function getRevealPreview(actor: Actor, assessmentId: string, waveNumber?: number): Promise<RevealPreview | null> {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  const wave = assessment ? pickWave(assessment, waveNumber) : undefined;
  if (!wave || wave.revealedAt) return null;
  const rows = await db.response.findMany({
    where: { waveId: wave.id, status: "submitted", participant: { removedAt: null } },
    select: { id: true, consentShowName: true, participant: { select: { name: true, side: true, tier: true } } },
  });
  const respondents: AnonymityRespondent[] = [];
  for (const r of rows) {
    const side = r.participant.side as Side;
    const tier = r.participant.tier as Tier;
    if (!SIDES.includes(side) || !TIERS.includes(tier)) continue;
    respondents.push({ id: r.id, side, tier, consentShowName: tier === "leader" && r.consentShowName, name: r.participant.name, answers: {} });
  }
  const a = applyAnonymity(respondents);
  return { groups: a.groups, counted: a.visibleCounts, soleRespondent: a.soleRespondent };
}
