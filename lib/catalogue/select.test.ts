// Pure selection of an assessment's figures: exactly the chosen sources, with same-measure figures linked.
import { describe, expect, it } from "vitest";
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES } from "@/lib/benchmarks/builtin";
import type { BenchmarkFigureDef } from "@/lib/benchmarks/types";
import { QUESTIONNAIRE_V1, QUESTIONNAIRE_V2 } from "@/lib/questionnaire/builtin";
import { remeasuresById, selectCatalogue } from "./select";

const library = { sources: BENCHMARK_SOURCES, figures: BENCHMARK_FIGURES };
const linked = (q: typeof QUESTIONNAIRE_V2) => q.items.flatMap((i) => [...i.benchmarks, ...(i.rankBenchmarks ?? [])].map((l) => l.figureId));
const sourceOf = (id: string) => library.figures.find((f) => f.id === id)?.sourceId;

describe("selectCatalogue", () => {
  it("keeps only links to figures of the chosen sources, and finds only those figures", () => {
    for (const sourceId of BENCHMARK_SOURCES.map((s) => s.id)) {
      const c = selectCatalogue(QUESTIONNAIRE_V1, library, [sourceId]);
      const ids = linked(c.questionnaire);
      expect(ids.every((id) => sourceOf(id) === sourceId), sourceId).toBe(true);
      expect(BENCHMARK_FIGURES.filter((f) => f.sourceId !== sourceId).some((f) => c.figures.figure(f.id))).toBe(false);
      // nothing of the chosen source's is dropped
      const all = linked(QUESTIONNAIRE_V1).filter((id) => sourceOf(id) === sourceId);
      expect(ids.sort()).toEqual(all.sort());
    }
  });

  it("keeps every link when the assessment names no source", () => {
    const c = selectCatalogue(QUESTIONNAIRE_V2, library, []);
    expect(c.questionnaire).toEqual(QUESTIONNAIRE_V2);
    expect(c.sourceIds).toEqual(BENCHMARK_SOURCES.map((s) => s.id));
  });

  it("links a chosen figure that measures the same as a linked one, with the same answer rule, even when the linked figure's source is not chosen", () => {
    const item = QUESTIONNAIRE_V2.items.find((i) => i.benchmarks.some((l) => l.population === "marketing"))!;
    const link = item.benchmarks.find((l) => l.population === "marketing")!;
    const later: BenchmarkFigureDef = { ...BENCHMARK_FIGURES.find((f) => f.id === link.figureId)!, id: "w27-same", sourceId: "wave-2027", value: 70, isDefault: true, variantOf: link.figureId };
    const lib = { sources: [...BENCHMARK_SOURCES, { ...BENCHMARK_SOURCES[0]!, id: "wave-2027" }], figures: [...BENCHMARK_FIGURES, later] };
    const c = selectCatalogue(QUESTIONNAIRE_V2, lib, ["wave-2027"]);
    const links = c.questionnaire.items.flatMap((i) => i.benchmarks.map((l) => ({ key: i.key, ...l })));
    expect(links).toEqual([{ ...link, key: item.key, figureId: "w27-same" }]);
    expect(c.figures.figure("w27-same")).toBe(later);
    expect(c.figures.figure(link.figureId)).toBeUndefined();
    // both chosen: the published figure and its later measure, side by side
    const both = selectCatalogue(QUESTIONNAIRE_V2, lib, ["wave-2027", sourceOf(link.figureId)!]);
    const ids = both.questionnaire.items.find((i) => i.key === item.key)!.benchmarks.map((l) => l.figureId);
    expect(ids).toContain(link.figureId);
    expect(ids).toContain("w27-same");
  });

  it("does not treat a built-in restatement (not the default) as a measure of its own", () => {
    const restatements = BENCHMARK_FIGURES.filter((f) => f.variantOf);
    expect(restatements.length).toBeGreaterThan(0);
    expect(remeasuresById(BENCHMARK_FIGURES).size).toBe(0);
  });
});
