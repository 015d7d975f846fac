// The machine-readable endpoints, against a real (per-file) SQLite database seeded with the reference data.
import { beforeAll, describe, expect, it } from "vitest";
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES } from "@/lib/benchmarks/builtin";
import { QUESTIONNAIRE_V1, QUESTIONNAIRE_V2 } from "@/lib/questionnaire/builtin";
import { testDb } from "@/lib/test/db";
import { seedReferenceData } from "@/prisma/seed-reference";
import { GET as getBenchmarks } from "./benchmarks/route";
import { GET as getCurrentQuestionnaire } from "./questionnaire/route";
import { GET as getQuestionnaire } from "./questionnaire/[version]/route";

beforeAll(async () => {
  const db = testDb();
  await seedReferenceData(db);
  await seedReferenceData(db); // idempotent
  await db.$disconnect();
});

const get = (query = "") => getBenchmarks(new Request(`http://test/api/benchmarks${query}`));
const version = (v: string) => getQuestionnaire(new Request(`http://test/api/questionnaire/${v}`), { params: Promise.resolve({ version: v }) });

describe("GET /api/benchmarks", () => {
  it("returns every source with its samples and every figure with its locator", async () => {
    const res = await get();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.sources).toHaveLength(BENCHMARK_SOURCES.length);
    expect(body.figures).toHaveLength(BENCHMARK_FIGURES.length);
    const a12 = body.sources.find((s: { id: string }) => s.id === "accenture-2012");
    expect(a12).toMatchObject({ publisher: "Accenture Interactive", year: 2012 });
    expect(a12.samples).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ population: "marketing", n: 405 }),
        expect.objectContaining({ population: "it", n: 252 }),
      ]),
    );
    const cio = body.figures.find((f: { id: string }) => f.id === "a12-need-alignment-cio");
    expect(cio).toMatchObject({ sourceId: "accenture-2012", population: "it", value: 77, unit: "percent", isDefault: true });
    expect(cio.locator.file).toBe("003_23b1ccd4d58906db.txt");
    expect(cio.locator.quote).toContain("77%");
  });

  it("keeps both versions of a finding quoted differently, with one default", async () => {
    const body = await (await get("?population=marketing&topic=need-for-alignment")).json();
    const variants = body.figures.filter((f: { value: number }) => f.value === 56 || f.value === 57);
    expect(variants.map((f: { value: number; isDefault: boolean }) => [f.value, f.isDefault]).sort()).toEqual([
      [56, true],
      [57, false],
    ]);
  });

  it("filters by population and default-only", async () => {
    const body = await (await get("?population=it&defaultsOnly=true")).json();
    expect(body.figures.length).toBeGreaterThan(20);
    expect(body.figures.every((f: { population: string; isDefault: boolean }) => f.population === "it" && f.isDefault)).toBe(true);
  });

  it("rejects a bad filter with a 400 naming the parameter", async () => {
    const res = await get("?population=sales");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: "invalid-input", error: expect.stringMatching(/^population: /), fieldErrors: { population: expect.any(String) } });
  });
});

describe("GET /api/questionnaire", () => {
  it("returns the current published version (the newest, v2) with every item in order", async () => {
    const res = await getCurrentQuestionnaire(new Request("http://test/api/questionnaire"));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.version).toBe("v2");
    expect(body.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/); // an ISO timestamp, as before the catalogue loader
    expect(body.items.map((i: { key: string }) => i.key)).toEqual(QUESTIONNAIRE_V2.items.map((i) => i.key));
    const mirror = body.items.find((i: { key: string }) => i.key === "sp-priority");
    expect(mirror.mirror.predictPrompt.marketing).toMatch(/IT colleagues/);
    expect(mirror.benchmarks[0]).toMatchObject({ figureId: expect.any(String), population: expect.stringMatching(/marketing|it/) });
    const pooled = body.items.find((i: { key: string }) => i.key === "sp-need-alignment");
    expect(pooled.benchmarks).toContainEqual(expect.objectContaining({ figureId: "a12-need-alignment-both", population: "both" }));
    expect(body.sections.map((s: { id: string }) => s.id)).toEqual(QUESTIONNAIRE_V2.sections.map((s) => s.id));
  });

  it("returns a version by name, 404 for an unknown one, 400 for a malformed one", async () => {
    const v1 = await version("v1");
    expect(v1.status).toBe(200);
    expect((await v1.json()).items.map((i: { key: string }) => i.key)).toEqual(QUESTIONNAIRE_V1.items.map((i) => i.key));
    const missing = await version("v99");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "Questionnaire v99 does not exist", code: "not-found" });
    const malformed = await version("drop table");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error).toBe("version: must look like v1");
  });
});
