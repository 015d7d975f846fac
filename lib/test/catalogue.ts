// Tests only: an assessment's catalogue built from the built-in seed input, without a database (the same pure
// selection lib/catalogue/load.ts applies to the stored library).
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES } from "@/lib/benchmarks/builtin";
import { selectCatalogue } from "@/lib/catalogue/select";
import type { AssessmentCatalogue } from "@/lib/catalogue/types";
import { withContextOnly } from "@/lib/questionnaire/comparability";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";

const BUILTIN_LIBRARY = { sources: BENCHMARK_SOURCES, figures: BENCHMARK_FIGURES };

/** Version `q` as stored by the seed (v1's context-only reasons on its links), narrowed to `sourceIds` (none = all). */
export function builtinCatalogue(q: QuestionnaireDef, sourceIds: readonly string[] = []): AssessmentCatalogue {
  return selectCatalogue(withContextOnly(q), BUILTIN_LIBRARY, sourceIds);
}
