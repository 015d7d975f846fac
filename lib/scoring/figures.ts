// Building a FigureLookup from the benchmark catalogue's arrays.
import { sampleSize } from "@/lib/benchmarks/sample-size";
import type { BenchmarkFigureDef, BenchmarkSourceDef } from "@/lib/benchmarks/types";
import type { FigureLookup } from "./types";

/** Sample sizes follow the catalogue's rule (`sampleSize` in lib/benchmarks): unknown → null, no interval. */
export function figureLookupFrom(
  figures: readonly BenchmarkFigureDef[],
  sources: readonly BenchmarkSourceDef[] = [],
): FigureLookup {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return {
    figure: (id) => byId.get(id),
    sampleSize: (f) => sampleSize(f, sources),
    source: (f) => {
      const s = sources.find((x) => x.id === f.sourceId);
      return s ? { publisher: s.publisher, year: s.year } : null;
    },
  };
}
