// Team results as CSV (csv-stringify): one table of every part of lib/export/rows.ts, a `part` column first and the
// stamp columns on every row. UTF-8 with a BOM so spreadsheet programs read the quotes' typographic characters
// correctly. Text cells are defused against formula injection; numbers stay numbers (a negative gap is written as
// -12.5, which no spreadsheet reads as a formula).
import type { RevealedTeamResults } from "@/lib/results/types";
import { csvTable } from "./csv-table";
import { csvColumns, stampOf, teamResultsParts, type ExportPart, type ExportRow } from "./rows";

export interface TeamExportOptions {
  exportedAt?: Date;
  /** Parts built elsewhere (workshop outcomes, actions …), appended after the team results' own. */
  extraParts?: readonly ExportPart[];
}

export function teamResultsCsv(results: RevealedTeamResults, opts: TeamExportOptions = {}): string {
  const exportedAt = opts.exportedAt ?? new Date();
  const parts = [...teamResultsParts(results, exportedAt), ...(opts.extraParts ?? [])];
  const columns = csvColumns(parts);
  const stamp = stampOf(results, exportedAt);
  const records = parts.flatMap((part) => part.rows.map((row): ExportRow => ({ ...row, ...stamp, part: part.id })));
  return csvTable(
    columns,
    records.map((row) => columns.map((key) => row[key])),
  );
}
