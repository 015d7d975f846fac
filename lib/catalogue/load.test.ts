// The runtime catalogue against a real SQLite file: read once, cached per revision, reloaded when any writer (an
// admin on this instance or another one sharing the database) bumps the revision.
import { beforeAll, describe, expect, it } from "vitest";
import { BENCHMARK_FIGURES } from "@/lib/benchmarks/builtin";
import { QUESTIONNAIRE_V1, QUESTIONNAIRE_V2 } from "@/lib/questionnaire/builtin";
import { v1ContextOnlyReason } from "@/lib/questionnaire/comparability";
import { testDb } from "@/lib/test/db";
import { annotateContextOnly, seedReferenceData } from "@/prisma/seed-reference";
import { createDb } from "@/lib/db/create-db";
import { loadAssessmentCatalogue, loadLibrary, loadPublishedQuestions, loadQuestionnaire } from "./load";
import { bumpCatalogueRevision } from "./revision";

const db = testDb();

beforeAll(async () => {
  await seedReferenceData(db);
}, 60_000);

describe("the runtime catalogue", () => {
  it("reads the stored library and versions, as the seed wrote them", async () => {
    const library = await loadLibrary();
    expect(library.figures.map((f) => f.id).sort()).toEqual(BENCHMARK_FIGURES.map((f) => f.id).sort());
    expect(await loadQuestionnaire("v2")).toEqual(QUESTIONNAIRE_V2);
    expect(await loadQuestionnaire("v404")).toBeNull();
  });

  it("serves the cached copy until the revision moves, then reads again (a write through another connection, as from another instance)", async () => {
    const first = await loadLibrary();
    expect(await loadLibrary()).toBe(first);
    const other = createDb(process.env.DATABASE_URL!); // a second instance's client on the same database
    await other.$transaction(async (tx) => {
      await tx.benchmarkSource.create({ data: { id: "cache-test", publisher: "P", title: "T", year: 2026, samples: { create: [{ population: "it", n: 10 }] } } });
      await bumpCatalogueRevision(tx);
    });
    const next = await loadLibrary();
    expect(next).not.toBe(first);
    expect(next.sources.some((s) => s.id === "cache-test")).toBe(true);
    await other.$disconnect();
  });

  it("gives v1's links their context-only reasons from the stored definition, and re-annotates a database seeded before", async () => {
    const v1 = await loadQuestionnaire("v1");
    const link = v1!.items.find((i) => i.key === "sp-need-alignment")!.benchmarks.find((l) => l.figureId === "a12-need-alignment-cmo")!;
    expect(link.contextOnly).toBe(v1ContextOnlyReason("sp-need-alignment", "a12-need-alignment-cmo"));
    // an older database: v1 stored without the reasons
    const item = await db.questionnaireItem.findUniqueOrThrow({ where: { id: "v1:sp-need-alignment" } });
    const bare = QUESTIONNAIRE_V1.items.find((i) => i.key === "sp-need-alignment")!;
    await db.questionnaireItem.update({ where: { id: item.id }, data: { definition: { ...(item.definition as object), benchmarks: bare.benchmarks } as object } });
    expect(await annotateContextOnly(db, QUESTIONNAIRE_V1)).toBe(1);
    expect(await annotateContextOnly(db, QUESTIONNAIRE_V1)).toBe(0);
    expect(await annotateContextOnly(db, QUESTIONNAIRE_V2)).toBe(0);
    const again = await loadQuestionnaire("v1");
    expect(again!.items.find((i) => i.key === "sp-need-alignment")!.benchmarks.find((l) => l.figureId === "a12-need-alignment-cmo")!.contextOnly).toMatch(/forced yes\/no/);
  });

  it("serves autosave a cached published version without reading the revision; a draft is always read", async () => {
    const cached = await loadQuestionnaire("v2");
    await db.$transaction(async (tx) => {
      await tx.questionnaireVersion.update({ where: { id: "v2" }, data: { title: "changed behind the app's back" } });
      await bumpCatalogueRevision(tx);
    });
    expect(await loadPublishedQuestions("v2")).toBe(cached); // published questions never change: no read
    expect((await loadQuestionnaire("v2"))!.title).toBe("changed behind the app's back"); // everyone else reads again
    await db.questionnaireVersion.update({ where: { id: "v2" }, data: { title: QUESTIONNAIRE_V2.title } });
    await db.questionnaireVersion.create({ data: { id: "v77", title: "Draft", status: "draft", sections: [] } });
    expect((await loadPublishedQuestions("v77"))!.status).toBe("draft");
    expect(await loadPublishedQuestions("v404")).toBeNull();
  });

  it("narrows an assessment's version to its chosen sources", async () => {
    const c = await loadAssessmentCatalogue("v2", ["forrester-2014"]);
    const ids = c!.questionnaire.items.flatMap((i) => i.benchmarks.map((l) => l.figureId));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => c!.figures.figure(id)?.sourceId === "forrester-2014")).toBe(true);
    expect(await loadAssessmentCatalogue("v404", [])).toBeNull();
    // the selection is kept per revision, whatever the order of the source ids
    const again = await loadAssessmentCatalogue("v2", ["forrester-2014"]);
    expect(again).toBe(c);
    expect(await loadAssessmentCatalogue("v2", ["accenture-2012", "forrester-2014"])).toBe(await loadAssessmentCatalogue("v2", ["forrester-2014", "accenture-2012"]));
    await db.$transaction(async (tx) => bumpCatalogueRevision(tx));
    expect(await loadAssessmentCatalogue("v2", ["forrester-2014"])).not.toBe(c);
  });
});
