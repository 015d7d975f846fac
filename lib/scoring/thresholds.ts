// The model's stated margins and minimums (README, "Evidence"). One copy of each rule.
export { FDR_LEVEL } from "./fdr";

/** Below this many answers on a side: no verdict for that side, and its numbers are marked anecdotal. */
export const MIN_PER_SIDE = 3;
/** A gap between the sides is "wide" only when it is credible AND at least this many points. */
export const PRACTICAL_GAP = 20;
/** "About the same" (sides): the equivalence test within ± this many points. */
export const GAP_EQUIVALENCE_MARGIN = 20;
/** "About the same" (against a published figure, and gap of gaps): equivalence within ± this many points. */
export const BENCHMARK_EQUIVALENCE_MARGIN = 10;
/** A prediction is "off" only when credible AND at least this many points from the other side's share. */
export const PRACTICAL_MISPREDICTION = 20;
/** "Close" prediction: equivalence within ± this many points. */
export const MIRROR_EQUIVALENCE_MARGIN = 20;
/** An imperative score credibly below this is "low" (50 = halfway: neither agreeing nor disagreeing). */
export const LOW_SCORE = 50;
