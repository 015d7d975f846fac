import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { teamResultsCsv } from "./csv";
import { COLUMNS } from "./rows";
import { fixtureResults, looksLikeFormula, PAYLOADS } from "./test-fixture";
import { teamResultsXlsx } from "./xlsx";

const results = fixtureResults();
const exportedAt = new Date("2026-11-21T12:00:00Z");
const wb = new ExcelJS.Workbook();

function sheetRows(name: string): (string | number | null)[][] {
  const ws = wb.getWorksheet(name)!;
  const out: (string | number | null)[][] = [];
  ws.eachRow((row) => out.push((row.values as (string | number | null)[]).slice(1)));
  return out;
}

beforeAll(async () => {
  const buffer = await teamResultsXlsx(results, { exportedAt });
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
});

describe("XLSX export", () => {
  it("has Summary, Items and Free text sheets", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "Items", "Free text"]);
  });

  it("holds the same figures as the CSV, as numeric cells", () => {
    const csv = parse(teamResultsCsv(results, { exportedAt }), { bom: true, columns: true }) as Record<string, string>[];
    const [header, ...rows] = sheetRows("Items");
    expect(header).toEqual(COLUMNS.map(([, label]) => label));
    const col = (key: string) => COLUMNS.findIndex(([k]) => k === key);
    const xRow = rows.find((r) => r[col("item_key")] === "sp-need-alignment" && r[col("side")] === "marketing" && r[col("figure_id")] === "a12-need-alignment-cmo")!;
    const cRow = csv.find((r) => r.item_key === "sp-need-alignment" && r.side === "marketing" && r.figure_id === "a12-need-alignment-cmo")!;
    for (const key of ["n", "value", "gap", "figure_value", "figure_n", "figure_interval_low"]) {
      expect(typeof xRow[col(key)], key).toBe("number");
      expect(xRow[col(key)], key).toBe(Number(cRow[key]));
    }
    expect(xRow[col("locator_quote")]).toBe(cRow.locator_quote);
    expect(rows.length).toBe(csv.filter((r) => !r.text).length);
  });

  it("summarizes the alignment index, imperatives and the suppressed group", () => {
    const summary = sheetRows("Summary");
    const find = (label: string) => summary.find((r) => String(r[0]).startsWith(label))!;
    expect(find("Alignment index")[1]).toBe(Math.round(results.team.alignment.index! * 100) / 100);
    expect(find("Results revealed at")[1]).toBe("2026-11-20T09:30:00.000Z");
    expect(find("Not shown: IT team members")[1]).toMatch(/fewer than 5/);
    expect(find("Imperative: Trust")[2]).toBe(Math.round(results.team.imperatives.find((i) => i.imperative === "trust")!.marketing! * 100) / 100);
    expect(find("Organization")[1]).toBe("'@SUM(1) Northwind");
    expect(find("Assessment")[1]).toBe("'\tAlignment check");
  });

  it("defuses every text cell and leaves out suppressed free text", () => {
    const texts = sheetRows("Free text").map((r) => String(r[2]));
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
