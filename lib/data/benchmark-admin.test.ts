// Benchmark authoring against a real SQLite file: admin-only, audited, and a CSV import is all or nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/actions/action-error";
import { parseBenchmarkCsv } from "@/lib/benchmarks/csv-import";
import { testDb } from "@/lib/test/db";
import type { TBenchmarkFigureCreate } from "@/lib/validation/benchmark-figure";
import { ZBenchmarkSourceCreate } from "@/lib/validation/benchmark-source";
import { seedReferenceData } from "@/prisma/seed-reference";
import { addFigure, createSource, getSourceForAdmin, importSource, libraryIds, listSourceOrigins } from "./benchmark-admin";
import { listBenchmarkCatalogue } from "./benchmarks";

const db = testDb();
let admin: Actor;
let facilitator: Actor;
const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../e2e/fixtures", name), "utf8");

const sourceInput = (id: string) =>
  ZBenchmarkSourceCreate.parse({ id, publisher: "Example Research", title: "Wave 2028", year: "2028", fieldwork: "Spring 2028", method: "online survey", sampleMarketing: "300", sampleBoth: "" });
const figureInput = (id: string, extra: Partial<TBenchmarkFigureCreate> = {}): TBenchmarkFigureCreate => ({
  id,
  population: "marketing",
  topic: "need-alignment",
  statement: "55% of CMOs agree",
  unit: "percent",
  value: 55,
  locatorFile: "https://example.org/wave-2028.pdf",
  locatorQuote: "55% of CMOs agree.",
  ...extra,
});

beforeAll(async () => {
  await seedReferenceData(db);
  const a = await db.user.create({ data: { name: "Admin", email: "admin@bench.example", role: "admin", twoFactorEnabled: true } });
  const f = await db.user.create({ data: { name: "Fac", email: "fac@bench.example", role: "facilitator" } });
  admin = { id: a.id, email: a.email, name: a.name, role: "admin", twoFactorEnabled: true };
  facilitator = { id: f.id, email: f.email, name: f.name, role: "facilitator", twoFactorEnabled: false };
});

describe("createSource and addFigure", () => {
  it("creates a source with its samples and an audit row; a figure is added with its own audit row", async () => {
    await createSource(admin, sourceInput("wave-2028"));
    const stored = await db.benchmarkSource.findUniqueOrThrow({ where: { id: "wave-2028" }, include: { samples: true } });
    expect(stored.seedFile).toBeNull();
    expect(stored.samples).toEqual([expect.objectContaining({ population: "marketing", n: 300 })]);
    expect(await db.auditLog.count({ where: { action: "benchmark.source-create", targetId: "wave-2028", actorId: admin.id } })).toBe(1);

    await addFigure(admin, "wave-2028", figureInput("w28-need-alignment-cmo", { n: 280, locatorFigure: "Figure 1" }));
    const figure = await db.benchmarkFigure.findUniqueOrThrow({ where: { id: "w28-need-alignment-cmo" } });
    expect(figure).toMatchObject({ sourceId: "wave-2028", value: 55, n: 280, locatorFigure: "Figure 1", isDefault: true, variantOf: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "benchmark.figure-create", targetId: figure.id } });
    expect(audit.detail).toEqual({ sourceId: "wave-2028" });
    expect((await listBenchmarkCatalogue({ source: "wave-2028" })).figures).toHaveLength(1);
  });

  it("refuses a duplicate source id, a figure id already in the library and figures on a built-in source", async () => {
    await expect(createSource(admin, sourceInput("accenture-2012"))).rejects.toThrow(/already in the library/);
    await createSource(admin, sourceInput("wave-2029"));
    await expect(addFigure(admin, "wave-2029", figureInput("a12-need-alignment-cio"))).rejects.toThrow(/already in the library/);
    await expect(addFigure(admin, "accenture-2012", figureInput("new-figure-on-builtin"))).rejects.toThrow(/read-only/);
    await expect(addFigure(admin, "no-such-source", figureInput("orphan-figure"))).rejects.toThrow(/not found/);
    await expect(addFigure(admin, "wave-2029", figureInput("w29-over", { value: 120 }))).rejects.toThrow();
    expect(await db.benchmarkFigure.count({ where: { sourceId: { in: ["wave-2029", "accenture-2012"] }, id: { in: ["new-figure-on-builtin", "w29-over"] } } })).toBe(0);
  });

  it("refuses a facilitator (and an admin without two-factor) without writing anything", async () => {
    await expect(createSource(facilitator, sourceInput("fac-2028"))).rejects.toBeInstanceOf(ActionError);
    await expect(createSource({ ...admin, twoFactorEnabled: false }, sourceInput("fac-2028"))).rejects.toThrow("Not found");
    await expect(addFigure(facilitator, "wave-2028", figureInput("fac-figure"))).rejects.toThrow("Not found");
    await expect(libraryIds(facilitator)).rejects.toThrow("Not found");
    await expect(getSourceForAdmin(facilitator, "wave-2028")).rejects.toThrow("Not found");
    expect(await db.benchmarkSource.count({ where: { id: "fac-2028" } })).toBe(0);
    expect(await db.benchmarkFigure.count({ where: { id: "fac-figure" } })).toBe(0);
  });
});

