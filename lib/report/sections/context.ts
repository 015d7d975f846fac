// What every section reads: the report's input with its summary built, and small lookups shared by the sections.
import { SIDE_LABEL, type Side } from "@/lib/domain";
import { wordingOf, type ResultsSummary } from "@/lib/results/summary";
import type { ItemInfo } from "@/lib/results/types";
import type { ExecutiveReportInput } from "../types";

export type ReportContext = Required<ExecutiveReportInput> & { summary: ResultsSummary; itemsByKey: Map<string, ItemInfo> };

/** The question in each side's own words, one line per wording ("Marketing: …", "IT: …", or once for both). */
export function wordingLines(item: ItemInfo): string[] {
  return wordingOf(item).map((w) => (w.side === "both" ? `Both sides: “${w.text}”` : `${SIDE_LABEL[w.side as Side]}: “${w.text}”`));
}
