import "@/lib/server-only-guard";
import type { Actor } from "@/lib/auth/actor";
import { getAssessmentForActor } from "@/lib/data/access";
import { identicalItemKeys } from "@/lib/results/identical-items";
import { itemInfo } from "@/lib/results/items";
import type { ItemInfo } from "@/lib/results/types";
import { consecutiveTrends, trendSeries, type TrendResult, type WaveSeries } from "@/lib/scoring";
import { scoreRevealedWave } from "./scored-wave";

// The trend view of an assessment (issue #15): every revealed wave scored as its results page scores it (its own
// version and sources, the same anonymity rule; kept once scored, lib/data/scored-wave.ts), then each wave against the one before it, with one false-discovery
// step over all the pairs shown (lib/scoring/trend.ts). Scoped to the actor like the results.

export interface TrendWave {
  number: number;
  label: string;
  revealedAt: string;
  questionnaireVersion: string;
  counts: { marketing: number; it: number };
}

export interface TrendsView {
  assessment: { id: string; title: string; organizationId: string; organizationName: string };
  waves: TrendWave[];
  /** Each figure per wave with its own interval (no test between waves). */
  series: WaveSeries;
  /** waves[i + 1] against waves[i]. */
  pairs: TrendResult[];
  /** The questions of the latest wave, in their words (for the item rows). */
  items: ItemInfo[];
}

/**
 * Null when the assessment is not the actor's. Fewer than two revealed waves: `pairs` is empty. `throughWave`: only
 * the revealed waves up to that number (a report of an earlier wave), the false-discovery step over their pairs only.
 */
export async function getTrends(actor: Actor, assessmentId: string, opts: { throughWave?: number } = {}): Promise<TrendsView | null> {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  if (!assessment) return null;
  const revealed = assessment.waves.filter((w) => w.revealedAt !== null && (opts.throughWave === undefined || w.number <= opts.throughWave));
  const scored = await Promise.all(
    revealed.map(async (wave) => ({
      wave,
      ...(await scoreRevealedWave({ id: wave.id, questionnaireVersionId: wave.questionnaireVersionId, revealedAt: wave.revealedAt!, sourceIds: wave.benchmarkSources.map((s) => s.sourceId) })),
    })),
  );
  const identical = scored.slice(1).map((s, i) => identicalItemKeys(scored[i]!.questionnaire, s.questionnaire));
  return {
    assessment: { id: assessment.id, title: assessment.title, organizationId: assessment.organizationId, organizationName: assessment.organization.name },
    waves: scored.map(({ wave, team }) => ({
      number: wave.number,
      label: wave.label ?? `Wave ${wave.number}`,
      revealedAt: wave.revealedAt!.toISOString(),
      questionnaireVersion: wave.questionnaireVersionId,
      counts: team.counts,
    })),
    series: trendSeries(scored.map((s) => s.team)),
    pairs: scored.length >= 2 ? consecutiveTrends(scored.map((s) => s.team), identical) : [],
    items: scored.at(-1)?.questionnaire.items.map(itemInfo) ?? [],
  };
}
