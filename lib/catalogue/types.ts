import type { BenchmarkFigureDef, BenchmarkSourceDef } from "@/lib/benchmarks/types";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import type { FigureLookup } from "@/lib/scoring/types";

/** The benchmark library as stored: every source and figure, built-in and admin-added alike. */
export interface Library {
  sources: readonly BenchmarkSourceDef[];
  figures: readonly BenchmarkFigureDef[];
}

/**
 * What one assessment is scored and shown with: its questionnaire version, with each benchmark link pointing at
 * exactly the figures of the sources chosen for the assessment (a link to a figure of an unchosen source is
 * dropped; a chosen source's figure that measures the same as a linked one gets the link too), and the look-up of
 * those figures.
 */
export interface AssessmentCatalogue {
  questionnaire: QuestionnaireDef;
  /** The chosen sources' figures (all figures when the assessment names no source). */
  figures: FigureLookup;
  /** Every source of the library (to cite a recommendation's source); the chosen ones are `sourceIds`. */
  sources: readonly BenchmarkSourceDef[];
  sourceIds: readonly string[];
}
