// Team results as an Excel workbook (exceljs): one sheet per part of lib/export/rows.ts ("Summary", "Items",
// "Recommendations", "Free text" where the anonymity rule lets any through, then any appended part), each with its
// own columns. Every text cell is defused against formula injection; numbers are numeric cells; timestamps are
// ISO 8601 UTC text, so no time zone is implied.
import ExcelJS from "exceljs";
import type { RevealedTeamResults } from "@/lib/results/types";
import type { TeamExportOptions } from "./csv";
import { defuse, teamResultsParts, type ExportCell } from "./rows";

const cell = (v: ExportCell | null) => (typeof v === "string" ? defuse(v) : (v ?? null));
const WIDE = new Set(["prompt", "locator_quote", "figure_statement", "text", "source_quote", "rests_on"]);

export async function teamResultsXlsx(results: RevealedTeamResults, opts: TeamExportOptions = {}): Promise<Buffer> {
  const exportedAt = opts.exportedAt ?? new Date();
  const wb = new ExcelJS.Workbook();
  wb.creator = "Bridge";
  wb.created = exportedAt;
  const parts = [...teamResultsParts(results, exportedAt), ...(opts.extraParts ?? [])];
  for (const part of parts) {
    // a part with nothing to show gets no sheet (free text below the anonymity threshold)
    if (!part.rows.length && part.id === "free text") continue;
    const ws = wb.addWorksheet(part.sheet.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(part.columns.map((c) => cell(c.label))).font = { bold: true };
    for (const row of part.rows) ws.addRow(part.columns.map((c) => cell(row[c.key])));
    ws.columns.forEach((column, i) => {
      const key = part.columns[i]?.key ?? "";
      column.width = WIDE.has(key) ? 60 : key === "measure" || key === "action_title" ? 44 : 16;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
