// Team results as CSV (csv-stringify): one header row, then the rows of lib/export/rows.ts. UTF-8 with a BOM so
// spreadsheet programs read the quotes' typographic characters correctly. Text cells are defused against formula
// injection; numbers stay numbers (a negative gap is written as -12.5, which no spreadsheet reads as a formula).
import { stringify } from "csv-stringify/sync";
import type { RevealedTeamResults } from "@/lib/results/types";
import { COLUMNS, defuse, exportRows } from "./rows";

export function teamResultsCsv(results: RevealedTeamResults, opts: { exportedAt?: Date } = {}): string {
  const rows = exportRows(results, opts.exportedAt ?? new Date());
  return stringify(
    rows.map((row) => COLUMNS.map(([key]) => row[key])),
    {
      bom: true,
      header: true,
      columns: COLUMNS.map(([key]) => key),
      record_delimiter: "windows",
      cast: { string: (value) => defuse(value), number: (value) => String(value) },
    },
  );
}
