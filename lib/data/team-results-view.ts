// Pure: turns anonymized respondents into what the results page and the exports show. No I/O; the data layer
// (team-results.ts) loads, authorizes and applies the anonymity rule first.
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES, getSource, sampleSize } from "@/lib/benchmarks";
import { SIDES, TIERS, type ImperativeId, type Side, type Tier } from "@/lib/domain";
import { textFor } from "@/lib/questionnaire";
import { contextOnlyReason } from "@/lib/questionnaire/comparability";
import type { ItemKind, QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { MIN_PER_SIDE, PRACTICAL_GAP, figureLookupFrom, recommend, scoreTeam } from "@/lib/scoring";
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
  links: { figureId: string; population: Side | "both"; option?: string; predicateKey: string }[];
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

/** What the statistics can and cannot say for this team, in plain words (shown at the top of the results). */
export interface EvidenceSummary {
  /** The scoring model of these numbers, and the one recorded when the wave was revealed (null = before v2: v1). */
  model: "v2";
  recordedModel: string;
  /** Comparisons whose false discovery rate is controlled together, and the level. */
  comparisons: number;
  equivalenceTests: number;
  level: number;
  minPerSide: number;
  practicalGap: number;
  /** Sides with fewer than minPerSide respondents: no verdicts, numbers anecdotal. */
  anecdotal: SidePair<boolean>;
  /** Roughly the smallest gap between the sides these team sizes can detect (before the multiplicity step). */
  detectableGap: number | null;
  /** Plain sentences: the caution, the model note, what would give more evidence. */
  notes: string[];
}

export interface RevealedBody {
  team: PublicTeamResult;
  evidence: EvidenceSummary;
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

/** An option's label as the sides saw it: once when the same, else marketing's with IT's beside it. */
export function optionText(info: Pick<ItemInfo, "options">, id: string): string {
  const o = info.options.find((x) => x.id === id);
  if (!o) return id;
  return o.label.marketing === o.label.it ? o.label.marketing : `${o.label.marketing} (IT: ${o.label.it})`;
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

const SIDE_NAME: SidePair<string> = { marketing: "marketing", it: "IT" };

/**
 * Roughly the smallest marketing-IT gap (points) that these side sizes can show at the 5% level, for shares near
 * one half: 1.96 × √(¼/n_marketing + ¼/n_IT) × 100, capped at 100. A planning figure, not a test.
 */
export function detectableGap(n: SidePair<number>): number | null {
  if (n.marketing < MIN_PER_SIDE || n.it < MIN_PER_SIDE) return null;
  return Math.min(100, Math.round(196 * Math.sqrt(0.25 / n.marketing + 0.25 / n.it)));
}

export function evidenceSummary(team: TeamResult, version: string, recordedModel: string | null): EvidenceSummary {
  const notes: string[] = [];
  const small = SIDES.filter((s) => team.anecdotal[s]);
  for (const side of small) {
    notes.push(
      `Only ${team.counts[side]} ${SIDE_NAME[side]} respondent${team.counts[side] === 1 ? "" : "s"}: fewer than ${MIN_PER_SIDE}, so no gap, comparison or mirror check involving ${SIDE_NAME[side]} gets a verdict, and ${SIDE_NAME[side]}'s numbers are anecdotal. Invite at least ${MIN_PER_SIDE - team.counts[side]} more from ${SIDE_NAME[side]} to the next wave.`,
    );
  }
  const gap = detectableGap(team.counts);
  if (gap !== null) {
    notes.push(
      `With ${team.counts.marketing} marketing and ${team.counts.it} IT respondents, a gap between the sides has to be about ${gap} points or more to be told apart from chance, and a gap is called “wide” only when it is credible after allowing for all ${team.family.tests} comparisons on this page and at least ${PRACTICAL_GAP} points. More respondents on the smaller side narrow every interval.`,
    );
  }
  const recorded = recordedModel ?? "v1";
  if (recorded !== "v2") {
    notes.push(
      `These results were revealed under scoring model ${recorded}; they are shown with model v2's statistics (tests with false-discovery control), so some labels differ from what was shown at the reveal. The answers are unchanged.`,
    );
  }
  if (version === "v1") {
    notes.push(
      "Questionnaire v1 asks some questions differently from the surveys (for example an agree/disagree scale where the survey asked yes or no). Those published figures are shown as context only, with the reason, and get no verdict.",
    );
  }
  return {
    model: "v2",
    recordedModel: recorded,
    comparisons: team.family.tests,
    equivalenceTests: team.family.equivalenceTests,
    level: team.family.level,
    minPerSide: MIN_PER_SIDE,
    practicalGap: PRACTICAL_GAP,
    anecdotal: team.anecdotal,
    detectableGap: gap,
    notes,
  };
}

export function buildRevealedResults(
  questionnaire: QuestionnaireDef,
  anonymity: AnonymityResult,
  opts: { sourceIds?: readonly string[]; lateSubmissions?: number; minGroup?: number; scoringModel?: string | null } = {},
): RevealedBody {
  const q = comparedQuestionnaire(questionnaire);
  const chosen = opts.sourceIds?.length ? new Set(opts.sourceIds) : null;
  const figures = figureLookupFrom(chosen ? BENCHMARK_FIGURES.filter((f) => chosen.has(f.sourceId)) : BENCHMARK_FIGURES, BENCHMARK_SOURCES);
  const contextOnly = (itemKey: string, figureId: string) => contextOnlyReason(q.version, itemKey, figureId);
  const full = scoreTeam(q, anonymity.visible, figures, { contextOnly });
  const byTier = {
    // the heatmap reads only per-item values from these
    leader: scoreTeam(q, anonymity.visible, figures, { tiers: ["leader"], alignment: false, contextOnly }),
    team: scoreTeam(q, anonymity.visible, figures, { tiers: ["team"], alignment: false, contextOnly }),
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
    // scoringModel: the wave's recorded model; null = revealed before it was recorded (v1); not given = now (v2)
    evidence: evidenceSummary(full, q.version, opts.scoringModel === undefined ? "v2" : opts.scoringModel),
    recommendations: recommend(full, q, { figures }),
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
