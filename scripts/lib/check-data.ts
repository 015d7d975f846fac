import { BENCHMARK_FIGURES, BENCHMARK_SOURCES, validateCatalogue } from "../../lib/benchmarks/builtin";
import { QUESTIONNAIRES, validateQuestionnaire } from "../../lib/questionnaire/builtin";

/** Every consistency error of the built-in catalogue and questionnaires, each naming its record. */
export function dataErrors(): string[] {
  return [
    ...validateCatalogue(BENCHMARK_SOURCES, BENCHMARK_FIGURES).map((e) => `benchmark catalogue: ${e}`),
    ...QUESTIONNAIRES.flatMap((q) => validateQuestionnaire(q, BENCHMARK_FIGURES).map((e) => `questionnaire ${q.version}: ${e}`)),
  ];
}
