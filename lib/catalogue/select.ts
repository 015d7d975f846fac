// Pure: narrows a questionnaire version and the library to the sources chosen for an assessment. Every page, export
// and the scoring read an assessment's figures through this one function, so "the figures a team or a respondent
// is compared with are exactly the chosen sources'" holds everywhere by construction.
import type { BenchmarkFigureDef } from "@/lib/benchmarks/types";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { figureLookupFrom } from "@/lib/scoring/figures";
import type { AssessmentCatalogue, Library } from "./types";

/**
 * Figures that measure the same as a linked one, by the linked figure's id: a later wave of a survey, added by an
 * admin with "same measure as" (stored as `variantOf` with `isDefault`). The built-in restatements of a finding
 * (`variantOf` without `isDefault`) say the same thing differently and are not measures of their own.
 */
export function remeasuresById(figures: readonly BenchmarkFigureDef[]): Map<string, BenchmarkFigureDef[]> {
  const out = new Map<string, BenchmarkFigureDef[]>();
  for (const f of figures) {
    if (!f.variantOf || !f.isDefault || f.variantOf === f.id) continue;
    out.set(f.variantOf, [...(out.get(f.variantOf) ?? []), f]);
  }
  return out;
}

/**
 * The questionnaire with its links pointing at the chosen figures only: a link is kept when its figure is chosen,
 * and repeated for every chosen figure that measures the same (with the same answer rule and comparability).
 */
function linkChosenFigures(q: QuestionnaireDef, chosen: ReadonlySet<string>, remeasures: ReadonlyMap<string, readonly BenchmarkFigureDef[]>): QuestionnaireDef {
  return {
    ...q,
    items: q.items.map((item) => ({
      ...item,
      benchmarks: item.benchmarks.flatMap((link) => [
        ...(chosen.has(link.figureId) ? [link] : []),
        ...(remeasures.get(link.figureId) ?? []).filter((f) => chosen.has(f.id)).map((f) => ({ ...link, figureId: f.id })),
      ]),
      ...(item.rankBenchmarks ? { rankBenchmarks: item.rankBenchmarks.filter((link) => chosen.has(link.figureId)) } : {}),
    })),
  };
}

/** An assessment's catalogue: its version narrowed to its chosen sources (none named = every source). */
export function selectCatalogue(q: QuestionnaireDef, library: Library, sourceIds: readonly string[]): AssessmentCatalogue {
  const wanted = sourceIds.length ? new Set(sourceIds) : null;
  const figures = wanted ? library.figures.filter((f) => wanted.has(f.sourceId)) : library.figures;
  const chosen = new Set(figures.map((f) => f.id));
  return {
    questionnaire: linkChosenFigures(q, chosen, remeasuresById(figures)),
    figures: figureLookupFrom(figures, library.sources),
    sources: library.sources,
    sourceIds: wanted ? [...wanted] : library.sources.map((s) => s.id),
  };
}
