import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { teamResultsCsv } from "./csv";
import { ITEM_COLUMNS } from "./item-rows";
import { RECOMMENDATION_COLUMNS } from "./recommendation-rows";
import { SUMMARY_COLUMNS } from "./summary-rows";
import { fixtureResults, fixtureWithRecommendations, looksLikeFormula, PAYLOADS } from "./test-fixture";
import { teamResultsXlsx } from "./xlsx";

const results = fixtureResults();
const exportedAt = new Date("2026-11-21T12:00:00Z");
const wb = new ExcelJS.Workbook();

function sheetRows(book: ExcelJS.Workbook, name: string): (string | number | null)[][] {
  const ws = book.getWorksheet(name)!;
  const out: (string | number | null)[][] = [];
  ws.eachRow((row) => out.push((row.values as (string | number | null)[]).slice(1)));
  return out;
}

beforeAll(async () => {
  const buffer = await teamResultsXlsx(results, { exportedAt });
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
});

describe("XLSX export", () => {
  it("has one sheet per part: Summary, Items, Recommendations and Free text", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "Items", "Recommendations", "Free text"]);
    expect(sheetRows(wb, "Summary")[0]).toEqual(SUMMARY_COLUMNS.map((c) => c.label));
    expect(sheetRows(wb, "Recommendations")[0]).toEqual(RECOMMENDATION_COLUMNS.map((c) => c.label));
  });

  it("holds the same figures as the CSV, as numeric cells", () => {
    const csv = (parse(teamResultsCsv(results, { exportedAt }), { bom: true, columns: true }) as Record<string, string>[]).filter((r) => r.part === "items");
    const [header, ...rows] = sheetRows(wb, "Items");
    expect(header).toEqual(ITEM_COLUMNS.map((c) => c.label));
    const col = (key: string) => ITEM_COLUMNS.findIndex((c) => c.key === key);
    const xRow = rows.find((r) => r[col("item_key")] === "sp-need-alignment" && r[col("side")] === "marketing" && r[col("figure_id")] === "a12-need-alignment-cmo")!;
    const cRow = csv.find((r) => r.item_key === "sp-need-alignment" && r.side === "marketing" && r.figure_id === "a12-need-alignment-cmo")!;
    for (const key of ["n", "value", "gap", "figure_value", "figure_n", "figure_interval_low"]) {
      expect(typeof xRow[col(key)], key).toBe("number");
      expect(xRow[col(key)], key).toBe(Number(cRow[key]));
    }
    expect(xRow[col("locator_quote")]).toBe(cRow.locator_quote);
    expect(rows.length).toBe(csv.length);
  });

  it("summarizes the alignment index with its interval, imperatives per side, who is counted", () => {
    const summary = sheetRows(wb, "Summary");
    const col = (key: string) => SUMMARY_COLUMNS.findIndex((c) => c.key === key);
    const find = (label: string, side?: string) => summary.find((r) => String(r[0]).startsWith(label) && (side === undefined || r[col("side")] === side))!;
    expect(find("Alignment index")[1]).toBe(Math.round(results.team.alignment.index! * 100) / 100);
    expect(find("Alignment index")[col("interval_low")] ?? null).toBeNull(); // one IT respondent: no interval (the CSV test checks one)
    expect(find("Results revealed at")[col("text")]).toBe("2026-11-20T09:30:00.000Z");
    expect(summary.filter((r) => r[0] === "Who is counted").map((r) => r[col("text")]).join(" ")).toMatch(/IT team members: 3 responded, fewer than 5/);
    expect(find("Imperative score: Trust", "marketing")[1]).toBe(Math.round(results.team.imperatives.find((i) => i.imperative === "trust")!.marketing! * 100) / 100);
    expect(find("Mirror accuracy", "it")[1]).toBe(Math.round(results.team.mirror.accuracy.it! * 100) / 100);
    expect(find("Organization")[col("text")]).toBe("'@SUM(1) Northwind");
    expect(find("Assessment")[col("text")]).toBe("'\tAlignment check");
  });

  it("lists each recommendation with its evidence in words", async () => {
    const withRecs = fixtureWithRecommendations();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await teamResultsXlsx(withRecs, { exportedAt })) as unknown as ArrayBuffer);
    const [, ...rows] = sheetRows(book, "Recommendations");
    const col = (key: string) => RECOMMENDATION_COLUMNS.findIndex((c) => c.key === key);
    const first = withRecs.recommendations[0]!;
    const action = rows.find((r) => r[col("row_kind")] === "action" && r[col("recommendation")] === 1)!;
    expect(action[col("action_title")]).toBe(first.action.title);
    expect(rows.filter((r) => r[col("row_kind")] === "evidence" && r[col("recommendation")] === 1).map((r) => r[col("text")])).toEqual(first.triggers.map((t) => t.summary));
    expect(book.worksheets.map((w) => w.name)).not.toContain("Free text"); // no side of 10: no free text, no sheet
  });

  it("defuses every text cell and leaves out suppressed free text", () => {
    const texts = sheetRows(wb, "Free text").map((r) => String(r[4]));
    for (const payload of PAYLOADS) expect(texts).toContain(`'${payload}`);
    expect(texts.some((t) => t.includes("SUPPRESSED"))).toBe(false);
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((c) => {
          expect(c.formula, `${ws.name}!${c.address}`).toBeUndefined();
          if (typeof c.value === "string") expect(looksLikeFormula(c.value), `${ws.name}!${c.address}: ${c.value}`).toBe(false);
        }),
      );
    }
  });
});
