// One CSV table from a header and rows: csv-stringify, UTF-8 with a BOM, CRLF line ends, every text cell defused
// against spreadsheet formulas (lib/export/cells.ts), numbers as numbers. Imports nothing server-side, so a client
// component can write a file from what is on its screen (the invitation links, which exist nowhere else).
import { stringify } from "csv-stringify/sync";
import { defuse } from "./cells";

export type CsvCell = string | number | null | undefined;

export function csvTable(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((r) => [...r]),
    {
      bom: true,
      header: true,
      columns: [...header],
      record_delimiter: "windows",
      cast: { string: (value) => defuse(value), number: (value) => String(value) },
    },
  );
}
