import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES } from "@/lib/benchmarks/builtin";
import { CSV_MAX_BYTES, CSV_MAX_ROWS, parseBenchmarkCsv, REQUIRED_COLUMNS, templateRows, type CsvImportResult } from "./csv-import";

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../e2e/fixtures", name), "utf8");
const GOOD = fixture("benchmark-import-good.csv");
const BAD = fixture("benchmark-import-bad.csv");
const library = { sourceIds: BENCHMARK_SOURCES.map((s) => s.id), figureIds: BENCHMARK_FIGURES.map((f) => f.id) };

/** The good fixture as rows, to change one cell and write it back. */
function edit(change: (rows: string[][]) => void): string {
  const rows = parse(GOOD) as string[][];
  change(rows);
  return stringify(rows);
}
const col = (name: string) => (parse(GOOD) as string[][])[0]!.indexOf(name);

function errorsOf(result: CsvImportResult) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe("parseBenchmarkCsv", () => {
  it("reads the good fixture: one source with its samples, four figures with their rows", () => {
    const result = parseBenchmarkCsv(GOOD, library);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.source).toMatchObject({ id: "wave-2027", year: 2027, fieldwork: "January-March 2027", sampleMarketing: 410, sampleIt: 260 });
    expect(result.source.sampleBoth).toBeUndefined();
    expect(result.figures.map((f) => [f.row, f.id])).toEqual([
      [2, "w27-need-alignment-cmo"],
      [3, "w27-need-alignment-cio"],
      [4, "w27-obstacle-budget-cio"],
      [5, "w27-cmo-trust-it-cmo"],
    ]);
    expect(result.figures[1]!.locatorQuote).toBe('Among CIOs, the share was 79%, "higher than ever".');
    expect(result.figures[3]!.n).toBe(380);
    expect(result.figures[0]!.n).toBeUndefined();
  });

  it("a percent over 100 (the bad fixture) is rejected naming row 3 and the value column", () => {
    expect(errorsOf(parseBenchmarkCsv(BAD, library))).toEqual([{ row: 3, column: "value", message: "value: A percent must be between 0 and 100 (got 120)" }]);
  });

  it("same_measure_as: reads it, and rejects an unknown figure, a non-percent and another population, naming the row", () => {
    const withPercents = { ...library, percentFigures: new Map(BENCHMARK_FIGURES.filter((f) => f.unit === "percent").map((f) => [f.id, f.population])) };
    const ok = parseBenchmarkCsv(GOOD, withPercents);
    if (!ok.ok) throw new Error(JSON.stringify(ok.errors));
    expect(ok.figures.map((f) => f.sameMeasureAs)).toEqual(["a12-need-alignment-cmo", "a12-need-alignment-cio", undefined, undefined]);
    const rank = BENCHMARK_FIGURES.find((f) => f.unit === "rank")!;
    const text = edit((rows) => {
      rows[1]![col("same_measure_as")] = "no-such-figure";
      rows[2]![col("same_measure_as")] = "a12-need-alignment-cmo"; // a CMO figure for a CIO figure
      rows[4]![col("same_measure_as")] = rank.id;
      rows[4]![col("population")] = rank.population;
    });
    const errors = errorsOf(parseBenchmarkCsv(text, withPercents));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "same_measure_as"],
      [3, "same_measure_as"],
      [5, "same_measure_as"],
    ]);
    expect(errors[0]!.message).toMatch(/not a figure of the library/);
    expect(errors[1]!.message).toMatch(/population "marketing"/);
    expect(errors[2]!.message).toMatch(/not a percent/);
  });

  it("rejects a negative percent", () => {
    const text = edit((rows) => (rows[4]![col("value")] = "-1"));
    expect(errorsOf(parseBenchmarkCsv(text, library))).toEqual([expect.objectContaining({ row: 5, column: "value" })]);
  });

  it("rejects a figure id used twice in the file, naming both rows", () => {
    const text = edit((rows) => (rows[3]![col("figure_id")] = "w27-need-alignment-cmo"));
    const [error] = errorsOf(parseBenchmarkCsv(text, library));
    expect(error).toMatchObject({ row: 4, column: "figure_id" });
    expect(error!.message).toContain("also row 2");
  });

  it("rejects a figure id already in the library (a built-in one)", () => {
    const text = edit((rows) => {
      rows[2]![col("figure_id")] = "a12-need-alignment-cio";
      rows[2]![col("same_measure_as")] = "";
    });
    const [error] = errorsOf(parseBenchmarkCsv(text, library));
    expect(error).toMatchObject({ row: 3, column: "figure_id" });
    expect(error!.message).toMatch(/already in the library/);
  });

  it("rejects a source id already in the library", () => {
    const text = edit((rows) => (rows[1]![col("source_id")] = "accenture-2012"));
    expect(errorsOf(parseBenchmarkCsv(text, library))).toEqual([expect.objectContaining({ row: 2, column: "source_id", message: expect.stringMatching(/already in the library/) })]);
  });

  it("rejects a missing source: no source_id on the first figure row", () => {
    const text = edit((rows) => (rows[1]![col("source_id")] = ""));
    expect(errorsOf(parseBenchmarkCsv(text, library))).toEqual([expect.objectContaining({ row: 2, column: "source_id", message: expect.stringMatching(/source is missing/) })]);
  });

  it("rejects an unknown source on a later row, and a source field that differs from the first row", () => {
    const text = edit((rows) => {
      rows[3]![col("source_id")] = "other-2027";
      rows[4]![col("source_year")] = "2026";
    });
    const errors = errorsOf(parseBenchmarkCsv(text, library));
    expect(errors).toEqual([
      expect.objectContaining({ row: 4, column: "source_id", message: expect.stringMatching(/unknown source "other-2027"/) }),
      expect.objectContaining({ row: 5, column: "source_year", message: expect.stringMatching(/differs from row 2/) }),
    ]);
  });

  it("rejects missing provenance of the source (fieldwork, samples)", () => {
    const text = edit((rows) => {
      rows[1]![col("source_fieldwork")] = "";
      rows[1]![col("sample_marketing_n")] = "";
      rows[1]![col("sample_it_n")] = "";
    });
    const errors = errorsOf(parseBenchmarkCsv(text, library));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "source_fieldwork"],
      [2, "sample_marketing_n"],
    ]);
  });

  it("rejects a missing required column in the header (row 1)", () => {
    const rows = (parse(GOOD) as string[][]).map((r) => r.filter((_, i) => i !== col("locator_quote")));
    const errors = errorsOf(parseBenchmarkCsv(stringify(rows), library));
    expect(errors).toEqual([{ row: 1, column: "locator_quote", message: 'Missing required column "locator_quote"' }]);
  });

  it("rejects an unknown column and a file with no sample column", () => {
    const text = edit((rows) => {
      rows[0]![col("sample_marketing_n")] = "sample_cmo";
      rows[0]![col("sample_it_n")] = "sample_cio";
      rows[0]![col("sample_both_n")] = "extra";
    });
    const errors = errorsOf(parseBenchmarkCsv(text, library));
    expect(errors.every((e) => e.row === 1)).toBe(true);
    expect(errors.map((e) => e.message)).toEqual(expect.arrayContaining(['Unknown column "sample_cmo"', expect.stringMatching(/Missing a sample column/)]));
  });

  it("rejects malformed CSV: an unclosed quote names the row where it opens", () => {
    const lines = GOOD.split("\n");
    lines[3] = lines[3]!.replace("CIOs ranked budget", '"CIOs ranked budget');
    const errors = errorsOf(parseBenchmarkCsv(lines.join("\n"), library));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.row).toBe(4);
    expect(errors[0]!.message).toMatch(/not valid CSV/);
  });

  it("rejects malformed CSV: a misplaced quote", () => {
    const lines = GOOD.split("\n");
    lines[2] = lines[2]!.replace("it,need-alignment", 'it,need"alignment"');
    expect(errorsOf(parseBenchmarkCsv(lines.join("\n"), library))).toEqual([expect.objectContaining({ row: 3, message: expect.stringMatching(/double quote is misplaced/) })]);
  });

  it("rejects a row with the wrong number of columns, naming every such row", () => {
    const lines = GOOD.split("\n");
    lines[2] = `${lines[2]},extra`;
    lines[4] = lines[4]!.replace(",cmo-cio-survey-2027.pdf,", ",");
    const errors = errorsOf(parseBenchmarkCsv(lines.join("\n"), library));
    expect(errors.map((e) => e.row)).toEqual([3, 5]);
    expect(errors[0]!.message).toMatch(/Has 22 columns but the header has 21/);
  });

  it("rejects n that is not a positive integer, and an empty quote", () => {
    const text = edit((rows) => {
      rows[2]![col("n")] = "12.5";
      rows[3]![col("n")] = "0";
      rows[4]![col("locator_quote")] = "   ";
    });
    const errors = errorsOf(parseBenchmarkCsv(text, library));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, "n"],
      [4, "n"],
      [5, "locator_quote"],
    ]);
  });

  it("rejects an unknown unit or population, a non-numeric value and a non-kebab id", () => {
    const text = edit((rows) => {
      rows[1]![col("unit")] = "percentage";
      rows[2]![col("population")] = "cio";
      rows[3]![col("value")] = "many";
      rows[4]![col("figure_id")] = "Has Spaces";
    });
    const errors = errorsOf(parseBenchmarkCsv(text, library));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "unit"],
      [3, "population"],
      [4, "value"],
      [5, "figure_id"],
    ]);
  });

  it("counts blank rows so numbers match the spreadsheet, and ignores them otherwise", () => {
    const lines = GOOD.trimEnd().split("\n");
    lines.splice(3, 0, "", ",,,,,,,,,,,,,,,,,,,");
    const text = lines.join("\n").replace("#1 obstacle CIOs name,rank,1,", "#1 obstacle CIOs name,rank,0,");
    const errors = errorsOf(parseBenchmarkCsv(text, library));
    expect(errors).toEqual([expect.objectContaining({ row: 6, column: "value" })]);
  });

  it("rejects an empty file, a file with no figure rows, too many rows and too many bytes", () => {
    expect(errorsOf(parseBenchmarkCsv("", library))[0]).toMatchObject({ row: 1, message: expect.stringMatching(/empty/) });
    expect(errorsOf(parseBenchmarkCsv(GOOD.split("\n")[0]!, library))[0]).toMatchObject({ row: 2, message: expect.stringMatching(/No figures/) });
    const rows = parse(GOOD) as string[][];
    const idColumn = col("figure_id");
    const many = [rows[0]!, rows[1]!, ...Array.from({ length: CSV_MAX_ROWS }, (_, i) => rows[2]!.map((c, j) => (j === idColumn ? `w27-f-${i}` : c)))];
    expect(errorsOf(parseBenchmarkCsv(stringify(many), library))[0]!.message).toMatch(/limit is 2000/);
    expect(errorsOf(parseBenchmarkCsv(GOOD + " ".repeat(CSV_MAX_BYTES), library))[0]!.message).toMatch(/limit is 500 KB/);
  });

  it("checks unit rules: rank within rankOf, year-over-year needs both years in order", () => {
    const header = ["source_id", "source_publisher", "source_title", "source_year", "source_fieldwork", "source_method", "sample_both_n", ...REQUIRED_COLUMNS.slice(6), "rank_of", "value_from", "year_from", "year_to"];
    const source = ["s-2027", "Publisher", "Title", "2027", "2027", "online", "100"];
    const fig = (id: string, unit: string, value: string, extra: string[]) => [...(id === "f-1" ? source : ["", "", "", "", "", "", ""]), id, "both", "topic", "A statement", unit, value, "doc.pdf", "quote", ...extra];
    const text = stringify([header, fig("f-1", "rank", "5", ["3", "", "", ""]), fig("f-2", "year-over-year", "50", ["", "30", "2027", "2020"]), fig("f-3", "count", "5", ["2", "", "", ""])]);
    const errors = errorsOf(parseBenchmarkCsv(text, library));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "value"],
      [3, "year_from"],
      [4, "rank_of"],
    ]);
  });

  it("takes back the apostrophe our exports put before formula-like text", () => {
    const text = edit((rows) => (rows[1]![col("statement")] = "'=62% of CMOs agree"));
    const result = parseBenchmarkCsv(text, library);
    expect(result.ok && result.figures[0]!.statement).toBe("=62% of CMOs agree");
  });

  it("the downloadable template parses as a valid import, with its subgroup, bounds and covers columns", () => {
    const result = parseBenchmarkCsv(stringify(templateRows()), library);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(templateRows()[0]).toEqual(expect.arrayContaining(["base_subgroup", "bound_low", "bound_high", "covers"]));
    expect(result.figures[0]).toMatchObject({ value: 60, boundLow: 50, boundHigh: 60 });
    expect(result.figures[1]!.covers).toBe("executives");
    expect(result.figures[1]).toMatchObject({ n: 240, baseSubgroup: "CIOs whose company has a CMO (n = 240)" });
  });

  it("a file without the optional base, bounds and covers columns keeps the defaults: full sample, no bounds, executives", () => {
    expect(parse(GOOD)[0]).not.toContain("bound_low");
    const result = parseBenchmarkCsv(GOOD, library);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    for (const f of result.figures) {
      expect(f.baseSubgroup).toBeUndefined();
      expect(f.boundLow).toBeUndefined();
      expect(f.boundHigh).toBeUndefined();
      expect(f.covers).toBeUndefined(); // stored as "executives" (figureRow)
    }
  });

  it("reads base_subgroup, bound_low, bound_high and covers, and rejects bad bounds and an unknown covers naming the row", () => {
    const withColumns = (fill: (rows: string[][]) => void) =>
      edit((rows) => {
        rows[0]!.push("base_subgroup", "bound_low", "bound_high", "covers");
        for (const r of rows.slice(1)) r.push("", "", "", "");
        fill(rows);
      });
    const at = (rows: string[][], name: string) => rows[0]!.indexOf(name);
    const good = withColumns((rows) => {
      rows[1]![at(rows, "base_subgroup")] = "marketers who feel unprepared";
      rows[2]![at(rows, "bound_low")] = "70";
      rows[2]![at(rows, "bound_high")] = "100";
      rows[3]![at(rows, "covers")] = "everyone";
    });
    const ok = parseBenchmarkCsv(good, library);
    if (!ok.ok) throw new Error(JSON.stringify(ok.errors));
    expect(ok.figures[0]).toMatchObject({ baseSubgroup: "marketers who feel unprepared" });
    expect(ok.figures[1]).toMatchObject({ value: 79, boundLow: 70, boundHigh: 100 });
    expect(ok.figures[2]!.covers).toBe("everyone");

    const bad = withColumns((rows) => {
      rows[1]![at(rows, "bound_low")] = "70"; // no high bound
      rows[2]![at(rows, "bound_low")] = "80"; // 79 below its bounds
      rows[2]![at(rows, "bound_high")] = "90";
      rows[3]![at(rows, "covers")] = "staff";
    });
    expect(errorsOf(parseBenchmarkCsv(bad, library)).map((e) => [e.row, e.column])).toEqual([
      [2, "bound_high"],
      [3, "value"],
      [4, "covers"],
    ]);
  });

  it("accepts a finding (no number: value 0) and rejects one with a number", () => {
    const text = (value: string) =>
      edit((rows) => {
        rows[3]![col("unit")] = "finding";
        rows[3]![col("value")] = value;
      });
    const ok = parseBenchmarkCsv(text("0"), library);
    expect(ok.ok && ok.figures[2]!.unit).toBe("finding");
    expect(errorsOf(parseBenchmarkCsv(text("30"), library)).map((e) => [e.row, e.column])).toEqual([[4, "value"]]);
  });
});
