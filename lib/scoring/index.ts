// Public API of the scoring model. Pure functions: no I/O, no clock, no randomness. See README.md.
export type * from "./types";
export type { IndividualItem, IndividualResult, ScoreIndividualOptions } from "./individual";
export type { AnswerFlag } from "./rules";

export { scoreTeam } from "./team";
export { scoreIndividual } from "./individual";
export { recommend, evaluateRule, patternShare } from "./recommendations";
export { defaultRules, flaggedPatternRules, ANSWER_FLAGS, DEFAULT_THRESHOLDS } from "./rules";
export { ACTIONS, actionById, actionsFor, normalizeForQuote } from "./actions";
export { figureLookupFrom } from "./figures";
export { GAP_TOLERANCE, verdict } from "./benchmark";
export { matchesPredicate, readAnswer, itemScore } from "./answers";
export { Z95, wilsonInterval, normalInterval, overlaps, agrestiCaffo } from "./stats";
