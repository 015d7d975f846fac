// Admin authoring of the benchmark library: new sources (survey waves) and their figures, by form or CSV.
// Built-in sources (seedFile set, seeded from lib/benchmarks) are read-only. Every write is admin-only, runs in
// one transaction with its audit row, and re-checks ids inside the transaction (all or nothing).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireCan } from "@/lib/auth/can";
import { ActionError } from "@/lib/actions/action-error";
import type { SourceOrigin } from "@/lib/admin/types";
import { bumpCatalogueRevision } from "@/lib/catalogue/revision";
import { figureToRow } from "@/lib/catalogue/rows";
import { db } from "@/lib/db/client";
import type { CsvImportFigure, LibraryIds } from "@/lib/benchmarks/csv-import";
import { figureDefOf, ZBenchmarkFigureCreate, type TBenchmarkFigureCreate } from "@/lib/validation/benchmark-figure";
import { samplesOf, ZBenchmarkSourceCreate, type TBenchmarkSourceCreate } from "@/lib/validation/benchmark-source";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

const SOURCE_AUDIT_ACTIONS = ["benchmark.source-create", "benchmark.import"];

function sourceData(input: TBenchmarkSourceCreate) {
  return {
    id: input.id,
    publisher: input.publisher,
    title: input.title,
    year: input.year,
    fieldwork: input.fieldwork,
    method: input.method,
    regions: input.regions ?? null,
    industries: input.industries ?? null,
    notes: input.notes ?? null,
    seedFile: null,
    samples: { create: samplesOf(input).map((s) => ({ population: s.population, n: s.n })) },
  };
}

/** The row a validated figure is stored as: through its definition, the one mapping the seed uses too. */
function storedFigure(sourceId: string, f: TBenchmarkFigureCreate) {
  return { id: f.id, ...figureToRow(figureDefOf(sourceId, f)) };
}

async function assertSourceIdFree(tx: Tx, id: string) {
  if (await tx.benchmarkSource.findUnique({ where: { id }, select: { id: true } })) {
    throw new ActionError(`Source "${id}" is already in the library`, { id: "This id is already in the library" });
  }
}

/** Every source and figure id in the library (built-in included), for the CSV import's checks. */
export async function libraryIds(actor: Actor): Promise<LibraryIds> {
  requireCan(actor, "benchmarks:manage");
  const [sources, figures] = await Promise.all([
    db.benchmarkSource.findMany({ select: { id: true } }),
    db.benchmarkFigure.findMany({ select: { id: true, unit: true, population: true, _count: { select: { items: true } } } }),
  ]);
  return {
    sourceIds: sources.map((s) => s.id),
    figureIds: figures.map((f) => f.id),
    percentFigures: new Map(figures.filter((f) => f.unit === "percent" && f._count.items > 0).map((f) => [f.id, f.population])),
  };
}

/**
 * A figure's `sameMeasureAs` must be a percent the questionnaire measures (linked to an item), about the same
 * population (checked in the transaction).
 */
async function assertSameMeasure(tx: Tx, figure: TBenchmarkFigureCreate, where: string) {
  if (figure.sameMeasureAs === undefined) return;
  const other = await tx.benchmarkFigure.findUnique({
    where: { id: figure.sameMeasureAs },
    select: { unit: true, population: true, _count: { select: { items: true } } },
  });
  const problem = !other
    ? "is not a figure of the library"
    : other.unit !== "percent" || other._count.items === 0
      ? "is not a percent the questionnaire measures"
      : other.population !== figure.population
        ? `is about population "${other.population}", not "${figure.population}"`
        : null;
  if (problem) throw new ActionError(`${where}"${figure.sameMeasureAs}" ${problem}`, { sameMeasureAs: `"${figure.sameMeasureAs}" ${problem}` });
}

export async function createSource(actor: Actor, input: TBenchmarkSourceCreate) {
  requireCan(actor, "benchmarks:manage");
  const data = ZBenchmarkSourceCreate.parse(input);
  return db.$transaction(async (tx) => {
    await assertSourceIdFree(tx, data.id);
    const source = await tx.benchmarkSource.create({ data: sourceData(data) });
    await bumpCatalogueRevision(tx);
    await tx.auditLog.create({
      data: { actorId: actor.id, action: "benchmark.source-create", targetType: "benchmark-source", targetId: source.id, detail: { sourceId: source.id } },
    });
    return source;
  });
}

