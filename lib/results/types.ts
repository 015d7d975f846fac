// What the team results page, its exports and the report show: the view types, shared by lib/data (which fills
// them for an actor) and the components (which draw them). Types only.
import type { ImperativeId, Side, Tier } from "@/lib/domain";
import type { ItemKind, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import type { GroupStatus, SideLeaders } from "@/lib/scoring/anonymity";
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
  /** How each recommendation's source file is cited ("publisher, title, year"), from the library as stored. */
  citations: Record<string, string>;
  heatmap: HeatmapRow[];
  freeText: FreeTextBlock[];
  anonymity: {
    minGroup: number;
    minFreeText: number;
    groups: GroupStatus[];
    suppressedGroups: GroupStatus[];
    freeTextAllowed: SidePair<boolean>;
    /** Leaders listed one by one: only named ones, only on a side with 0 or ≥ 3 unnamed leaders. */
    leaders: { side: Side; label: string; named: boolean }[];
    /** Per side: named and unnamed leaders, and whether leaders are listed one by one. */
    leaderSides: SidePair<SideLeaders>;
    /** Per side: the name of its only counted respondent (a named leader), whose answers are the side's figures. */
    soleRespondent: SidePair<string | null>;
    /** The above in plain sentences (lib/results/anonymity-text.ts), as the page and the exports say it. */
    notes: string[];
  };
  /** Items compared (the questionnaire outside its context section), in questionnaire order. */
  items: ItemInfo[];
  figures: Record<string, FigureInfo>;
  /** Responses submitted after the reveal: not included (the revealed results are a snapshot). */
  lateSubmissions: number;
}

export interface QuorumSide {
  submitted: number;
  required: number;
  met: boolean;
}
export type QuorumStatus = Record<Side, QuorumSide> & { met: boolean };

export interface ResultsHeader {
  assessment: { id: string; title: string; organizationName: string; questionnaireVersion: string };
  wave: { id: string; number: number; label: string; status: string; revealedAt: string | null };
  waves: { number: number; label: string; revealed: boolean }[];
  quorum: QuorumStatus;
}

/** Before the reveal: who would count if the wave were revealed now (counts and consents only, no answers). */
export interface RevealPreview {
  groups: GroupStatus[];
  /** Respondents whose answers would count per side. */
  counted: SidePair<number>;
  /** A side whose figures would be one named leader's answers: their name. */
  soleRespondent: SidePair<string | null>;
}

export type SealedTeamResults = ResultsHeader & { sealed: true; preview?: RevealPreview };
export type RevealedTeamResults = ResultsHeader & { sealed: false; revealedAt: string } & RevealedBody;
export type TeamResultsView = SealedTeamResults | RevealedTeamResults;
