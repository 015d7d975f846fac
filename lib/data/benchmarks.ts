import "server-only";
import { loadLibrary, loadQuestionnaires } from "@/lib/catalogue/load";
import { sourceToRow } from "@/lib/catalogue/rows";
import { db } from "@/lib/db/client";
import type { TBenchmarkQuery } from "@/lib/validation/benchmark-query";

/** The benchmark library as stored (built-in sources plus any an admin added), public by nature. */
export async function listBenchmarkCatalogue(query: TBenchmarkQuery = {}) {
  const library = await loadLibrary();
  const sources = library.sources.filter((s) => !query.source || s.id === query.source);
  const figures = library.figures.filter(
    (f) =>
      (!query.source || f.sourceId === query.source) &&
      (!query.population || f.population === query.population) &&
      (!query.topic || f.topic === query.topic) &&
      (query.defaultsOnly !== "true" || f.isDefault),
  );
  return {
    sources: sources.map((s) => {
      const { seedFile: _seedFile, ...row } = sourceToRow(s);
      return { id: s.id, ...row, samples: s.samples.map((x) => ({ population: x.population, n: x.n, note: x.note ?? null })) };
    }),
    figures: figures.map((f) => ({
      id: f.id,
      sourceId: f.sourceId,
      population: f.population,
      topic: f.topic,
      statement: f.statement,
      value: f.value,
      unit: f.unit,
      ...(f.valueFrom !== undefined ? { valueFrom: f.valueFrom, yearFrom: f.yearFrom ?? null, yearTo: f.yearTo ?? null } : {}),
      ...(f.rankOf !== undefined ? { rankOf: f.rankOf } : {}),
      n: f.n ?? null,
      base: f.base,
      ...(f.bounds ? { bounds: f.bounds } : {}),
      covers: f.covers ?? "executives",
      isDefault: f.isDefault,
      variantOf: f.variantOf ?? null,
      locator: { file: f.locator.file, figure: f.locator.figure ?? null, quote: f.locator.quote },
    })),
  };
}

/** Which items of the stored questionnaire versions link each figure: "v2:sp-priority (exact)", by figure id. */
export async function listFigureUsage(): Promise<Map<string, string[]>> {
  const ids = await db.questionnaireVersion.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const map = new Map<string, string[]>();
  for (const q of await loadQuestionnaires(ids.map((v) => v.id))) {
    for (const item of q.items) {
      for (const link of [...item.benchmarks, ...(item.rankBenchmarks ?? [])]) {
        const list = map.get(link.figureId) ?? [];
        const label = `${q.version}:${item.key} (${item.fidelity})`;
        if (!list.includes(label)) list.push(label);
        map.set(link.figureId, list);
      }
    }
  }
  return map;
}
