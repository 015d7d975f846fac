// The scoring model's version, recorded with each revealed wave (Wave.scoringModel) and shown with its results.
// v1: the model of session 1 (interval overlap, fixed thresholds, count-based priorities).
// v2: tests with false-discovery control, practical-size gaps, equivalence, size-corrected alignment index.
export const SCORING_MODEL_VERSION = "v2" as const;
export type ScoringModelVersion = "v1" | "v2";
