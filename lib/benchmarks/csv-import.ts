// A new benchmark source and its figures from one CSV file (pure: no I/O; the caller passes the ids already in
// the library). One file = one new source. The header names the columns; every data row is one figure; the
// source's columns are filled on the first data row and may be left blank (or repeated unchanged) below it.
// Row numbers are the spreadsheet's: the header is row 1, the first figure row 2. Any error rejects the file.
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { ZBenchmarkFigureCreate, type TBenchmarkFigureCreate } from "@/lib/validation/benchmark-figure";
import { ZBenchmarkSourceCreate, type TBenchmarkSourceCreate } from "@/lib/validation/benchmark-source";

/** Server actions accept bodies up to 1 MB (Next's default), so the file itself stays well below that. */
export const CSV_MAX_BYTES = 500_000;
export const CSV_MAX_ROWS = 2_000;

/** CSV column → field of ZBenchmarkSourceCreate. */
export const SOURCE_COLUMNS = {
  source_id: "id",
  source_publisher: "publisher",
  source_title: "title",
  source_year: "year",
  source_fieldwork: "fieldwork",
  source_method: "method",
  source_regions: "regions",
  source_industries: "industries",
  source_notes: "notes",
  sample_marketing_n: "sampleMarketing",
  sample_it_n: "sampleIt",
  sample_both_n: "sampleBoth",
} as const;

/** CSV column → field of ZBenchmarkFigureCreate. */
export const FIGURE_COLUMNS = {
  figure_id: "id",
  population: "population",
  topic: "topic",
  statement: "statement",
  unit: "unit",
  value: "value",
  value_from: "valueFrom",
  year_from: "yearFrom",
  year_to: "yearTo",
  rank_of: "rankOf",
  n: "n",
  // optional (a file without them is valid): whom the figure is of, a verbal quantifier's range, who was surveyed
  base_subgroup: "baseSubgroup",
  bound_low: "boundLow",
  bound_high: "boundHigh",
  covers: "covers",
  locator_file: "locatorFile",
  locator_figure: "locatorFigure",
  locator_quote: "locatorQuote",
  same_measure_as: "sameMeasureAs",
} as const;

export const CSV_COLUMNS = [...Object.keys(SOURCE_COLUMNS), ...Object.keys(FIGURE_COLUMNS)];
export const REQUIRED_COLUMNS = [
  "source_id",
  "source_publisher",
  "source_title",
  "source_year",
  "source_fieldwork",
  "source_method",
  "figure_id",
  "population",
  "topic",
  "statement",
  "unit",
  "value",
  "locator_file",
  "locator_quote",
];
const SAMPLE_COLUMNS = ["sample_marketing_n", "sample_it_n", "sample_both_n"];

export interface CsvImportError {
  row: number;
  column?: string;
  message: string;
}
export interface CsvImportFigure extends TBenchmarkFigureCreate {
  row: number;
}
export type CsvImportResult =
  | { ok: true; source: TBenchmarkSourceCreate; figures: CsvImportFigure[] }
  | { ok: false; errors: CsvImportError[] };

export interface LibraryIds {
  sourceIds: Iterable<string>;
  figureIds: Iterable<string>;
  /** Percent figures the questionnaire measures (linked to an item), id → population: what `same_measure_as` may name. */
  percentFigures?: ReadonlyMap<string, string>;
}

