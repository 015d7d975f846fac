// The recommended actions in the model's order, each with its evidence in words, the signals' own sentences and
// the published sentence it comes from (as the results page and the recommendations export show them).
import { IMPERATIVES } from "@/lib/domain";
import { evidenceInWords } from "@/lib/results/summary";
import { MUTED, type ReportWriter } from "../report-writer";
import type { ReportContext } from "./context";

const OWNER: Record<string, string> = { marketing: "marketing", it: "IT", both: "marketing and IT together" };

export function writeRecommendations(w: ReportWriter, c: ReportContext): void {
  const { results } = c;
  w.section("Recommendations and their evidence", () => {
    w.small("Only credible signals put an action here: a wide gap, a prediction that was off, an unfavourable difference from a published figure or a score credibly below 50, after the false-discovery step. The actions come from the published surveys.");
    if (!results.recommendations.length) {
      w.para(c.summary.noActFirst ?? "Nothing is strong enough to recommend an action.");
      for (const note of results.evidence.notes) w.small(note);
      return;
    }
    results.recommendations.forEach((rec, i) => {
      const imperative = IMPERATIVES.find((x) => x.id === rec.action.imperative)?.short ?? "";
      w.heading(3, `${i + 1}. ${rec.action.title}`);
      w.para(`${imperative}. Carried out by ${OWNER[rec.action.owner] ?? "both sides"}; rests on ${evidenceInWords(rec.triggers)}.`, { size: 9, color: MUTED, after: 3 });
      w.para(rec.action.text);
      w.list(rec.triggers.map((t) => t.summary), { size: 9 });
      w.para(`“${rec.action.source.quote}” (${results.citations[rec.action.source.file] ?? "Published source"})`, { font: "italic", size: 8.5, color: MUTED, indent: 12 });
    });
  });
}
