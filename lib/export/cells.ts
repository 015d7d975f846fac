// The building blocks of every export: column and row types, the stamp columns, formula defusing, rounding, and
// how a predicate reads in words. No imports of the parts, so every part module can use these.
import type { RevealedTeamResults } from "@/lib/results/types";
import type { AnswerPredicate } from "@/lib/questionnaire/types";

export interface ExportColumn {
  key: string;
  label: string;
}
export type ExportCell = string | number | undefined;
export type ExportRow = Record<string, ExportCell>;

export interface ExportPart {
  /** The CSV's `part` value, e.g. "summary", "items", "workshop outcomes". */
  id: string;
  /** The XLSX sheet's name (at most 31 characters). */
  sheet: string;
  /** This part's columns, in order: the XLSX sheet's header; the CSV takes their keys. */
  columns: readonly ExportColumn[];
  rows: ExportRow[];
}

/** On every CSV row (and as columns of the Items sheet): which model, which page, when. */
export const STAMP_COLUMNS: readonly ExportColumn[] = [
  { key: "scoring_model", label: "Scoring model" },
  { key: "revealed_under_model", label: "Scoring model at the reveal" },
  { key: "comparisons", label: "Comparisons on the page (false discovery rate controlled together)" },
  { key: "revealed_at", label: "Results revealed at (UTC)" },
  { key: "exported_at", label: "Exported at (UTC)" },
];

export function stampOf(results: RevealedTeamResults, exportedAt: Date): ExportRow {
  return {
    scoring_model: results.evidence.model,
    revealed_under_model: results.evidence.recordedModel,
    comparisons: results.evidence.comparisons,
    revealed_at: new Date(results.revealedAt).toISOString(),
    exported_at: exportedAt.toISOString(),
  };
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Spreadsheet formula injection: a text cell starting with = + - @ tab or CR gets a leading apostrophe. */
export function defuse(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Numbers are rounded to 2 decimals (the page shows the same values rounded further). */
export const round2 = (x: number | null | undefined): number | undefined =>
  x === null || x === undefined || !Number.isFinite(x) ? undefined : Math.round(x * 100) / 100;

/** An adjusted p-value to 4 decimals. */
export const round4 = (x: number | null | undefined): number | undefined =>
  x === null || x === undefined || !Number.isFinite(x) ? undefined : Math.round(x * 10000) / 10000;

export function describePredicate(p: AnswerPredicate, label: (id: string) => string): string {
  switch (p.type) {
    case "scale-at-least":
      return p.min === 4 ? "share agreeing or strongly agreeing" : `share answering ${p.min} or more of 5`;
    case "equals":
      return p.value === true ? "share answering yes" : p.value === false ? "share answering no" : `share choosing “${label(String(p.value))}”`;
    case "includes":
      return `share choosing “${label(p.option)}”`;
    case "ranked-within":
      return `share ranking “${label(p.option)}” in the top ${p.top}`;
    case "at-least":
      return `share answering ${p.min} or more`;
    case "more-than":
      return `share answering more than ${p.min}`;
  }
}