/** A spreadsheet export of ours prefixes formula-like text with an apostrophe; take it back off on import. */
function undefuse(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function columnOf<M extends Record<string, string>>(map: M, field: PropertyKey): string | undefined {
  return Object.entries(map).find(([, f]) => f === field)?.[0];
}

function zodErrors<M extends Record<string, string>>(row: number, error: z.ZodError, map: M): CsvImportError[] {
  return error.issues.map((issue) => {
    const column = columnOf(map, issue.path[0] ?? "");
    return { row, ...(column ? { column } : {}), message: column ? `${column}: ${issue.message}` : issue.message };
  });
}

function csvSyntaxError(error: unknown): CsvImportError {
  const e = error as { code?: string; records?: number };
  const row = (e.records ?? 0) + 1;
  const message =
    e.code === "CSV_QUOTE_NOT_CLOSED"
      ? "a quoted value is never closed (a double quote is missing)"
      : e.code === "INVALID_OPENING_QUOTE" || e.code === "CSV_INVALID_CLOSING_QUOTE"
        ? 'a double quote is misplaced: put quotes around the whole value and write a quote inside it as ""'
        : "this row is not valid CSV";
  return { row, message: `The file is not valid CSV: ${message}` };
}

/** Parse, validate and check one CSV file against the library; all errors at once, each naming its row. */
export function parseBenchmarkCsv(text: string, library: LibraryIds): CsvImportResult {
  const fail = (errors: CsvImportError[]): CsvImportResult => ({ ok: false, errors });
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > CSV_MAX_BYTES) {
    return fail([{ row: 1, message: `The file is ${Math.ceil(bytes / 1000)} KB; the limit is ${CSV_MAX_BYTES / 1000} KB. Split it or shorten it.` }]);
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, trim: false }) as string[][];
  } catch (error) {
    return fail([csvSyntaxError(error)]);
  }
  if (records.length === 0 || records[0]!.every((c) => !c.trim())) {
    return fail([{ row: 1, message: `The file is empty: row 1 must name the columns (${REQUIRED_COLUMNS.join(", ")})` }]);
  }

  // Header
  const header = records[0]!.map((c) => c.trim().toLowerCase());
  const errors: CsvImportError[] = [];
  const seenColumns = new Set<string>();
  for (const name of header) {
    if (!name) errors.push({ row: 1, message: "A column has no name" });
    else if (!CSV_COLUMNS.includes(name)) errors.push({ row: 1, column: name, message: `Unknown column "${name}"` });
    else if (seenColumns.has(name)) errors.push({ row: 1, column: name, message: `Column "${name}" appears twice` });
    seenColumns.add(name);
  }
  for (const name of REQUIRED_COLUMNS) {
    if (!seenColumns.has(name)) errors.push({ row: 1, column: name, message: `Missing required column "${name}"` });
  }
  if (!SAMPLE_COLUMNS.some((c) => seenColumns.has(c))) {
    errors.push({ row: 1, message: `Missing a sample column: add at least one of ${SAMPLE_COLUMNS.join(", ")}` });
  }
  if (errors.length) return fail(errors);

  // Data rows: blank rows are skipped but still counted, so numbers match the spreadsheet.
  const rows: { row: number; cells: Record<string, string> }[] = [];
  for (const [index, record] of records.entries()) {
    if (index === 0) continue;
    const row = index + 1;
    if (record.every((c) => !c.trim())) continue;
    if (record.length !== header.length) {
      errors.push({ row, message: `Has ${record.length} columns but the header has ${header.length} (a comma too many or too few?)` });
      continue;
    }
    rows.push({ row, cells: Object.fromEntries(header.map((name, i) => [name, undefuse(record[i]!.trim())])) });
  }
  if (rows.length > CSV_MAX_ROWS) return fail([{ row: 1, message: `The file has ${rows.length} figure rows; the limit is ${CSV_MAX_ROWS}` }]);
  if (errors.length) return fail(errors);
  if (rows.length === 0) return fail([{ row: 2, message: "No figures: add one row per figure below the header" }]);

  // Source: from the first data row; later rows leave its columns blank or repeat them unchanged.
  const first = rows[0]!;
  const sourceColumns = Object.keys(SOURCE_COLUMNS).filter((c) => seenColumns.has(c));
  let source: TBenchmarkSourceCreate | undefined;
  if (!first.cells.source_id) {
    errors.push({
      row: first.row,
      column: "source_id",
      message: "The source is missing: fill source_id, source_publisher, source_title, source_year, source_fieldwork, source_method and a sample n on the first figure row",
    });
  } else {
    const parsed = ZBenchmarkSourceCreate.safeParse(Object.fromEntries(sourceColumns.map((c) => [SOURCE_COLUMNS[c as keyof typeof SOURCE_COLUMNS], first.cells[c]])));
    if (!parsed.success) errors.push(...zodErrors(first.row, parsed.error, SOURCE_COLUMNS));
    else if (new Set(library.sourceIds).has(parsed.data.id)) {
      errors.push({ row: first.row, column: "source_id", message: `source_id: "${parsed.data.id}" is already in the library; one file adds one new source` });
    } else source = parsed.data;
  }
  const sourceId = first.cells.source_id;
  for (const { row, cells } of rows.slice(1)) {
    if (cells.source_id && sourceId && cells.source_id !== sourceId) {
      errors.push({ row, column: "source_id", message: `source_id: unknown source "${cells.source_id}"; this file adds "${sourceId}" (row ${first.row}) and nothing else` });
      continue;
    }
    for (const c of sourceColumns) {
      if (c !== "source_id" && cells[c] && cells[c] !== first.cells[c]) {
        errors.push({ row, column: c, message: `${c}: differs from row ${first.row}; leave it blank or repeat row ${first.row}'s value` });
      }
    }
  }

  // Figures
  const existing = new Set(library.figureIds);
  const firstRowOfId = new Map<string, number>();
  const figures: CsvImportFigure[] = [];
  const figureColumns = Object.keys(FIGURE_COLUMNS).filter((c) => seenColumns.has(c));
  for (const { row, cells } of rows) {
    const parsed = ZBenchmarkFigureCreate.safeParse(Object.fromEntries(figureColumns.map((c) => [FIGURE_COLUMNS[c as keyof typeof FIGURE_COLUMNS], cells[c]])));
    if (!parsed.success) {
      errors.push(...zodErrors(row, parsed.error, FIGURE_COLUMNS));
      continue;
    }
    const id = parsed.data.id;
    const earlier = firstRowOfId.get(id);
    if (earlier !== undefined) errors.push({ row, column: "figure_id", message: `figure_id: "${id}" is used twice in this file (also row ${earlier})` });
    else if (existing.has(id)) errors.push({ row, column: "figure_id", message: `figure_id: "${id}" is already in the library; choose another id` });
    else firstRowOfId.set(id, row);
    const same = parsed.data.sameMeasureAs;
    if (same !== undefined) {
      const population = library.percentFigures?.get(same);
      if (!existing.has(same)) errors.push({ row, column: "same_measure_as", message: `same_measure_as: "${same}" is not a figure of the library` });
      else if (library.percentFigures && population === undefined) errors.push({ row, column: "same_measure_as", message: `same_measure_as: "${same}" is not a percent the questionnaire measures` });
      else if (population !== undefined && population !== parsed.data.population) {
        errors.push({ row, column: "same_measure_as", message: `same_measure_as: "${same}" is about population "${population}", this figure about "${parsed.data.population}"` });
      }
    }
    figures.push({ row, ...parsed.data });
  }

  if (errors.length || !source) return fail(errors.sort((a, b) => a.row - b.row));
  return { ok: true, source, figures };
}

