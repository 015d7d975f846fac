// Pure: turns anonymized respondents into what the results page and the exports show. No I/O; the data layer
// (team-results.ts) loads, authorizes and applies the anonymity rule first.
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES, getSource, sampleSize } from "@/lib/benchmarks";
import { SIDES, TIERS, type ImperativeId, type Side, type Tier } from "@/lib/domain";
import { textFor } from "@/lib/questionnaire";
import type { ItemKind, QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { figureLookupFrom, recommend, scoreTeam } from "@/lib/scoring";
import { freeTextFor, MIN_FREE_TEXT, MIN_GROUP, type AnonymityResult, type GroupStatus } from "@/lib/scoring/anonymity";
import { predicateKey } from "@/lib/scoring/answers";
import type { Recommendation, SidePair, TeamResult } from "@/lib/scoring/types";

/** The team result without the raw answer lists (free text is released separately, under its own rule). */
export type PublicTeamResult = Omit<TeamResult, "answers">;

export interface ItemInfo {
  key: string;
  section: string;
  kind: ItemKind;
  imperatives: ImperativeId[];
  polarity: QuestionnaireItemDef["polarity"];
  /** Wording each side saw. */
  prompt: SidePair<string>;
  sides: Side[];
  options: { id: string; label: SidePair<string> }[];
  /** Benchmark links, with the key of the predicate they are read with (matches PredicateResult.key). */
  links: { figureId: string; population: Side; option?: string; predicateKey: string }[];
}

export interface FigureInfo {
  id: string;
  statement: string;
  population: string;
  value: number;
  unit: string;
  /** Sample size behind the figure (own n, else its source's sample for its population), or null. */
  n: number | null;
  source: { id: string; publisher: string; title: string; year: number };
  locator: { file: string; figure: string | null; quote: string };
  isDefault: boolean;
}

export type HeatmapState = "shown" | "suppressed" | "no-answers";
export interface HeatmapCell {
  side: Side;
  tier: Tier | "all";
  n: number;
  /** Share agreeing (basis "share") or normalized mean 0-100; null unless state is "shown". */
  value: number | null;
  state: HeatmapState;
}
export interface HeatmapRow {
  itemKey: string;
  basis: "share" | "normalized-mean";
  cells: HeatmapCell[];
}

export interface FreeTextBlock {
  itemKey: string;
  side: Side;
  answers: string[];
}

export interface RevealedBody {
  team: PublicTeamResult;
  recommendations: Recommendation[];
  heatmap: HeatmapRow[];
  freeText: FreeTextBlock[];
  anonymity: {
    minGroup: number;
    minFreeText: number;
    groups: GroupStatus[];
    suppressedGroups: GroupStatus[];
    freeTextAllowed: SidePair<boolean>;
    leaders: { side: Side; label: string; named: boolean }[];
  };
  /** Items compared (the questionnaire outside its context section), in questionnaire order. */
  items: ItemInfo[];
  figures: Record<string, FigureInfo>;
  /** Responses submitted after the reveal: not included (the revealed results are a snapshot). */
  lateSubmissions: number;
}

/**
 * Context items describe the respondent (side, tier, job title, industry …). They are not opinions: "context-side"
 * differs between the sides by construction and would count as a 100-point gap. Team results compare the rest.
 */
export function comparedQuestionnaire(q: QuestionnaireDef): QuestionnaireDef {
  return { ...q, items: q.items.filter((i) => i.section !== "context") };
}

function itemInfo(item: QuestionnaireItemDef): ItemInfo {
  const both = (t: Parameters<typeof textFor>[0]) => ({ marketing: textFor(t, "marketing"), it: textFor(t, "it") });
  return {
    key: item.key,
    section: item.section,
    kind: item.kind,
    imperatives: item.imperatives,
    polarity: item.polarity,
    prompt: both(item.prompt),
    sides: item.sides ?? [...SIDES],
    options: (item.options ?? []).map((o) => ({ id: o.id, label: both(o.label) })),
    links: item.benchmarks.map((l) => ({
      figureId: l.figureId,
      population: l.population,
      ...(l.option !== undefined ? { option: l.option } : {}),
      predicateKey: predicateKey(l.match, l.option),
    })),
  };
}

function figureInfo(id: string): FigureInfo | null {
  const f = BENCHMARK_FIGURES.find((x) => x.id === id);
  const s = f && getSource(f.sourceId);
  if (!f || !s) return null;
  return {
    id: f.id,
    statement: f.statement,
    population: f.population,
    value: f.value,
    unit: f.unit,
    n: sampleSize(f),
    source: { id: s.id, publisher: s.publisher, title: s.title, year: s.year },
    locator: { file: f.locator.file, figure: f.locator.figure ?? null, quote: f.locator.quote },
    isDefault: f.isDefault,
  };
}

function heatmapOf(team: TeamResult, byTier: Record<Tier, TeamResult>, anonymity: AnonymityResult, minGroup: number): HeatmapRow[] {
  const rows: HeatmapRow[] = [];
  team.gaps.forEach((gap, index) => {
    if (!gap.gapBasis) return;
    const cells: HeatmapCell[] = [];
    for (const side of SIDES) {
      let tierHidden = false;
      for (const tier of TIERS) {
        const g = byTier[tier].gaps[index]!;
        const group = anonymity.groups.find((x) => x.side === side && x.tier === tier)!;
        const n = g.n[side];
        // a team group can be large enough overall yet small on one optional item
        const smallOnItem = tier === "team" && n > 0 && n < minGroup;
        const small = group.suppressed || smallOnItem;
        if (smallOnItem) tierHidden = true;
        const state: HeatmapState = small ? "suppressed" : n === 0 ? "no-answers" : "shown";
        cells.push({ side, tier, n: small ? 0 : n, value: state === "shown" ? g.value[side] : null, state });
      }
      // when a tier cell is hidden for this item, the side's total would give it away (total minus leaders)
      const n = gap.n[side];
      const state: HeatmapState = tierHidden ? "suppressed" : n > 0 ? "shown" : "no-answers";
      cells.push({ side, tier: "all", n: state === "shown" ? n : 0, value: state === "shown" ? gap.value[side] : null, state });
    }
    rows.push({ itemKey: gap.itemKey, basis: gap.gapBasis, cells });
  });
  return rows;
}

export function buildRevealedResults(
  questionnaire: QuestionnaireDef,
  anonymity: AnonymityResult,
  opts: { sourceIds?: readonly string[]; lateSubmissions?: number; minGroup?: number } = {},
): RevealedBody {
  const q = comparedQuestionnaire(questionnaire);
  const chosen = opts.sourceIds?.length ? new Set(opts.sourceIds) : null;
  const figures = figureLookupFrom(chosen ? BENCHMARK_FIGURES.filter((f) => chosen.has(f.sourceId)) : BENCHMARK_FIGURES, BENCHMARK_SOURCES);
  const full = scoreTeam(q, anonymity.visible, figures);
  const byTier = {
    leader: scoreTeam(q, anonymity.visible, figures, { tiers: ["leader"] }),
    team: scoreTeam(q, anonymity.visible, figures, { tiers: ["team"] }),
  };
  // Links to figures of sources the facilitator did not choose are left out on purpose, not worth a warning.
  const excluded = (w: string) => chosen !== null && /links to unknown figure/.test(w);
  const { answers: _answers, ...rest } = full;
  const team: PublicTeamResult = { ...rest, warnings: full.warnings.filter((w) => !excluded(w)) };

  const figureIds = new Set<string>();
  for (const c of full.benchmarks) figureIds.add(c.figureId);
  for (const g of full.gapOfGaps) for (const side of SIDES) figureIds.add(g.figureIds[side]);
  const figureMap: Record<string, FigureInfo> = {};
  for (const id of figureIds) {
    const info = figureInfo(id);
    if (info) figureMap[id] = info;
  }

  const freeText: FreeTextBlock[] = [];
  for (const item of q.items.filter((i) => i.kind === "free-text")) {
    for (const side of SIDES) {
      const answers = freeTextFor(anonymity, side, item.key);
      if (answers.length) freeText.push({ itemKey: item.key, side, answers });
    }
  }

  return {
    team,
    recommendations: recommend(full, q),
    heatmap: heatmapOf(full, byTier, anonymity, opts.minGroup ?? MIN_GROUP),
    freeText,
    anonymity: {
      minGroup: opts.minGroup ?? MIN_GROUP,
      minFreeText: MIN_FREE_TEXT,
      groups: anonymity.groups,
      suppressedGroups: anonymity.suppressedGroups,
      freeTextAllowed: anonymity.freeTextAllowed,
      leaders: anonymity.leaders.map(({ side, label, named }) => ({ side, label, named })),
    },
    items: q.items.map(itemInfo),
    figures: figureMap,
    lateSubmissions: Math.max(0, opts.lateSubmissions ?? 0),
  };
}