describe("importSource", () => {
  it("one bad row imports nothing; the fixed file imports the source and every figure in one audited step", async () => {
    const before = await db.benchmarkFigure.count();
    const bad = parseBenchmarkCsv(fixture("benchmark-import-bad.csv"), await libraryIds(admin));
    expect(bad.ok).toBe(false);
    expect(await db.benchmarkSource.count({ where: { id: "wave-2027" } })).toBe(0);

    const good = parseBenchmarkCsv(fixture("benchmark-import-good.csv"), await libraryIds(admin));
    if (!good.ok) throw new Error(JSON.stringify(good.errors));
    // A bad figure slipped past the parser (e.g. a tampered request) is caught by the data layer: nothing written.
    const tampered = { source: good.source, figures: good.figures.map((f, i) => (i === 1 ? { ...f, value: 120 } : f)) };
    await expect(importSource(admin, tampered)).rejects.toThrow(/Nothing was imported: row 3/);
    expect(await db.benchmarkSource.count({ where: { id: "wave-2027" } })).toBe(0);
    expect(await db.benchmarkFigure.count()).toBe(before);

    expect(await importSource(admin, good)).toEqual({ sourceId: "wave-2027", figures: 4 });
    expect(await db.benchmarkFigure.count()).toBe(before + 4);
    const source = await db.benchmarkSource.findUniqueOrThrow({ where: { id: "wave-2027" }, include: { samples: { orderBy: { population: "asc" } } } });
    expect(source.samples.map((s) => [s.population, s.n])).toEqual([
      ["it", 260],
      ["marketing", 410],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "benchmark.import", targetId: "wave-2027" } });
    expect(audit.detail).toEqual({ sourceId: "wave-2027", figures: 4 });
    expect(audit.actorId).toBe(admin.id);

    const origin = (await listSourceOrigins(admin)).get("wave-2027");
    expect(origin).toMatchObject({ builtIn: false, by: "admin@bench.example", via: "import" });
    expect((await listSourceOrigins(admin)).get("accenture-2012")).toEqual({ builtIn: true, seedFile: "003_23b1ccd4d58906db.txt" });
  });

  it("rolls back when a figure id was taken between preview and import (nothing of the source remains)", async () => {
    const good = parseBenchmarkCsv(fixture("benchmark-import-good.csv").replaceAll("wave-2027", "wave-2030").replaceAll("w27-", "w30-"), await libraryIds(admin));
    if (!good.ok) throw new Error(JSON.stringify(good.errors));
    await createSource(admin, sourceInput("wave-2031"));
    await addFigure(admin, "wave-2031", figureInput("w30-obstacle-budget-cio"));
    await expect(importSource(admin, good)).rejects.toThrow(/w30-obstacle-budget-cio/);
    expect(await db.benchmarkSource.count({ where: { id: "wave-2030" } })).toBe(0);
    expect(await db.benchmarkFigure.count({ where: { id: { startsWith: "w30-" } } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "benchmark.import", targetId: "wave-2030" } })).toBe(0);
  });

  it("a facilitator is refused", async () => {
    const good = parseBenchmarkCsv(fixture("benchmark-import-good.csv").replaceAll("wave-2027", "wave-2032").replaceAll("w27-", "w32-"), await libraryIds(admin));
    if (!good.ok) throw new Error(JSON.stringify(good.errors));
    await expect(importSource(facilitator, good)).rejects.toThrow("Not found");
    expect(await db.benchmarkSource.count({ where: { id: "wave-2032" } })).toBe(0);
  });
});

