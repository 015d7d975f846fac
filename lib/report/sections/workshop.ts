// The workshop outcomes of the wave, in the order the workshop walks the gaps (credible gaps widest first, then
// any other question), each question in each side's words, with the outcome, position, notes and hands counted.
import { credibleGaps } from "@/lib/results/findings";
import { OUTCOME_LABEL, voteOptionsOf, type WorkshopOutcomeRecord } from "@/lib/results/workshop-outcome";
import { plural } from "../format";
import { MUTED, type ReportWriter } from "../report-writer";
import { wordingLines, type ReportContext } from "./context";

function votesLine(record: WorkshopOutcomeRecord, c: ReportContext): string | null {
  const item = c.itemsByKey.get(record.itemKey);
  if (!record.votes || !item) return null;
  const parts = voteOptionsOf(item)
    .filter((o) => record.votes![o.id] !== undefined)
    .map((o) => `${o.label}: ${record.votes![o.id]}`);
  return parts.length ? `Hands counted: ${parts.join("; ")}.` : null;
}

export function writeWorkshop(w: ReportWriter, c: ReportContext): void {
  const order = new Map(credibleGaps(c.results).map((g, i) => [g.itemKey, i]));
  const outcomes = c.outcomes
    .filter((o) => c.itemsByKey.has(o.itemKey))
    .sort((a, b) => (order.get(a.itemKey) ?? 1e6) - (order.get(b.itemKey) ?? 1e6));
  w.section("Workshop outcomes", () => {
    if (!outcomes.length) {
      w.para("No workshop outcome has been recorded for this wave.");
      return;
    }
    const counts = Object.entries(OUTCOME_LABEL)
      .map(([k, label]) => [label, outcomes.filter((o) => o.outcome === k).length] as const)
      .filter(([, n]) => n > 0);
    w.para(`${plural(outcomes.length, "question")} discussed: ${counts.map(([label, n]) => `${label.toLowerCase()} ${n}`).join(", ")}.`);
    for (const o of outcomes) {
      w.heading(3, OUTCOME_LABEL[o.outcome]);
      w.list(wordingLines(c.itemsByKey.get(o.itemKey)!), { size: 9.5 });
      if (o.position) w.lead("Position:", o.position, { size: 9.5 });
      if (o.notes) w.lead("Notes:", o.notes, { size: 9.5 });
      const votes = votesLine(o, c);
      if (votes) w.para(votes, { size: 9, color: MUTED });
    }
  });
}
