// A cross-organization comparison as CSV, XLSX or JSON. Every row carries its provenance: the published source,
// year, n and locator, and the panel's size and period; the filters and the export time are on every row too, so
// a row copied out of the file still says what it is. Timestamps are ISO 8601 UTC; text cells are defused against
// spreadsheet formulas; the three formats are produced as streams (row by row), so memory stays flat whatever
// the size of the view.
import { PassThrough, pipeline, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import type { PanelComparisonView } from "@/lib/admin/types";
import { SIDE_LABEL } from "@/lib/domain";
import { comparisonSearchParams, WAVES_COUNTED } from "@/lib/validation/comparison-query";
import { defuse, round2 } from "./rows";
import { utcDay } from "@/lib/time";

export const COMPARISON_COLUMNS = [
  ["figure_id", "Published figure id"],
  ["statement", "Published statement"],
  ["topic", "Topic"],
  ["side", "Side compared"],
  ["item", "Questionnaire item(s)"],
  ["published_value", "Published value (%)"],
  ["published_n", "Published n"],
  ["published_ci_low", "Published 95% interval, low"],
  ["published_ci_high", "Published 95% interval, high"],
  ["source_id", "Source id"],
  ["source_publisher", "Source publisher"],
  ["source_title", "Source title"],
  ["source_year", "Source year"],
  ["locator_file", "Locator file"],
  ["locator_figure", "Locator figure"],
  ["locator_quote", "Locator quote"],
  ["panel", "Panel"],
  ["panel_organizations", "Panel organizations"],
  ["panel_waves", "Panel organization-waves"],
  ["panel_respondents", "Panel respondents"],
  ["panel_value", "Panel mean of organization shares (%)"],
  ["panel_ci_low", "Panel 95% interval, low"],
  ["panel_ci_high", "Panel 95% interval, high"],
  ["panel_period_from_utc", "Panel period from (UTC date)"],
  ["panel_period_to_utc", "Panel period to (UTC date)"],
  ["difference", "Difference panel − published (points)"],
  ["verdict", "Verdict"],
  ["note", "Note"],
  ["filters", "Filters"],
  ["exported_at_utc", "Exported at (UTC)"],
] as const;
export type ComparisonColumn = (typeof COMPARISON_COLUMNS)[number][0];
export type ComparisonRecord = Record<ComparisonColumn, string | number | null>;

/** The filters as one readable string ("industry=Retail; side=it; waves=latest"), or "none" (every wave is the default). */
export function describeFilters(view: PanelComparisonView): string {
  const params = [...comparisonSearchParams({ ...view.query, panel: undefined })];
  return params.length ? params.map(([k, v]) => `${k}=${v}`).join("; ") : "none";
}

/** One record per row of the view, in the view's order (a generator: nothing is built up front). */
export function* comparisonRecords(view: PanelComparisonView, exportedAt: Date): Generator<ComparisonRecord> {
  const filters = describeFilters(view);
  const panelName = view.panel === "demo" ? "demo (synthetic organizations)" : "real";
  for (const row of view.rows) {
    const { figure, source, items } = row.info;
    yield {
      figure_id: row.figureId,
      statement: row.statement,
      topic: row.topic,
      side: SIDE_LABEL[row.side],
      item: items.join(" "),
      published_value: row.published.value,
      published_n: row.published.n,
      published_ci_low: round2(row.published.interval?.[0]) ?? null,
      published_ci_high: round2(row.published.interval?.[1]) ?? null,
      source_id: source.id,
      source_publisher: source.publisher,
      source_title: source.title,
      source_year: source.year,
      locator_file: figure.locator.file,
      locator_figure: figure.locator.figure ?? null,
      locator_quote: figure.locator.quote,
      panel: panelName,
      panel_organizations: row.panel?.organizations ?? null,
      panel_waves: row.panel?.points ?? null,
      panel_respondents: row.panel?.respondents ?? null,
      panel_value: round2(row.panel?.mean) ?? null,
      panel_ci_low: round2(row.panel?.interval[0]) ?? null,
      panel_ci_high: round2(row.panel?.interval[1]) ?? null,
      panel_period_from_utc: row.panel?.period?.from ?? null,
      panel_period_to_utc: row.panel?.period?.to ?? null,
      difference: round2(row.difference) ?? null,
      verdict: row.verdict,
      note: row.panel ? null : `not shown: ${row.hidden}`,
      filters,
      exported_at_utc: exportedAt.toISOString(),
    };
  }
}

const safe = (v: string | number | null) => (typeof v === "string" ? defuse(v) : v);

/** CSV (UTF-8 with BOM, CRLF), streamed through csv-stringify. */
export function comparisonCsvStream(view: PanelComparisonView, exportedAt = new Date()): ReadableStream<Uint8Array> {
  const csv = stringify({
    bom: true,
    header: true,
    columns: COMPARISON_COLUMNS.map(([key]) => key),
    record_delimiter: "windows",
    cast: { string: (value) => defuse(value), number: (value) => String(value) },
  });
  pipeline(Readable.from(comparisonRecords(view, exportedAt)), csv, () => undefined); // an error destroys `csv`, which ends the response with it
  return Readable.toWeb(csv) as ReadableStream<Uint8Array>;
}

/** JSON: `{ "meta": {…}, "rows": [ … ] }`, written row by row. Text is not defused (JSON is not a spreadsheet). */
export function comparisonJsonStream(view: PanelComparisonView, exportedAt = new Date()): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const records = comparisonRecords(view, exportedAt);
  const meta = {
    panel: view.panel,
    filters: view.query,
    generatedAt: view.generatedAt,
    exportedAt: exportedAt.toISOString(),
    minOrganizations: view.minOrganizations,
    organizations: view.size?.organizations ?? null,
    organizationWaves: view.size?.waves ?? null,
    period: view.size?.period ?? null,
    waves: view.query.waves ?? "all",
    wavesCounted: WAVES_COUNTED[view.query.waves ?? "all"],
    measure:
      "Each organization-wave's share of the compared side agreeing with the published statement; panel value = mean of those shares; 95% interval: Student t over organization-waves. Published interval: normal approximation on the published n.",
  };
  let first = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`{"meta":${JSON.stringify(meta)},"rows":[`));
    },
    pull(controller) {
      const next = records.next();
      if (next.done) {
        controller.enqueue(encoder.encode("]}\n"));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(`${first ? "" : ","}\n${JSON.stringify(next.value)}`));
      first = false;
    },
  });
}

/** XLSX through exceljs's streaming writer (rows are committed as they are written, not kept). */
export function comparisonXlsxStream(view: PanelComparisonView, exportedAt = new Date()): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet("Comparison", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = COMPARISON_COLUMNS.map(([key, header]) => ({ key, header, width: key === "statement" || key === "locator_quote" ? 60 : 18 }));
  ws.getRow(1).font = { bold: true };
  void (async () => {
    try {
      for (const record of comparisonRecords(view, exportedAt)) {
        ws.addRow(COMPARISON_COLUMNS.map(([key]) => safe(record[key]))).commit();
      }
      ws.commit();
      await wb.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** e.g. bridge-comparison-real-2026-11-22.csv */
export function comparisonFilename(view: PanelComparisonView, format: "csv" | "xlsx" | "json", exportedAt: Date): string {
  return `bridge-comparison-${view.panel}-${utcDay(exportedAt)}.${format}`;
}
