// Reference data every installation has: the benchmark catalogue and the published questionnaire versions, from
// the built-in seed input (lib/benchmarks/builtin.ts, lib/questionnaire/builtin.ts). At runtime the app reads
// only the database (lib/catalogue/). Built-in sources are upserted on every start so a corrected figure in code
// reaches the database; a published questionnaire version is inserted once and its questions never change
// afterwards (v1's context-only reasons, an annotation of how comparable a link is, are written onto its stored
// links). Each step bumps the catalogue revision so running instances reload their catalogue cache.
import type { Db } from "../lib/db/create-db";
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES } from "../lib/benchmarks/builtin";
import { QUESTIONNAIRES } from "../lib/questionnaire/builtin";
import { questionnaireItemId } from "../lib/questionnaire/item-id";
import { withContextOnly } from "../lib/questionnaire/comparability";
import type { ItemBenchmarkLink, ItemRankLink, QuestionnaireDef } from "../lib/questionnaire/types";
import { bumpCatalogueRevision } from "../lib/catalogue/revision";
import { figureToRow, sourceToRow } from "../lib/catalogue/rows";

export async function seedBenchmarks(db: Db) {
  await db.$transaction(async (tx) => {
    for (const s of BENCHMARK_SOURCES) {
      const data = sourceToRow(s);
      await tx.benchmarkSource.upsert({ where: { id: s.id }, create: { id: s.id, ...data }, update: data });
      await tx.benchmarkSample.deleteMany({ where: { sourceId: s.id } });
      await tx.benchmarkSample.createMany({
        data: s.samples.map((sample) => ({ sourceId: s.id, population: sample.population, n: sample.n, note: sample.note ?? null })),
      });
    }
    for (const f of BENCHMARK_FIGURES) {
      const data = figureToRow(f);
      await tx.benchmarkFigure.upsert({ where: { id: f.id }, create: { id: f.id, ...data }, update: data });
    }
    await bumpCatalogueRevision(tx);
  });
}


export async function seedQuestionnaire(db: Db, builtin: QuestionnaireDef) {
  const q = withContextOnly(builtin);
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
    await bumpCatalogueRevision(tx);
  });
  return true;
}

/**
 * Writes the context-only reasons of a built-in version (v1's table) onto its stored links when a database was
 * seeded before links carried them. Only `contextOnly` changes; wording, options and answer rules stay as stored.
 */
export async function annotateContextOnly(db: Db, builtin: QuestionnaireDef) {
  const annotated = withContextOnly(builtin);
  if (annotated === builtin) return 0;
  const reasons = new Map<string, string>();
  for (const item of annotated.items) {
    for (const link of [...item.benchmarks, ...(item.rankBenchmarks ?? [])]) if (link.contextOnly) reasons.set(`${item.key}\u0000${link.figureId}`, link.contextOnly);
  }
  const stored = await db.questionnaireItem.findMany({ where: { versionId: builtin.version }, select: { id: true, key: true, definition: true } });
  const updates: { id: string; definition: object }[] = [];
  for (const item of stored) {
    const def = item.definition as { benchmarks?: ItemBenchmarkLink[]; rankBenchmarks?: ItemRankLink[] };
    let changed = false;
    const annotate = <L extends { figureId: string; contextOnly?: string }>(link: L): L => {
      const reason = reasons.get(`${item.key}\u0000${link.figureId}`);
      if (!reason || link.contextOnly === reason) return link;
      changed = true;
      return { ...link, contextOnly: reason };
    };
    const next = { ...def, ...(def.benchmarks ? { benchmarks: def.benchmarks.map(annotate) } : {}), ...(def.rankBenchmarks ? { rankBenchmarks: def.rankBenchmarks.map(annotate) } : {}) };
    if (changed) updates.push({ id: item.id, definition: next });
  }
  if (updates.length) {
    await db.$transaction(async (tx) => {
      for (const u of updates) await tx.questionnaireItem.update({ where: { id: u.id }, data: { definition: u.definition } });
      await bumpCatalogueRevision(tx);
    });
  }
  return updates.length;
}

export async function seedReferenceData(db: Db) {
  await seedBenchmarks(db);
  for (const q of QUESTIONNAIRES) if (!(await seedQuestionnaire(db, q))) await annotateContextOnly(db, q);
}
