import "@/lib/server-only-guard";
import { db } from "@/lib/db/client";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { figureFromRow, questionnaireFromRow, sourceFromRow } from "./rows";
import { selectCatalogue } from "./select";
import type { AssessmentCatalogue, Library } from "./types";

// The one loader of the catalogue at runtime: the benchmark library and questionnaire versions as stored. Each
// process caches what it read with the catalogue revision it read it at (lib/catalogue/revision.ts); every call
// reads the stored revision (one primary-key read) and reloads when another request, or another instance sharing
// the database, changed the library or a version since. Concurrent callers share one load.

interface Cached<T> {
  revision: number;
  value: Promise<T>;
}

/** The stored revision (0 before the first change): one primary-key read. */
async function readCatalogueRevision(): Promise<number> {
  const row = await db.catalogueRevision.findUnique({ where: { id: 1 }, select: { revision: true } });
  return row?.revision ?? 0;
}

const cache = new Map<string, Cached<unknown>>();

async function readLibrary(): Promise<Library> {
  // one transaction: an import committing meanwhile is seen whole or not at all
  const [sources, figures] = await db.$transaction([
    db.benchmarkSource.findMany({ include: { samples: { orderBy: { population: "asc" } } }, orderBy: [{ year: "desc" }, { id: "asc" }] }),
    db.benchmarkFigure.findMany({ orderBy: [{ sourceId: "asc" }, { topic: "asc" }, { id: "asc" }] }),
  ]);
  return { sources: sources.map(sourceFromRow), figures: figures.map(figureFromRow) };
}

async function readVersion(version: string): Promise<QuestionnaireDef | null> {
  const row = await db.questionnaireVersion.findUnique({ where: { id: version }, include: { items: { orderBy: { position: "asc" } } } });
  return row ? questionnaireFromRow(row) : null;
}

function cached<T>(key: string, revision: number, load: () => Promise<T>): Promise<T> {
  const entry = cache.get(key) as Cached<T> | undefined;
  if (entry?.revision === revision) return entry.value;
  const next: Cached<T> = { revision, value: load() };
  cache.set(key, next);
  // a failed read is not kept: the next call reads again
  next.value.catch(() => {
    if (cache.get(key) === next) cache.delete(key);
  });
  return next.value;
}

/** The benchmark library as stored (sources newest first; figures by source, topic, id). */
export async function loadLibrary(revision?: number): Promise<Library> {
  const current = revision ?? (await readCatalogueRevision());
  return cached("library", current, readLibrary);
}

/** A stored questionnaire version (draft or published), or null when there is none with this id. */
export async function loadQuestionnaire(version: string, revision?: number): Promise<QuestionnaireDef | null> {
  const current = revision ?? (await readCatalogueRevision());
  return cached(`version:${version}`, current, () => readVersion(version));
}

/**
 * A version's questions for the autosave hot path. A published version's items (wording, kinds, options, rules)
 * never change, so a cached published copy is served without reading the revision; anything else (no copy yet,
 * or a draft) goes through loadQuestionnaire. Callers must not rely on the links' annotations (context-only
 * reasons), which the seed may still add to a published version.
 */
export async function loadPublishedQuestions(version: string): Promise<QuestionnaireDef | null> {
  const entry = cache.get(`version:${version}`) as Cached<QuestionnaireDef | null> | undefined;
  const cachedCopy = entry ? await entry.value.catch(() => null) : null;
  return cachedCopy?.status === "published" ? cachedCopy : loadQuestionnaire(version);
}

/**
 * An assessment's catalogue: its questionnaire version with links to exactly the figures of its chosen sources
 * (lib/catalogue/select.ts). Null when the version does not exist.
 */
export async function loadAssessmentCatalogue(version: string, sourceIds: readonly string[]): Promise<AssessmentCatalogue | null> {
  return (await loadAssessmentCatalogueAt(version, sourceIds)).catalogue;
}

/** The same, with the catalogue revision it was read at (what a score computed from it is valid for). */
export async function loadAssessmentCatalogueAt(version: string, sourceIds: readonly string[]): Promise<{ catalogue: AssessmentCatalogue | null; revision: number }> {
  const revision = await readCatalogueRevision();
  // every respondent page and results view asks for it: the selection is kept with the version and the library
  const key = `assessment:${version}:${[...sourceIds].sort().join(",")}`;
  const catalogue = await cached(key, revision, async () => {
    const [q, lib] = await Promise.all([loadQuestionnaire(version, revision), loadLibrary(revision)]);
    return q ? selectCatalogue(q, lib, sourceIds) : null;
  });
  return { catalogue, revision };
}

/** Several stored versions (missing ones left out), read at one revision. */
export async function loadQuestionnaires(versions: readonly string[]): Promise<QuestionnaireDef[]> {
  const revision = await readCatalogueRevision();
  const loaded = await Promise.all(versions.map((v) => loadQuestionnaire(v, revision)));
  return loaded.filter((q): q is QuestionnaireDef => q !== null);
}
