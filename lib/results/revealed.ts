// Pure: turns anonymized respondents into what the results page and the exports show. No I/O; the data layer
// (lib/data/team-results.ts) loads, authorizes and applies the anonymity rule first, and passes the assessment's
// catalogue (its version, linked to exactly its chosen sources' figures: lib/catalogue/select.ts).
import type { AssessmentCatalogue } from "@/lib/catalogue/types";
import { SIDES } from "@/lib/domain";
import { MIN_GROUP, MIN_FREE_TEXT, freeTextFor, type AnonymityResult } from "@/lib/scoring/anonymity";
import { recommend, scoreTeam } from "@/lib/scoring";
import { anonymityNotes } from "./anonymity-text";
import { evidenceSummary } from "./evidence";
import { heatmapOf } from "./heatmap";
import { comparedQuestionnaire, figureInfo, itemInfo } from "./items";
import type { Recommendation } from "@/lib/scoring/types";
import type { FigureInfo, FreeTextBlock, PublicTeamResult, RevealedBody } from "./types";

export function buildRevealedResults(
  catalogue: AssessmentCatalogue,
  anonymity: AnonymityResult,
  opts: { lateSubmissions?: number; minGroup?: number; scoringModel?: string | null } = {},
): RevealedBody {
  const q = comparedQuestionnaire(catalogue.questionnaire);
  const { figures } = catalogue;
  const full = scoreTeam(q, anonymity.visible, figures);
  const byTier = {
    // the heatmap reads only per-item values from these
    leader: scoreTeam(q, anonymity.visible, figures, { tiers: ["leader"], alignment: false }),
    team: scoreTeam(q, anonymity.visible, figures, { tiers: ["team"], alignment: false }),
  };
  // every link names a chosen figure (lib/catalogue/select.ts), so a warning here is a real gap in the library
  const { answers: _answers, ...team } = full;

  const figureIds = new Set<string>();
  for (const c of full.benchmarks) figureIds.add(c.figureId);
  for (const g of full.gapOfGaps) for (const side of SIDES) figureIds.add(g.figureIds[side]);
  const figureMap: Record<string, FigureInfo> = {};
  for (const id of figureIds) {
    const info = figureInfo(catalogue, id);
    if (info) figureMap[id] = info;
  }

  const recommendations = recommend(full, q, { figures });
  const freeText: FreeTextBlock[] = [];
  for (const item of q.items.filter((i) => i.kind === "free-text")) {
    for (const side of SIDES) {
      const answers = freeTextFor(anonymity, side, item.key);
      if (answers.length) freeText.push({ itemKey: item.key, side, answers });
    }
  }

  return {
    team: team as PublicTeamResult,
    // scoringModel: the wave's recorded model; null = revealed before it was recorded (v1); not given = now (v2)
    evidence: evidenceSummary(full, q.version, opts.scoringModel === undefined ? "v2" : opts.scoringModel),
    recommendations,
    citations: citationsOf(catalogue, recommendations),
    heatmap: heatmapOf(full, byTier, anonymity, opts.minGroup ?? MIN_GROUP),
    freeText,
    anonymity: {
      minGroup: opts.minGroup ?? MIN_GROUP,
      minFreeText: MIN_FREE_TEXT,
      groups: anonymity.groups,
      suppressedGroups: anonymity.suppressedGroups,
      freeTextAllowed: anonymity.freeTextAllowed,
      leaders: anonymity.leaders.map(({ side, label, named }) => ({ side, label, named })),
      leaderSides: anonymity.leaderSides,
      soleRespondent: anonymity.soleRespondent,
      notes: anonymityNotes(anonymity),
    },
    items: q.items.map(itemInfo),
    figures: figureMap,
    lateSubmissions: Math.max(0, opts.lateSubmissions ?? 0),
  };
}

/** "Publisher, title, year" for each recommendation's source file, from the library's sources. */
function citationsOf(catalogue: AssessmentCatalogue, recommendations: readonly Recommendation[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rec of recommendations) {
    const file = rec.action.source.file;
    const source = catalogue.sources.find((s) => s.seedFile === file);
    if (source) out[file] = `${source.publisher}, ${source.title}, ${source.year}`;
  }
  return out;
}
