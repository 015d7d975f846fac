// The rows of a team-results export, in PARTS (CSV and XLSX share them). Pure over the revealed team results, which
// are already anonymized (lib/scoring/anonymity.ts): nothing here can reach an answer the page could not show.
//
// A part is one kind of row with its own columns: "summary" (counts, who is counted, alignment index, mirror
// accuracy, imperative scores), "items" (one row per question reading × side), "recommendations" (each action with
// its evidence in words), "free text". The CSV is one table: a `part` column first, then the union of the parts'
// columns, then the stamp columns on every row. The XLSX has one sheet per part. Sections built elsewhere (workshop
// outcomes, actions, the executive summary) are appended as further parts (`extraParts` of the writers), without
// touching these.
import type { RevealedTeamResults } from "@/lib/results/types";
import { utcDay } from "@/lib/time";
import { STAMP_COLUMNS, type ExportPart, type ExportRow } from "./cells";
import { itemsPart } from "./item-rows";
import { recommendationsPart } from "./recommendation-rows";
import { summaryPart } from "./summary-rows";

export {
  defuse,
  describePredicate,
  round2,
  round4,
  stampOf,
  STAMP_COLUMNS,
  type ExportCell,
  type ExportColumn,
  type ExportPart,
  type ExportRow,
} from "./cells";

/** The free-text answers the anonymity rule lets through (sides of 10 or more), unattributed and sorted. */
function freeTextPart(results: RevealedTeamResults): ExportPart {
  const rows: ExportRow[] = [];
  for (const block of results.freeText) {
    const info = results.items.find((i) => i.key === block.itemKey);
    for (const text of block.answers) rows.push({ item_key: block.itemKey, section: info?.section, prompt: info?.prompt[block.side], side: block.side, text });
  }
  return {
    id: "free text",
    sheet: "Free text",
    columns: [
      { key: "item_key", label: "Item key" },
      { key: "section", label: "Section" },
      { key: "prompt", label: "Question (as this side saw it)" },
      { key: "side", label: "Side" },
      { key: "text", label: "Answer" },
    ],
    rows,
  };
}

/** Every part of the team-results export, in file order. */
export function teamResultsParts(results: RevealedTeamResults, exportedAt: Date): ExportPart[] {
  return [summaryPart(results, exportedAt), itemsPart(results, exportedAt), recommendationsPart(results), freeTextPart(results)];
}

/** The CSV's columns: `part`, the parts' columns in order of first appearance, then the stamps. */
export function csvColumns(parts: readonly ExportPart[]): string[] {
  const keys = ["part"];
  const stamps = new Set(STAMP_COLUMNS.map((c) => c.key));
  for (const part of parts) for (const c of part.columns) if (!keys.includes(c.key) && !stamps.has(c.key)) keys.push(c.key);
  return [...keys, ...STAMP_COLUMNS.map((c) => c.key)];
}

/** A file name without anything a header or a file system could trip on. */
export function exportFilename(results: RevealedTeamResults, format: "csv" | "xlsx" | "pdf", exportedAt: Date): string {
  const slug = (s: string) =>
    s.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase().slice(0, 40) || "assessment";
  const day = utcDay(exportedAt);
  return `bridge-${slug(results.assessment.organizationName)}-${slug(results.assessment.title)}-wave-${results.wave.number}-${day}.${format}`;
}
