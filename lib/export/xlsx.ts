// Team results as an Excel workbook (exceljs): "Summary" (counts, alignment index, mirror accuracy, the five
// imperatives, anonymity notes), "Items" (the rows of lib/export/rows.ts) and, where the anonymity rule allows,
// "Free text". Every text cell is defused against formula injection; numbers are numeric cells; timestamps are
// ISO 8601 UTC text, so no time zone is implied.
import ExcelJS from "exceljs";
import type { RevealedTeamResults } from "@/lib/results/types";
import { IMPERATIVES, SIDE_LABEL, TIER_LABEL } from "@/lib/domain";
import { COLUMNS, defuse, exportRows, round2 } from "./rows";

type Cell = string | number | null | undefined;
const cell = (v: Cell) => (typeof v === "string" ? defuse(v) : v ?? null);

function addSheet(wb: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], widths: number[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(header.map(cell)).font = { bold: true };
  for (const row of rows) ws.addRow(row.map(cell));
  ws.columns.forEach((column, i) => (column.width = widths[i] ?? 16));
  return ws;
}

function summaryRows(results: RevealedTeamResults, exportedAt: Date): Cell[][] {
  const { team, anonymity } = results;
  const rows: Cell[][] = [
    ["Organization", results.assessment.organizationName, null, null],
    ["Assessment", results.assessment.title, null, null],
    ["Wave", results.wave.label, null, null],
    ["Results revealed at (UTC)", new Date(results.revealedAt).toISOString(), null, null],
    ["Exported at (UTC)", exportedAt.toISOString(), null, null],
    ["Respondents counted", null, team.counts.marketing, team.counts.it],
    ["Scoring model", `${results.evidence.model} (revealed under ${results.evidence.recordedModel})`, null, null],
    [
      "Comparisons (false discovery rate controlled together)",
      `${results.evidence.comparisons} comparisons, ${results.evidence.equivalenceTests} equivalence tests, level ${results.evidence.level}`,
      null,
      null,
    ],
    ["Anecdotal side (fewer than 3 respondents: no verdicts)", null, team.anecdotal.marketing ? "yes" : "no", team.anecdotal.it ? "yes" : "no"],
    ["Alignment index (0-100, chance-corrected)", round2(team.alignment.index) ?? "not computable", null, null],
    ["Alignment index 95% interval", team.alignment.interval ? `${round2(team.alignment.interval[0])} to ${round2(team.alignment.interval[1])}` : "not available", null, null],
    ["Items compared for the index", team.alignment.comparableItems, null, null],
    ["Mirror accuracy (0-100)", round2(team.mirror.accuracy.combined), round2(team.mirror.accuracy.marketing), round2(team.mirror.accuracy.it)],
  ];
  for (const imp of IMPERATIVES) {
    const s = team.imperatives.find((x) => x.imperative === imp.id);
    rows.push([`Imperative: ${imp.short}`, round2(s?.combined), round2(s?.marketing), round2(s?.it)]);
    const iv = (i: readonly [number, number] | null | undefined) => (i ? `${round2(i[0])} to ${round2(i[1])}` : null);
    rows.push([`Imperative: ${imp.short}, 95% interval`, iv(s?.intervals.combined), iv(s?.intervals.marketing), iv(s?.intervals.it)]);
    rows.push([`Imperative: ${imp.short}, credibly low (< 50)?`, null, s?.low.marketing.label ?? null, s?.low.it.label ?? null]);
  }
  rows.push(["Imperatives: published benchmark score", "none published (the surveys report single findings, compared item by item)", null, null]);
  for (const g of anonymity.suppressedGroups) {
    rows.push([`Not shown: ${SIDE_LABEL[g.side]} ${TIER_LABEL[g.tier].toLowerCase()}s`, `fewer than ${anonymity.minGroup} responded; excluded from every figure`, null, null]);
  }
  if (results.lateSubmissions) rows.push(["Submitted after the reveal (not included)", results.lateSubmissions, null, null]);
  for (const note of results.evidence.notes) rows.push(["Note", note, null, null]);
  results.recommendations.forEach((rec, i) => {
    rows.push([`Recommendation ${i + 1}: ${rec.action.title}`, rec.triggers.map((t) => t.summary).join(" "), null, null]);
  });
  if (!results.recommendations.length) rows.push(["Recommendations", "none: no credible signal (see the notes)", null, null]);
  return rows;
}

export async function teamResultsXlsx(results: RevealedTeamResults, opts: { exportedAt?: Date } = {}): Promise<Buffer> {
  const exportedAt = opts.exportedAt ?? new Date();
  const wb = new ExcelJS.Workbook();
  wb.creator = "Bridge";
  wb.created = exportedAt;
  addSheet(wb, "Summary", ["Measure", "Value (combined)", "Marketing", "IT"], summaryRows(results, exportedAt), [44, 36, 14, 14]);
  const rows = exportRows(results, exportedAt).filter((r) => r.text === undefined);
  addSheet(wb, "Items", COLUMNS.map(([, label]) => label), rows.map((r) => COLUMNS.map(([key]) => r[key])), COLUMNS.map(([key]) => (key === "prompt" || key === "locator_quote" || key === "figure_statement" ? 50 : 16)));
  if (results.freeText.length) {
    const text = results.freeText.flatMap((b) => b.answers.map((a): Cell[] => [b.itemKey, SIDE_LABEL[b.side], a]));
    addSheet(wb, "Free text", ["Item key", "Side", "Answer"], text, [20, 12, 80]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
