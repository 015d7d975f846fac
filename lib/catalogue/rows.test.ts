// The seed writes the catalogue with figureToRow/sourceToRow and the app reads it back with figureFromRow/
// sourceFromRow: every built-in figure and source must come back exactly as defined.
import { describe, expect, it } from "vitest";
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES } from "@/lib/benchmarks/builtin";
import { figureFromRow, figureToRow, sourceFromRow, sourceToRow } from "./rows";

describe("catalogue rows", () => {
  it("round-trips every built-in figure", () => {
    for (const f of BENCHMARK_FIGURES) expect(figureFromRow({ id: f.id, ...figureToRow(f) }), f.id).toEqual(f);
  });
  it("round-trips every built-in source with its samples", () => {
    for (const s of BENCHMARK_SOURCES) {
      const samples = s.samples.map((x) => ({ population: x.population, n: x.n, note: x.note ?? null }));
      expect(sourceFromRow({ id: s.id, ...sourceToRow(s), samples }), s.id).toEqual(s);
    }
  });
});