describe("base, bounds and covers", () => {
  it("the built-in figures are seeded with their base, bounds and covers (and /api/benchmarks shows them)", async () => {
    const constraint = await db.benchmarkFigure.findUniqueOrThrow({ where: { id: "cc10-constraint-insufficient-funding-cmo" } });
    expect(constraint).toMatchObject({ baseKind: "subgroup", n: null, boundLow: null, covers: "executives" });
    expect(constraint.baseNote).toMatch(/unprepared/);
    const third = await db.benchmarkFigure.findUniqueOrThrow({ where: { id: "cc10-analytics-integration-difficulty-cmo" } });
    expect(third).toMatchObject({ baseKind: "full", baseNote: null, value: 33, boundLow: 25, boundHigh: 33.3 });
    expect(await db.benchmarkFigure.findUniqueOrThrow({ where: { id: "a12-digital-orientation-weakest-capability-cmo" } })).toMatchObject({ unit: "finding", value: 0 });

    const api = (await listBenchmarkCatalogue({ source: "cmo-council-2010" })).figures;
    expect(api.find((f) => f.id === constraint.id)).toMatchObject({ base: { kind: "subgroup", description: constraint.baseNote }, covers: "executives" });
    expect(api.find((f) => f.id === constraint.id)).not.toHaveProperty("bounds");
    expect(api.find((f) => f.id === third.id)).toMatchObject({ base: { kind: "full" }, bounds: { low: 25, high: 33.3 } });
  });

  it("a figure added by form stores its subgroup, bounds and covers; without them: full sample, no bounds, executives", async () => {
    await createSource(admin, sourceInput("wave-2033"));
    await addFigure(admin, "wave-2033", figureInput("w33-plain-cmo"));
    expect(await db.benchmarkFigure.findUniqueOrThrow({ where: { id: "w33-plain-cmo" } })).toMatchObject({
      baseKind: "full",
      baseNote: null,
      boundLow: null,
      boundHigh: null,
      covers: "executives",
    });
    await addFigure(
      admin,
      "wave-2033",
      figureInput("w33-unprepared-cmo", { value: 33, baseSubgroup: "marketers who feel unprepared", boundLow: 25, boundHigh: 33.3, covers: "everyone" }),
    );
    expect(await db.benchmarkFigure.findUniqueOrThrow({ where: { id: "w33-unprepared-cmo" } })).toMatchObject({
      baseKind: "subgroup",
      baseNote: "marketers who feel unprepared",
      boundLow: 25,
      boundHigh: 33.3,
      covers: "everyone",
    });
    await expect(addFigure(admin, "wave-2033", figureInput("w33-bad-bounds", { boundLow: 60, boundHigh: 70 }))).rejects.toThrow();
    expect(await db.benchmarkFigure.count({ where: { id: "w33-bad-bounds" } })).toBe(0);
  });

  it("a CSV import stores the optional base_subgroup, bound_low, bound_high and covers columns", async () => {
    const text = fixture("benchmark-import-good.csv")
      .replaceAll("wave-2027", "wave-2034")
      .replaceAll("w27-", "w34-")
      .split("\n")
      .map((line, i) => (line.trim() === "" ? line : i === 0 ? `${line},base_subgroup,bound_low,bound_high,covers` : i === 1 ? `${line},marketers who feel unprepared,50,70,everyone` : `${line},,,,`))
      .join("\n");
    const parsed = parseBenchmarkCsv(text, await libraryIds(admin));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    await importSource(admin, parsed);
    const rows = await db.benchmarkFigure.findMany({ where: { sourceId: "wave-2034" }, orderBy: { id: "asc" } });
    expect(rows.find((r) => r.id === "w34-need-alignment-cmo")).toMatchObject({ baseKind: "subgroup", baseNote: "marketers who feel unprepared", boundLow: 50, boundHigh: 70, covers: "everyone" });
    for (const r of rows.filter((x) => x.id !== "w34-need-alignment-cmo")) expect(r).toMatchObject({ baseKind: "full", boundLow: null, covers: "executives" });
  });
});