/** The downloadable template: the header and two example figures of a fictitious wave. */
export function templateRows(): string[][] {
  const header = CSV_COLUMNS;
  const example: Record<string, string>[] = [
    {
      source_id: "example-2026",
      source_publisher: "Example Research",
      source_title: "Example CMO-CIO survey 2026",
      source_year: "2026",
      source_fieldwork: "March-May 2026",
      source_method: "online survey",
      source_regions: "North America; Europe",
      source_industries: "",
      source_notes: "Replace every example value",
      sample_marketing_n: "400",
      sample_it_n: "250",
      sample_both_n: "",
      figure_id: "ex26-need-alignment-cmo",
      population: "marketing",
      topic: "need-alignment",
      statement: "Nearly six in 10 CMOs say marketing and IT need to be aligned",
      unit: "percent",
      value: "60",
      bound_low: "50",
      bound_high: "60",
      locator_file: "https://example.org/survey-2026.pdf",
      locator_figure: "Figure 2",
      locator_quote: "Nearly six in 10 CMOs say marketing and IT need to be aligned.",
    },
    {
      figure_id: "ex26-need-alignment-cio",
      population: "it",
      topic: "need-alignment",
      statement: "70% of CIOs say marketing and IT need to be aligned",
      unit: "percent",
      value: "70",
      n: "240",
      base_subgroup: "CIOs whose company has a CMO (n = 240)",
      covers: "executives",
      locator_file: "https://example.org/survey-2026.pdf",
      locator_figure: "Figure 2",
      locator_quote: "Seventy percent of CIOs (70%) agree.",
    },
  ];
  return [header, ...example.map((r) => header.map((c) => r[c] ?? ""))];
}
