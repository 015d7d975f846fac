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

// ---------------------------------------------------------------- gaps and alignment

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
  /** One signed gap per predicate of the item (e.g. one per option of a multi-option item). */
  predicateGaps: { key: string; option?: string; gap: number | null; absGap: number | null }[];
  /** Symmetric 0-100 distance used by the alignment index (see README); null when not comparable. */
  distance: number | null;
  distanceBasis: "normalized-mean" | "share" | "distribution" | null;
  /** Largest of |gap|, distance and every |predicate gap|: what the wide-gap rule looks at. */
  maxAbsGap: number | null;
}

export interface AlignmentResult {
  /** 100 − mean distance over comparable items; null when no item is comparable. */
  index: number | null;
  meanDistance: number | null;
  comparableItems: number;
}

// ---------------------------------------------------------------- imperatives

export interface ImperativeScore {
  imperative: ImperativeId;
  marketing: number | null;
  it: number | null;
  /** Mean of the two sides' scores when both exist, else the one that exists, else null. */
  combined: number | null;
  /** Items with data that counted, per side. */
  items: SidePair<number>;
  /** Items tagged with this imperative and scored (polarity ≠ none, scorable kind), with or without data. */
  itemKeys: string[];
}

// ---------------------------------------------------------------- mirror

export interface MirrorPrediction {
  /** Respondents of the predicting side who gave a prediction, and their mean prediction (percent). */
  n: number;
  predicted: number | null;
  /** The other side's actual share agreeing (MirrorSpec.match on their `self`). */
  nActual: number;
  actual: number | null;
  error: number | null; // predicted − actual, points
  absError: number | null;
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

export type BenchmarkVerdict = "above" | "below" | "not distinguishable" | "insufficient data";

export interface BenchmarkComparison {
  itemKey: string;
  figureId: string;
  side: Side;
  option?: string;
  statement: string;
  org: ShareStat & { interval: Interval | null }; // Wilson score interval
  published: { value: number; n: number | null; interval: Interval | null }; // normal approximation
  difference: number | null; // org share − published value, points
  verdict: BenchmarkVerdict;
}

export type GapOfGapsInterpretation =
  | "wider than published"
  | "narrower than published"
  | "about the same"
  | "not distinguishable"
  | "insufficient data";

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
  /** 95% interval for (org gap − published gap), Agresti–Caffo for the org + normal for the published. */
  interval: Interval | null;
  interpretation: GapOfGapsInterpretation;
  /** Which way the point estimate leans when the interpretation is "not distinguishable". */
  leaning: "wider" | "narrower" | null;
  /** True when the org's gap and the published gap point in opposite directions (both beyond tolerance). */
  reversed: boolean;
}

// ---------------------------------------------------------------- team result

export interface TeamResult {
  questionnaireVersion: string;
  counts: SidePair<number>;
  items: ItemResult[];
  gaps: ItemGap[];
  alignment: AlignmentResult;
  imperatives: ImperativeScore[];
  mirror: MirrorSummary;
  benchmarks: BenchmarkComparison[];
  gapOfGaps: GapOfGaps[];
  /** Valid answers (mirror items: the `self` part) per item and side, without respondent ids. */
  answers: Record<string, SidePair<AnswerValue[]>>;
  /** Things the caller should know: unknown figure ids, non-percent figures linked to items. */
  warnings: string[];
}

export interface ScoreTeamOptions {
  /** Count only respondents of these tiers (default: all). */
  tiers?: readonly Tier[];
}

// ---------------------------------------------------------------- recommendations

export type TriggerKind = "low-imperative" | "wide-gap" | "mis-prediction" | "answer-pattern" | "benchmark";

/** One action of the library (actions.ts): our paraphrase of a recommendation in the seeds. */
export interface ActionDef {
  id: string;
  imperative: ImperativeId;
  /** Who mainly carries it out. */
  owner: Side | "both";
  title: string;
  text: string;
  /** Trigger kinds that point to this action by default (rules without an explicit `actions` list). */
  responds: readonly TriggerKind[];
  source: { file: string; quote: string }; // quote: verbatim from the seed file (whitespace may differ)
}

interface RuleBase {
  id: string;
  /** Explicit action ids; without it, actions of the trigger's imperatives that respond to the rule's kind. */
  actions?: string[];
}

/** Fires per side whose imperative score is below `threshold` (default rule: 50). */
export interface LowImperativeRule extends RuleBase {
  kind: "low-imperative";
  threshold: number;
  imperatives?: ImperativeId[];
  sides?: Side[];
}
/** Fires per item whose largest absolute marketing-IT gap (ItemGap.maxAbsGap) is ≥ `threshold` points. */
export interface WideGapRule extends RuleBase {
  kind: "wide-gap";
  threshold: number;
  itemKeys?: string[];
}
/** Fires per mirror item and predicting side whose absolute prediction error is ≥ `threshold` points. */
export interface MisPredictionRule extends RuleBase {
  kind: "mis-prediction";
  threshold: number;
  itemKeys?: string[];
}
/** Fires per side whose share of answers matching `predicate` on `itemKey` is ≥ `minShare` (percent). */
export interface AnswerPatternRule extends RuleBase {
  kind: "answer-pattern";
  itemKey: string;
  predicate: AnswerPredicate;
  option?: string; // trade-off component, for "at-least" / "more-than"
  minShare: number; // percent, 0-100
  sides?: Side[];
  label: string; // what the pattern means, e.g. "marketing bypasses IT and goes straight to the vendor"
}
/**
 * Fires per benchmark comparison whose verdict is the unfavourable one for the item's polarity: "below" for
 * higher-is-better items, "above" for lower-is-better items. Items with polarity "none" never fire.
 */
export interface BenchmarkRule extends RuleBase {
  kind: "benchmark";
  itemKeys?: string[];
  figureIds?: string[];
}

export type RecommendationRule = LowImperativeRule | WideGapRule | MisPredictionRule | AnswerPatternRule | BenchmarkRule;

export interface Trigger {
  ruleId: string;
  kind: TriggerKind;
  imperatives: ImperativeId[];
  side: Side | null;
  itemKey: string | null;
  figureId: string | null;
  /** The measured value: score, |gap|, |error|, share (percent) or org share for benchmarks. */
  value: number;
  threshold: number | null;
  /** How far past the threshold, 0-1 (see README, "Ranking"). */
  strength: number;
  summary: string;
}

export interface RecommendationEvidence {
  itemKeys: string[];
  gaps: { itemKey: string; gap: number | null; maxAbsGap: number }[];
  mirrorErrors: { itemKey: string; side: Side; error: number }[];
  figureIds: string[];
  imperativeScores: { imperative: ImperativeId; side: Side; score: number }[];
  answerPatterns: { ruleId: string; itemKey: string; side: Side; share: number; label: string }[];
}

export interface Recommendation {
  action: ActionDef;
  /** Σ over the action's distinct triggers of (1 + strength). */
  priority: number;
  triggers: Trigger[];
  evidence: RecommendationEvidence;
}

export interface RecommendOptions {
  rules?: readonly RecommendationRule[];
  /** How many to return (default 5). */
  limit?: number;
  actions?: readonly ActionDef[];
}
