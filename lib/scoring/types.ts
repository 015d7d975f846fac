// Types of the scoring model's inputs and results. See README.md in this folder for the model itself.
//
// Units, everywhere in the results: shares, gaps, means on the 0-100 scale, scores and intervals are in
// PERCENT / POINTS (0-100), never proportions. `null` means "not defined for this data" (no respondents, no
// comparable item, no sample size); the model never returns NaN or Infinity.
import type { ImperativeId, Side, Tier } from "@/lib/domain";
import type { BenchmarkFigureDef } from "@/lib/benchmarks/types";
import type { AnswerPredicate, AnswerValue, ItemKind, QuestionnaireItemDef } from "@/lib/questionnaire/types";

/** One respondent's submitted answers, keyed by item key. Mirror items hold `{ self, predicted }`. */
export interface ScoringRespondent {
  id: string;
  side: Side;
  tier: Tier;
  answers: Record<string, AnswerValue | undefined>;
}

/** How the model reads the benchmark catalogue (see `figureLookupFrom` in figures.ts). */
export interface FigureLookup {
  figure(id: string): BenchmarkFigureDef | undefined;
  /** Sample size behind the figure (its own `n`, else its source's sample for its population), or null. */
  sampleSize(f: BenchmarkFigureDef): number | null;
  /** Publisher and year of the figure's source, for evidence lines. */
  source(f: BenchmarkFigureDef): { publisher: string; year: number } | null;
}

export type SidePair<T> = Record<Side, T>;
/** A 95% interval [low, high], in percent. */
export type Interval = readonly [number, number];

// ---------------------------------------------------------------- per item

/** Share of one side's respondents whose answer satisfies a predicate. */
export interface ShareStat {
  n: number; // respondents of the side who answered the item
  agreeing: number;
  share: number | null; // percent; null when n = 0
}

/** One predicate an item is read with: the mirror's, each benchmark link's, or the kind's default. */
export interface PredicateResult {
  key: string; // canonical key (predicate + option), unique within the item
  match: AnswerPredicate;
  option?: string;
  source: "mirror" | "benchmark" | "default";
  sides: SidePair<ShareStat>;
}

export interface ItemSideStats {
  n: number; // respondents of the side with a valid answer
  /** Share agreeing under the item's primary predicate (percent), null when there is none or n = 0. */
  share: number | null;
  agreeing: number | null;
  /** Mean on the item's own scale: agreement 1-5, percentage 0-100, yes-no 0-1. Null for other kinds. */
  mean: number | null;
  /** The mean mapped to 0-100: agreement (m-1)/4·100, yes-no m·100, percentage m. */
  normalizedMean: number | null;
  /**
   * Per option (or scale point), in percent of the side's respondents: agreement "1".."5" and single-choice:
   * share giving that answer; choose-up-to: share choosing it; ranking: share ranking it at all; trade-off:
   * mean points given to it. Null for yes-no, percentage, free-text.
   */
  options: Record<string, number> | null;
  /** Mirror items: the side's predictions of the other side's share agreeing (percent). */
  predicted: { n: number; mean: number | null } | null;
}

export interface ItemResult {
  itemKey: string;
  kind: ItemKind;
  imperatives: ImperativeId[];
  polarity: QuestionnaireItemDef["polarity"];
  sides: SidePair<ItemSideStats>;
  /** The first entry (if any) is the item's primary predicate: mirror match, else first link, else default. */
  predicates: PredicateResult[];
}

// ---------------------------------------------------------------- tests (see README, "Evidence")

/** The statistical methods behind a label, named on the page. */
export type TestMethod =
  | "newcombe" // Newcombe hybrid score interval for a difference of proportions, test by inversion
  | "mid-p binomial" // mid-p exact binomial test against a fixed value or range, mid-p interval
  | "permutation" // exact permutation test of a difference of means (Welch interval shown)
  | "welch" // Welch t test and interval of a difference of means
  | "t" // one-sample t test and interval
  | "newcombe-mover"; // difference of two differences: Newcombe intervals combined (MOVER)

/** One test of "no difference", in points (0-100 scale). */
export interface TestStat {
  /** Point estimate, in points. */
  estimate: number;
  /** 95% interval of the estimate, always inside the possible range; null when it cannot be computed. */
  interval: Interval | null;
  /** p-value of the test (two-sided unless stated). */
  p: number;
  /** Benjamini-Hochberg adjusted p over the assessment's family of comparisons; set by scoreTeam. */
  q: number | null;
  method: TestMethod;
}

/** Equivalence test (two one-sided tests) within ±margin points; "about the same" only when q ≤ the FDR level. */
export interface EquivalenceStat {
  margin: number;
  p: number;
  q: number | null;
}

// ---------------------------------------------------------------- gaps and alignment

/** "small": a credible difference below PRACTICAL_GAP points. */
export type GapLabel = "wide" | "small" | "about the same" | "not distinguishable" | "too few answers to tell";

