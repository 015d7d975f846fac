// Building a FigureLookup from the benchmark catalogue's arrays.
import type { BenchmarkFigureDef, BenchmarkSourceDef } from "@/lib/benchmarks/types";
import type { FigureLookup } from "./types";

/**
 * Sample size of a figure: its own `n` when given, else its source's sample for the figure's population,
 * else null (unknown: the published interval is then null).
 */
export function figureLookupFrom(
  figures: readonly BenchmarkFigureDef[],
  sources: readonly BenchmarkSourceDef[] = [],
): FigureLookup {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return {
    figure: (id) => byId.get(id),
    sampleSize: (f) => {
      if (typeof f.n === "number" && f.n > 0) return f.n;
      const sample = sourceById.get(f.sourceId)?.samples.find((s) => s.population === f.population);
      return sample && sample.n > 0 ? sample.n : null;
    },
  };
}
