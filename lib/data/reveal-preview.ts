import "@/lib/server-only-guard";
import { db } from "@/lib/db/client";
import { SIDES, TIERS, type Side, type Tier } from "@/lib/domain";
import type { RevealPreview } from "@/lib/results/types";
import { applyAnonymity, type AnonymityRespondent } from "@/lib/scoring/anonymity";

/**
 * Before the reveal: who would count if the wave were revealed now, by the anonymity rule applied to the submitted
 * responses' side, tier and consent (no answer is read). Lets the sealed page warn that, say, a side's only leader
 * chose not to be named, before an irreversible reveal. Not scoped to anyone: called by lib/data/revealed-view.ts
 * for a wave its caller has already authorized. A plain guard (not "server-only"): revealed-view.ts is also
 * imported by a Pages Router page.
 */
export async function revealPreviewOf(waveId: string): Promise<RevealPreview> {
  const rows = await db.response.findMany({
    where: { waveId, status: "submitted", participant: { removedAt: null } },
    select: { id: true, consentShowName: true, side: true, tier: true, participant: { select: { name: true } } },
  });
  const respondents: AnonymityRespondent[] = [];
  for (const r of rows) {
    const side = r.side as Side;
    const tier = r.tier as Tier;
    if (!SIDES.includes(side) || !TIERS.includes(tier)) continue;
    respondents.push({ id: r.id, side, tier, consentShowName: tier === "leader" && r.consentShowName, name: r.participant.name, answers: {} });
  }
  const a = applyAnonymity(respondents);
  return { groups: a.groups, counted: a.visibleCounts, soleRespondent: a.soleRespondent };
}
