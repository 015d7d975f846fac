// The two-minute summary: the sentences buildResultsSummary writes for the page, the participants and the exports.
import { one, intervalPoints } from "../format";
import { MUTED, type ReportWriter } from "../report-writer";
import type { ReportContext } from "./context";

export function writeSummary(w: ReportWriter, c: ReportContext): void {
  const s = c.summary;
  w.section("The two-minute summary", () => {
    w.para(s.overview);
    w.heading(2, "Alignment index");
    w.para(
      s.alignment.index === null
        ? "Alignment index: not available."
        : `Alignment index: ${one(s.alignment.index)} of 100 (95% interval ${intervalPoints(s.alignment.interval)}), over ${s.alignment.questions} questions both sides answered.`,
      { font: "bold" },
    );
    w.para(s.alignment.reading);
    w.small(s.alignment.meaning);

    w.heading(2, "The credible findings");
    if (s.findings.length) {
      for (const f of s.findings) w.lead(`${f.label}.`, f.sentence);
    } else if (s.noFindings) {
      w.para(s.noFindings);
    }

    w.heading(2, "Act on these imperatives first");
    if (s.actFirst.length) {
      for (const a of s.actFirst) {
        w.lead(`${a.name}.`, a.sentence);
        if (a.firstAction) w.para(`First action: ${a.firstAction.title}. ${a.firstAction.text}`, { indent: 12, color: MUTED });
      }
    } else if (s.noActFirst) {
      w.para(s.noActFirst);
    }

    w.heading(2, "What these answers cannot show");
    w.list(s.cannotConclude);
  });
}
