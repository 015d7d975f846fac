// The trend over waves. A placeholder until the trend statistics land (lib/scoring/trend.ts): the waves with their
// respondents and alignment index, and the trend's own sentences; "No earlier wave" for a first wave.
import { intervalPoints, longDate, score } from "../format";
import type { ReportWriter } from "../report-writer";
import type { ReportContext } from "./context";

export const NO_EARLIER_WAVE = "No earlier wave: this is the first revealed wave of this assessment, so there is nothing to compare it with yet. The next wave's report will show what moved.";

export function writeTrend(w: ReportWriter, c: ReportContext): void {
  w.section("Trend over waves", () => {
    if (!c.trend || c.trend.waves.length < 2) {
      w.para(NO_EARLIER_WAVE);
      return;
    }
    w.list(
      c.trend.waves.map(
        (x) =>
          `${x.label}${x.revealedAt ? ` (revealed ${longDate(x.revealedAt)})` : ""}: ${x.counts.marketing} marketing and ${x.counts.it} IT respondents; alignment index ${score(x.alignmentIndex)} (95% interval ${intervalPoints(x.alignmentInterval)}).`,
      ),
    );
    for (const note of c.trend.notes) w.para(note);
  }, { newPage: false });
}
