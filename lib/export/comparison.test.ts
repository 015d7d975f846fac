import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { PanelComparisonView } from "@/lib/admin/types";
import { FIXTURE_FIGURES } from "@/lib/scoring/test-fixtures";
import { COMPARISON_COLUMNS, comparisonCsvStream, comparisonJsonStream, comparisonXlsxStream, describeFilters } from "./comparison";

const figure = { ...FIXTURE_FIGURES[0]!, statement: '=HYPERLINK("http://evil.example","56% of CMOs")' };
const exportedAt = new Date("2026-11-22T12:00:00.000Z");

function view(rows = 2): PanelComparisonView {
  const base = {
    figureId: figure.id,
    side: "marketing" as const,
    itemKey: "need-alignment",
    statement: figure.statement,
    topic: figure.topic,
    published: { value: 56, n: 400, interval: [51.14, 60.86] as const },
    info: { figure, source: { id: "fixture-2012", publisher: "Fixture Inc.", title: "-Fixture survey", year: 2012 }, items: ["v1:need-alignment"] },
  };
  return {
    panel: "real",
    query: { industry: "Retail", side: "marketing" },
    generatedAt: exportedAt.toISOString(),
    minOrganizations: 5,
    size: { organizations: 7, waves: 8, period: { from: "2026-01-01", to: "2026-06-30" } },
    rows: Array.from({ length: rows }, (_, i) =>
      i === 0
        ? {
            ...base,
            panel: { organizations: 7, points: 8, respondents: 61, mean: 63.456, sd: 12, interval: [52.1, 74.8] as const, period: { from: "2026-01-01", to: "2026-06-30" } },
            hidden: null,
            difference: 7.456,
            verdict: "not distinguishable" as const,
          }
        : { ...base, itemKey: `other-${i}`, panel: null, hidden: "fewer than 5 organizations contribute", difference: null, verdict: "insufficient data" as const },
    ),
  };
}

const text = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe("comparison exports", () => {
  it("CSV: a header, one row per comparison, provenance, ISO UTC times, formulas defused, hidden cells blank", async () => {
    const rows = parse(await text(comparisonCsvStream(view(), exportedAt)), { bom: true }) as string[][];
    expect(rows[0]).toEqual(COMPARISON_COLUMNS.map(([k]) => k));
    expect(rows).toHaveLength(3);
    const row = Object.fromEntries(rows[0]!.map((k, i) => [k, rows[1]![i]]));
    expect(row.statement).toBe(`'${figure.statement}`);
    expect(row.source_title).toBe("'-Fixture survey");
    expect(row).toMatchObject({ published_value: "56", published_n: "400", source_year: "2012", panel_organizations: "7", panel_value: "63.46", difference: "7.46" });
    expect(row.locator_quote).toBe(figure.locator.quote);
    expect(row.panel_period_to_utc).toBe("2026-06-30");
    expect(row.exported_at_utc).toBe("2026-11-22T12:00:00.000Z");
    expect(row.filters).toBe("industry=Retail; side=marketing");
    const hidden = Object.fromEntries(rows[0]!.map((k, i) => [k, rows[2]![i]]));
    expect(hidden.panel_value).toBe("");
    expect(hidden.note).toMatch(/fewer than 5 organizations/);
  });

  it("JSON: meta plus rows with the same numbers, text kept as written", async () => {
    const json = JSON.parse(await text(comparisonJsonStream(view(), exportedAt)));
    expect(json.meta).toMatchObject({ panel: "real", organizations: 7, organizationWaves: 8, filters: { industry: "Retail", side: "marketing" } });
    expect(json.rows).toHaveLength(2);
    expect(json.rows[0]).toMatchObject({ statement: figure.statement, panel_value: 63.46, published_value: 56, difference: 7.46 });
    expect(json.rows[1].panel_value).toBeNull();
  });

  it("JSON of an empty view is still valid", async () => {
    expect(JSON.parse(await text(comparisonJsonStream(view(0), exportedAt))).rows).toEqual([]);
  });

  it("XLSX: numbers as numbers, text defused", async () => {
    const buffer = Buffer.from(await new Response(comparisonXlsxStream(view(), exportedAt)).arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Comparison")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header[0]).toBe("Published figure id");
    const col = (key: string) => COMPARISON_COLUMNS.findIndex(([k]) => k === key) + 1;
    expect(ws.getRow(2).getCell(col("statement")).value).toBe(`'${figure.statement}`);
    expect(ws.getRow(2).getCell(col("panel_value")).value).toBe(63.46);
    expect(ws.getRow(2).getCell(col("published_n")).value).toBe(400);
    expect(ws.rowCount).toBe(3);
  });

  it("describes no filters as none", () => {
    expect(describeFilters({ ...view(), query: { panel: "demo" } })).toBe("none");
  });
});
