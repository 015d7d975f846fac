// Reference data every installation has: the benchmark catalogue and the published questionnaire versions.
// Built-in sources are upserted on every start so a corrected figure in code reaches the database; a
// published questionnaire version is inserted once and never modified afterwards.
import type { Db } from "../lib/db/create-db";
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES } from "../lib/benchmarks/builtin";
import { QUESTIONNAIRES } from "../lib/questionnaire/builtin";
import { questionnaireItemId } from "../lib/questionnaire/item-id";
import type { QuestionnaireDef } from "../lib/questionnaire/types";

export async function seedBenchmarks(db: Db) {
  await db.$transaction(async (tx) => {
    for (const s of BENCHMARK_SOURCES) {
      const data = {
        publisher: s.publisher,
        title: s.title,
        year: s.year,
        fieldwork: s.fieldwork,
        method: s.method,
        regions: s.regions,
        industries: s.industries,
        seedFile: s.seedFile,
        notes: s.notes ?? null,
      };
      await tx.benchmarkSource.upsert({ where: { id: s.id }, create: { id: s.id, ...data }, update: data });
      await tx.benchmarkSample.deleteMany({ where: { sourceId: s.id } });
      await tx.benchmarkSample.createMany({
        data: s.samples.map((sample) => ({ sourceId: s.id, population: sample.population, n: sample.n, note: sample.note ?? null })),
      });
    }
    for (const f of BENCHMARK_FIGURES) {
      const data = {
        sourceId: f.sourceId,
        population: f.population,
        topic: f.topic,
        statement: f.statement,
        unit: f.unit,
        value: f.value,
        valueFrom: f.valueFrom ?? null,
        yearFrom: f.yearFrom ?? null,
        yearTo: f.yearTo ?? null,
        rankOf: f.rankOf ?? null,
        n: f.n ?? null,
        baseKind: f.base.kind,
        baseNote: f.base.kind === "subgroup" ? f.base.description : null,
        boundLow: f.bounds?.low ?? null,
        boundHigh: f.bounds?.high ?? null,
        covers: f.covers ?? "executives",
        locatorFile: f.locator.file,
        locatorFigure: f.locator.figure ?? null,
        locatorQuote: f.locator.quote,
        isDefault: f.isDefault,
        variantOf: f.variantOf ?? null,
      };
      await tx.benchmarkFigure.upsert({ where: { id: f.id }, create: { id: f.id, ...data }, update: data });
    }
  });
}


export async function seedQuestionnaire(db: Db, q: QuestionnaireDef) {
  const existing = await db.questionnaireVersion.findUnique({ where: { id: q.version }, select: { status: true, title: true } });
  if (existing) {
    // immutable once stored; a draft an admin created under the same id (a copy of the previous version made
    // before this release) keeps the built-in version out, so say so rather than fail silently
    if (existing.status === "draft" && q.status === "published") {
      console.warn(
        `⚠ Questionnaire ${q.version} ("${q.title}") ships with this release, but a draft "${existing.title}" already uses the id ${q.version}. ` +
          `Delete or rename that draft and restart to install the built-in ${q.version}.`,
      );
    }
    return false;
  }
  await db.$transaction(async (tx) => {
    await tx.questionnaireVersion.create({
      data: {
        id: q.version,
        title: q.title,
        status: q.status,
        sections: q.sections as object[],
        publishedAt: q.publishedAt ? new Date(q.publishedAt) : null,
      },
    });
    for (const [position, item] of q.items.entries()) {
      const { key, section, kind, required, imperatives, fidelity, benchmarks, ...rest } = item;
      const id = questionnaireItemId(q.version, key);
      await tx.questionnaireItem.create({
        data: {
          id,
          versionId: q.version,
          key,
          section,
          position,
          kind,
          required,
          imperatives,
          fidelity,
          definition: { ...rest, benchmarks } as object,
        },
      });
      const figureIds = [...new Set(benchmarks.map((b) => b.figureId))];
      if (figureIds.length) {
        await tx.itemBenchmarkFigure.createMany({ data: figureIds.map((figureId) => ({ itemId: id, figureId })) });
      }
    }
  });
  return true;
}

export async function seedReferenceData(db: Db) {
  await seedBenchmarks(db);
  for (const q of QUESTIONNAIRES) await seedQuestionnaire(db, q);
}
