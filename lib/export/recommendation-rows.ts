// The "recommendations" part of the team-results export, as the results page shows them: each recommended action
// (in the model's order) with who carries it out, what it rests on in words, its text and the published sentence
// it comes from; then one row per credible signal behind it, in its own sentence with its numbers. When nothing
// can be recommended, one row says why.
import { IMPERATIVES } from "@/lib/domain";
import type { RevealedTeamResults } from "@/lib/results/types";
import { buildResultsSummary, evidenceInWords } from "@/lib/results/summary";
import type { TriggerKind } from "@/lib/scoring/types";
import { round2, round4, type ExportColumn, type ExportPart, type ExportRow } from "./cells";

export const RECOMMENDATION_COLUMNS: readonly ExportColumn[] = [
  { key: "recommendation", label: "Recommendation" },
  { key: "row_kind", label: "Row" },
  { key: "action_title", label: "Action" },
  { key: "imperative", label: "Imperative" },
  { key: "owner", label: "Carried out by" },
  { key: "rests_on", label: "Rests on" },
  { key: "text", label: "In words" },
  { key: "evidence_kind", label: "Evidence" },
  { key: "item_key", label: "Item key" },
  { key: "side", label: "Side" },
  { key: "figure_id", label: "Published figure id" },
  { key: "estimate", label: "Estimate (points)" },
  { key: "interval_low", label: "95% interval, low" },
  { key: "interval_high", label: "95% interval, high" },
  { key: "verdict_adjusted_p", label: "Adjusted p (Benjamini-Hochberg)" },
  { key: "source_quote", label: "Published sentence it comes from" },
  { key: "source", label: "Source" },
];

const OWNER: Record<string, string> = { marketing: "marketing", it: "IT", both: "marketing and IT together" };
const EVIDENCE: Record<TriggerKind, string> = {
  "wide-gap": "a wide gap between the sides",
  benchmark: "an unfavourable difference from a published figure",
  "mis-prediction": "a prediction of the other side that was off",
  "low-imperative": "a score credibly below 50",
};

export function recommendationsPart(results: RevealedTeamResults): ExportPart {
  const rows: ExportRow[] = [];
  results.recommendations.forEach((rec, i) => {
    const recommendation = i + 1;
    const action_title = rec.action.title;
    rows.push({
      recommendation,
      row_kind: "action",
      action_title,
      imperative: IMPERATIVES.find((x) => x.id === rec.action.imperative)?.short ?? rec.action.imperative,
      owner: OWNER[rec.action.owner] ?? "both sides",
      rests_on: evidenceInWords(rec.triggers),
      text: rec.action.text,
      source_quote: rec.action.source.quote,
      source: results.citations[rec.action.source.file] ?? "Published source",
    });
    for (const t of rec.triggers) {
      rows.push({
        recommendation,
        row_kind: "evidence",
        action_title,
        text: t.summary,
        evidence_kind: EVIDENCE[t.kind],
        item_key: t.itemKey ?? undefined,
        side: t.side ?? undefined,
        figure_id: t.figureId ?? undefined,
        estimate: round2(t.test.estimate),
        interval_low: round2(t.test.interval?.[0]),
        interval_high: round2(t.test.interval?.[1]),
        verdict_adjusted_p: round4(t.test.q),
      });
    }
  });
  if (!results.recommendations.length) {
    const why = buildResultsSummary(results).noActFirst ?? "Nothing is strong enough to recommend an action.";
    rows.push({ row_kind: "none", text: [why, ...results.evidence.notes].join(" ") });
  }
  return { id: "recommendations", sheet: "Recommendations", columns: RECOMMENDATION_COLUMNS, rows };
}
