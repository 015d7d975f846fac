// The built-in benchmark catalogue: seed input only. prisma/seed-reference.ts writes it into the database at
// start, and tests use it as a fixture; runtime code reads the library as stored (lib/catalogue/), never this
// file (a test in lib/catalogue fails if it does). Figures trace to the seed files (catalogue.test.ts).
import { BENCHMARK_FIGURES } from "./figures";
import { BENCHMARK_SOURCES } from "./sources";
import type { BenchmarkFigureDef, BenchmarkSourceDef } from "./types";

export { BENCHMARK_FIGURES, BENCHMARK_SOURCES };
export { sampleSize } from "./sample-size";
export { SEED_FILES, validateCatalogue, type SeedFile } from "./validate";

const figureById = new Map(BENCHMARK_FIGURES.map((f) => [f.id, f]));
const sourceById = new Map(BENCHMARK_SOURCES.map((s) => [s.id, s]));

export function getFigure(id: string): BenchmarkFigureDef | undefined {
  return figureById.get(id);
}

export function getSource(id: string): BenchmarkSourceDef | undefined {
  return sourceById.get(id);
}
