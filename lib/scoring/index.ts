// Public API of the scoring model. Pure functions: no I/O, no clock; resampling uses fixed seeds. See README.md.
export type * from "./types";
export type { IndividualItem, IndividualResult, ScoreIndividualOptions } from "./individual";
export type { AnswerFlag } from "./rules";

export { scoreTeam } from "./team";
export { scoreIndividual } from "./individual";
export { recommend, credibleSignals, opportunities, testSentence, METHOD_NAME } from "./recommendations";
export { ANSWER_FLAGS, flagFor } from "./rules";
export * from "./thresholds";
export { SCORING_MODEL_VERSION } from "./version";
export { ACTIONS, actionById, actionsFor, normalizeForQuote } from "./actions";
export { figureLookupFrom } from "./figures";
export { matchesPredicate, readAnswer, itemScore } from "./answers";
export { Z95, wilsonInterval, normalInterval, overlaps, agrestiCaffo } from "./stats";
export { compareWaves, consecutiveTrends, isCredibleChange, trendSeries, trendComparisons, TREND_SCORE_EQUIVALENCE_MARGIN, TREND_ITEM_EQUIVALENCE_MARGIN } from "./trend";
export type { TrendLabel, TrendTest, TrendComparison, GapTrendComparison, ItemReadingTrend, ItemTrend, ImperativeTrend, TrendExclusionReason, TrendResult, TrendOptions, TrendMethod, SeriesPoint, ItemSeriesPoint, WaveSeries } from "./trend";