export async function addFigure(actor: Actor, sourceId: string, input: TBenchmarkFigureCreate) {
  requireCan(actor, "benchmarks:manage");
  const data = ZBenchmarkFigureCreate.parse(input);
  return db.$transaction(async (tx) => {
    const source = await tx.benchmarkSource.findUnique({ where: { id: sourceId }, select: { id: true, seedFile: true } });
    if (!source) throw new ActionError("Source not found");
    if (source.seedFile) throw new ActionError("Built-in sources are read-only: their figures come from the seed documents");
    if (await tx.benchmarkFigure.findUnique({ where: { id: data.id }, select: { id: true } })) {
      throw new ActionError(`Figure "${data.id}" is already in the library`, { id: "This id is already in the library" });
    }
    await assertSameMeasure(tx, data, "Same measure as: ");
    const figure = await tx.benchmarkFigure.create({ data: storedFigure(source.id, data) });
    await bumpCatalogueRevision(tx);
    await tx.auditLog.create({
      data: { actorId: actor.id, action: "benchmark.figure-create", targetType: "benchmark-figure", targetId: figure.id, detail: { sourceId: source.id } },
    });
    return figure;
  });
}

/**
 * A parsed CSV file (lib/benchmarks/csv-import.ts) as one new source with its figures, all or nothing: any id
 * taken in the meantime, or any figure the schema refuses, rolls everything back.
 */
export async function importSource(actor: Actor, parsed: { source: TBenchmarkSourceCreate; figures: (TBenchmarkFigureCreate | CsvImportFigure)[] }) {
  requireCan(actor, "benchmarks:manage");
  const source = ZBenchmarkSourceCreate.parse(parsed.source);
  const figures = parsed.figures.map((f, i) => {
    const row = "row" in f ? f.row : i + 2;
    const result = ZBenchmarkFigureCreate.safeParse(f);
    if (!result.success) throw new ActionError(`Nothing was imported: row ${row} is not a valid figure`);
    return result.data;
  });
  if (figures.length === 0) throw new ActionError("Nothing was imported: the file has no figures");
  if (new Set(figures.map((f) => f.id)).size !== figures.length) throw new ActionError("Nothing was imported: a figure id is used twice");
  return db.$transaction(async (tx) => {
    await assertSourceIdFree(tx, source.id);
    const taken = await tx.benchmarkFigure.findMany({ where: { id: { in: figures.map((f) => f.id) } }, select: { id: true } });
    if (taken.length) throw new ActionError(`Nothing was imported: figure ids already in the library: ${taken.map((f) => f.id).join(", ")}`);
    for (const [i, f] of figures.entries()) {
      const row = parsed.figures[i] && "row" in parsed.figures[i] ? parsed.figures[i].row : i + 2;
      await assertSameMeasure(tx, f, `Nothing was imported: row ${row}: same_measure_as `);
    }
    await tx.benchmarkSource.create({ data: sourceData(source) });
    await tx.benchmarkFigure.createMany({ data: figures.map((f) => storedFigure(source.id, f)) });
    await bumpCatalogueRevision(tx);
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "benchmark.import",
        targetType: "benchmark-source",
        targetId: source.id,
        detail: { sourceId: source.id, figures: figures.length },
      },
    });
    return { sourceId: source.id, figures: figures.length };
  });
}


/** Where each source comes from: a seed file (built-in) or an admin (who, when, by form or import). */
export async function listSourceOrigins(actor: Actor): Promise<Map<string, SourceOrigin>> {
  requireCan(actor, "benchmarks:manage");
  const [sources, audits] = await Promise.all([
    db.benchmarkSource.findMany({ select: { id: true, seedFile: true, createdAt: true } }),
    db.auditLog.findMany({
      where: { action: { in: SOURCE_AUDIT_ACTIONS }, targetType: "benchmark-source" },
      orderBy: { createdAt: "asc" },
      include: { actor: { select: { email: true, name: true } } },
    }),
  ]);
  const audit = new Map(audits.map((a) => [a.targetId, a]));
  return new Map(
    sources.map((s): [string, SourceOrigin] => {
      if (s.seedFile) return [s.id, { builtIn: true, seedFile: s.seedFile }];
      const a = audit.get(s.id);
      return [s.id, { builtIn: false, by: a?.actor?.email ?? null, at: a?.createdAt ?? s.createdAt, via: a ? (a.action === "benchmark.import" ? "import" : "form") : null }];
    }),
  );
}

/** One source with its samples, figures (and the questionnaire items using them) and origin; null if unknown. */
export async function getSourceForAdmin(actor: Actor, sourceId: string) {
  requireCan(actor, "benchmarks:manage");
  const source = await db.benchmarkSource.findUnique({
    where: { id: sourceId },
    include: {
      samples: { orderBy: { population: "asc" } },
      figures: { orderBy: [{ topic: "asc" }, { id: "asc" }], include: { items: { select: { item: { select: { versionId: true, key: true, fidelity: true } } } } } },
    },
  });
  if (!source) return null;
  const origin = (await listSourceOrigins(actor)).get(source.id)!;
  return { source, origin };
}
