"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/action";
import { parseBenchmarkCsv, type CsvImportError } from "@/lib/benchmarks/csv-import";
import { addFigure, createSource, importSource, libraryIds } from "@/lib/data/benchmark-admin";
import { ZBenchmarkFigureAdd } from "@/lib/validation/benchmark-figure";
import { ZBenchmarkImport } from "@/lib/validation/benchmark-import";
import { ZBenchmarkSourceCreate } from "@/lib/validation/benchmark-source";

// Thin: validate with the form's schema, authenticate (runAction); the data functions check admin rights.

export async function createSourceAction(input: unknown) {
  return runAction(ZBenchmarkSourceCreate, input, async (actor, data) => {
    const source = await createSource(actor, data);
    revalidatePath("/admin/benchmarks");
    return { id: source.id };
  });
}

export async function addFigureAction(input: unknown) {
  return runAction(ZBenchmarkFigureAdd, input, async (actor, { sourceId, ...figure }) => {
    const created = await addFigure(actor, sourceId, figure);
    revalidatePath("/admin/benchmarks");
    revalidatePath(`/admin/benchmarks/sources/${sourceId}`);
    return { id: created.id };
  });
}

export type ImportPreview =
  | {
      ok: true;
      source: { id: string; publisher: string; title: string; year: number; fieldwork: string; method: string; samples: string };
      figures: { row: number; id: string; population: string; topic: string; statement: string; unit: string; value: number; n: number | null; locator: string; quote: string }[];
    }
  | { ok: false; errors: CsvImportError[] };

/** Parse and check the file against the library; writes nothing. */
export async function previewImportAction(input: unknown) {
  return runAction(ZBenchmarkImport, input, async (actor, { text }): Promise<ImportPreview> => {
    const result = parseBenchmarkCsv(text, await libraryIds(actor));
    if (!result.ok) return result;
    const s = result.source;
    const samples = [
      s.sampleMarketing !== undefined ? `marketing n = ${s.sampleMarketing}` : null,
      s.sampleIt !== undefined ? `IT n = ${s.sampleIt}` : null,
      s.sampleBoth !== undefined ? `both n = ${s.sampleBoth}` : null,
    ].filter(Boolean);
    return {
      ok: true,
      source: { id: s.id, publisher: s.publisher, title: s.title, year: s.year, fieldwork: s.fieldwork, method: s.method, samples: samples.join("; ") },
      figures: result.figures.map((f) => ({
        row: f.row,
        id: f.id,
        population: f.population,
        topic: f.topic,
        statement: f.statement,
        unit: f.unit,
        value: f.value,
        n: f.n ?? null,
        locator: [f.locatorFile, f.locatorFigure].filter(Boolean).join(" · "),
        quote: f.locatorQuote,
      })),
    };
  });
}

/** Parse the same text again on the server (never trust the preview) and import it, all or nothing. */
export async function importBenchmarksAction(input: unknown) {
  return runAction(ZBenchmarkImport, input, async (actor, { text }): Promise<{ ok: true; sourceId: string; figures: number } | { ok: false; errors: CsvImportError[] }> => {
    const result = parseBenchmarkCsv(text, await libraryIds(actor));
    if (!result.ok) return result;
    const imported = await importSource(actor, result);
    revalidatePath("/admin/benchmarks");
    return { ok: true, ...imported };
  });
}
