import "server-only";
import { db } from "@/lib/db/client";
import type { TBenchmarkQuery } from "@/lib/validation/benchmark-query";

/** The benchmark library as stored (built-in sources plus any an admin added), public by nature. */
export async function listBenchmarkCatalogue(query: TBenchmarkQuery = {}) {
  const [sources, figures] = await Promise.all([
    db.benchmarkSource.findMany({
      where: query.source ? { id: query.source } : undefined,
      include: { samples: { orderBy: { population: "asc" } } },
      orderBy: [{ year: "desc" }, { id: "asc" }],
    }),
    db.benchmarkFigure.findMany({
      where: {
        ...(query.source ? { sourceId: query.source } : {}),
        ...(query.population ? { population: query.population } : {}),
        ...(query.topic ? { topic: query.topic } : {}),
        ...(query.defaultsOnly === "true" ? { isDefault: true } : {}),
      },
      orderBy: [{ sourceId: "asc" }, { topic: "asc" }, { id: "asc" }],
    }),
  ]);
  return {
    sources: sources.map((s) => ({
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      year: s.year,
      fieldwork: s.fieldwork,
      method: s.method,
      regions: s.regions,
      industries: s.industries,
      notes: s.notes,
      samples: s.samples.map((x) => ({ population: x.population, n: x.n, note: x.note })),
    })),
    figures: figures.map((f) => ({
      id: f.id,
      sourceId: f.sourceId,
      population: f.population,
      topic: f.topic,
      statement: f.statement,
      value: f.value,
      unit: f.unit,
      ...(f.valueFrom !== null ? { valueFrom: f.valueFrom, yearFrom: f.yearFrom, yearTo: f.yearTo } : {}),
      ...(f.rankOf !== null ? { rankOf: f.rankOf } : {}),
      n: f.n,
      base: f.baseKind === "subgroup" ? { kind: "subgroup" as const, description: f.baseNote ?? "" } : { kind: "full" as const },
      ...(f.boundLow !== null && f.boundHigh !== null ? { bounds: { low: f.boundLow, high: f.boundHigh } } : {}),
      covers: f.covers,
      isDefault: f.isDefault,
      variantOf: f.variantOf,
      locator: { file: f.locatorFile, figure: f.locatorFigure, quote: f.locatorQuote },
    })),
  };
}