/** One tested marketing-IT difference on an item: a share (per predicate) or a mean (percentage, trade-off points). */
export interface GapTest {
  key: string; // predicate key (see PredicateResult.key), or "mean" / "mean|<option>"
  option?: string;
  basis: "share" | "mean";
  /** Which answers count (share tests); null for means. */
  match: AnswerPredicate | null;
  n: SidePair<number>;
  /** Each side's share (percent) or mean (0-100); null without answers. */
  values: SidePair<number | null>;
  /** marketing − IT, points; null unless both sides answered. */
  estimate: number | null;
  /** Null when either side has fewer than MIN_PER_SIDE answers (label "too few answers to tell"). */
  test: TestStat | null;
  equivalence: EquivalenceStat | null;
  label: GapLabel;
}

export interface ItemGap {
  itemKey: string;
  kind: ItemKind;
  n: SidePair<number>;
  /** Headline value per side: share agreeing (primary predicate) or, without one, the normalized mean. */
  value: SidePair<number | null>;
  /** marketing − IT, in points (pp for shares); null unless both sides have data. */
  gap: number | null;
  absGap: number | null;
  gapBasis: "share" | "normalized-mean" | null;
  /** Every tested difference of the item: the headline first (when there is one), then one per predicate/option. */
  tests: GapTest[];
  /**
   * The item's label: "wide" when any test is wide; "about the same" when every test is; "too few answers to
   * tell" when every test is; else "small" when any test is; else "not distinguishable".
   */
  label: GapLabel;
  /** Symmetric 0-100 distance used by the alignment index (see README); null when not comparable. */
  distance: number | null;
  distanceBasis: "normalized-mean" | "share" | "distribution" | null;
  /** Expected distance if the side labels were assigned at random (same answers): what chance alone gives. */
  chanceDistance: number | null;
}

export interface AlignmentResult {
  /**
   * 100 − the mean EXCESS distance over comparable items (observed distance − the distance expected by chance
   * under random relabelling of sides), clipped to 0-100. Its expectation is 100 when the two sides answer alike,
   * whatever the team size. Null when no item is comparable.
   */
  index: number | null;
  /** 95% interval: index ± 1.96 × bootstrap standard error (both distances recomputed per resample), in 0-100. */
  interval: Interval | null;
  meanDistance: number | null;
  meanChanceDistance: number | null;
  comparableItems: number;
}

// ---------------------------------------------------------------- imperatives

export type LowLabel = "low" | "not distinguishable" | "too few answers to tell";

export interface ImperativeScore {
  imperative: ImperativeId;
  /** Mean over the side's respondents of their own score (0-100); null without data. */
  marketing: number | null;
  it: number | null;
  /** Mean of the two sides' scores when both exist, else the one that exists, else null. */
  combined: number | null;
  /** 95% t intervals per side and for the combined score, inside 0-100. */
  intervals: SidePair<Interval | null> & { combined: Interval | null };
  /** Respondents who answered at least one of its items, per side. */
  respondents: SidePair<number>;
  /** Items with data that counted, per side. */
  items: SidePair<number>;
  /** Items tagged with this imperative and scored, with their weight (1 ÷ the item's number of imperatives). */
  itemKeys: string[];
  weights: Record<string, number>;
  /**
   * Test of "the side's score is below LOW_SCORE" (one-sided t; its interval is the 90% one, whose upper end is the
   * one-sided 95% bound): "low" only after the false-discovery step.
   */
  low: SidePair<{ test: TestStat | null; label: LowLabel }>;
}

// ---------------------------------------------------------------- mirror

export type MirrorLabel = "off" | "close" | "not distinguishable" | "too few answers to tell";

export interface MirrorPrediction {
  /** Respondents of the predicting side who gave a prediction, and their mean prediction (percent). */
  n: number;
  predicted: number | null;
  /** The other side's actual share agreeing (MirrorSpec.match on their `self`), with its 95% mid-p interval. */
  nActual: number;
  actual: number | null;
  actualInterval: Interval | null;
  error: number | null; // predicted − actual, points
  absError: number | null;
  /** Mid-p binomial test of the other side's count against the mean prediction (estimate = error). */
  test: TestStat | null;
  equivalence: EquivalenceStat | null;
  label: MirrorLabel;
}

export interface MirrorItemResult {
  itemKey: string;
  /** Keyed by the PREDICTING side: marketing's prediction of IT, IT's prediction of marketing. */
  predictions: SidePair<MirrorPrediction>;
}

export interface MirrorSummary {
  items: MirrorItemResult[];
  /** 100 − mean absolute error over the side's mirror items with data; combined = mean of the sides. */
  accuracy: SidePair<number | null> & { combined: number | null };
}

// ---------------------------------------------------------------- benchmarks

export type BenchmarkVerdict =
  | "above"
  | "below"
  | "about the same"
  | "not distinguishable"
  | "too few answers to tell"
  | "context only";

export interface BenchmarkComparison {
  itemKey: string;
  figureId: string;
  /** The compared group: one side, or both sides pooled for a figure published for CMOs and CIOs together. */
  side: Side | "both";
  option?: string;
  statement: string;
  /** Our share (respondents of the compared tiers) with its 95% interval. */
  org: ShareStat & { interval: Interval | null; tiers: "leaders" | "everyone" };
  published: {
    value: number;
    n: number | null;
    interval: Interval | null;
    /** Verbal quantifier: the published value is only known to lie in [low, high]. */
    bounds: { low: number; high: number } | null;
    /** Subgroup the percentage is of (null = the full sample). */
    subgroup: string | null;
  };
  difference: number | null; // org share − published value, points
  test: TestStat | null;
  equivalence: EquivalenceStat | null;
  verdict: BenchmarkVerdict;
  /** Why the comparison is context only (the question is not asked the way the survey asked it). */
  contextOnly: string | null;
}

export type GapOfGapsInterpretation =
  | "wider than published"
  | "narrower than published"
  | "about the same"
  | "not distinguishable"
  | "too few answers to tell";

export interface GapOfGaps {
  itemKey: string;
  option?: string;
  figureIds: SidePair<string>;
  org: { marketing: number | null; it: number | null; gap: number | null; n: SidePair<number> };
  published: { marketing: number; it: number; gap: number; n: SidePair<number | null> };
  /** Org gap − published gap, points. */
  difference: number | null;
  /** |org gap| − |published gap|: positive = our gap is wider. */
  magnitudeDifference: number | null;
  /** Test of "org gap = published gap" (MOVER interval of the difference, inside its possible range). */
  test: TestStat | null;
  equivalence: EquivalenceStat | null;
  interpretation: GapOfGapsInterpretation;
}

// ---------------------------------------------------------------- team result

export interface TeamResult {
  questionnaireVersion: string;
  scoringModel: "v2";
  counts: SidePair<number>;
  /** A side with fewer than MIN_PER_SIDE respondents: no verdicts for it, and its numbers are anecdotal. */
  anecdotal: SidePair<boolean>;
  items: ItemResult[];
  gaps: ItemGap[];
  alignment: AlignmentResult;
  imperatives: ImperativeScore[];
  mirror: MirrorSummary;
  benchmarks: BenchmarkComparison[];
  gapOfGaps: GapOfGaps[];
  /** The family of comparisons whose false discovery rate is controlled together. */
  family: { tests: number; equivalenceTests: number; level: number };
  /** Valid answers (mirror items: the `self` part) per item and side, without respondent ids. */
  answers: Record<string, SidePair<AnswerValue[]>>;
  /** Things the caller should know: unknown figure ids, non-percent figures linked to items. */
  warnings: string[];
}

export interface ScoreTeamOptions {
  /** Count only respondents of these tiers (default: all). */
  tiers?: readonly Tier[];
  /** Bootstrap resamples for the alignment index's interval (default 200; 0 = no interval). */
  bootstrap?: number;
  /** false: skip the alignment index (views that only need per-item values, e.g. the heatmap's tiers). */
  alignment?: boolean;
}

// ---------------------------------------------------------------- recommendations

export type TriggerKind = "low-imperative" | "wide-gap" | "mis-prediction" | "benchmark";

/** One action of the library (actions.ts): our paraphrase of a recommendation in the seeds. */
export interface ActionDef {
  id: string;
  imperative: ImperativeId;
  /** Who mainly carries it out. */
  owner: Side | "both";
  title: string;
  text: string;
  /** Trigger kinds that point to this action by default. */
  responds: readonly TriggerKind[];
  source: { file: string; quote: string }; // quote: verbatim from the seed file (whitespace may differ)
}

/** A credible signal (a finding that survived the false-discovery step) and what it adds to an imperative. */
export interface Trigger {
  kind: TriggerKind;
  imperative: ImperativeId;
  /** The item's share of this imperative (1 ÷ its number of imperatives; 1 for a low score). */
  weight: number;
  side: Side | "both" | null;
  itemKey: string | null;
  figureId: string | null;
  option?: string;
  /** The finding: estimate and interval in points, adjusted p (q), method. */
  test: TestStat;
  /** Effect size 0-1: |estimate| ÷ 100, or (50 − score) ÷ 50 for a low score. */
  strength: number;
  /** One plain sentence: the question in words, the numbers and the test result. */
  summary: string;
}

export interface Recommendation {
  action: ActionDef;
  /**
   * Its imperative's priority (the strength of the imperative's credible signals, normalized per imperative:
   * see `recommend`) × the action's share of the imperative's credit.
   */
  priority: number;
  triggers: Trigger[];
}

export interface RecommendOptions {
  /** How many to return (default 5). */
  limit?: number;
  actions?: readonly ActionDef[];
}
