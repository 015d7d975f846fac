// The widest credible gaps between the sides (lib/results/findings.ts credibleGaps), each question in each
// side's own words with both sides' numbers, the gap, its interval and adjusted p.
import { SIDE_LABEL } from "@/lib/domain";
import { describePredicate } from "@/lib/export/cells";
import { credibleGaps } from "@/lib/results/findings";
import { optionText } from "@/lib/results/items";
import type { GapTest } from "@/lib/scoring/types";
import { intervalPoints, one, plural, qValue, signed } from "../format";
import { MUTED, type ReportWriter } from "../report-writer";
import { wordingLines, type ReportContext } from "./context";

/** Shown in full; the rest are counted (every gap is in the CSV/XLSX download and on the page). */
export const MAX_GAPS_SHOWN = 12;

function valueOf(t: GapTest, v: number | null): string {
  if (v === null) return "no answers";
  return t.basis === "share" ? `${Math.round(v)}%` : `${one(v)} of 100`;
}

export function writeGaps(w: ReportWriter, c: ReportContext): void {
  const gaps = credibleGaps(c.results);
  w.section("The widest credible gaps", () => {
    w.small(
      `A gap is marketing − IT in points. It is credible when it holds after allowing for all ${c.results.evidence.comparisons} comparisons (false discovery rate ${Math.round(c.results.evidence.level * 100)}%), and wide when it is also at least ${c.results.evidence.practicalGap} points. Widest first.`,
    );
    if (!gaps.length) {
      w.para(c.summary.noFindings ?? "No gap between the sides passed its test: these answers cannot show one.");
      return;
    }
    const shown = gaps.slice(0, MAX_GAPS_SHOWN);
    shown.forEach((g, i) => {
      const t = g.test;
      w.heading(3, `${i + 1}. ${g.gap.label === "wide" ? "Wide gap" : "Small but credible gap"}: ${one(Math.abs(g.estimate))} points`);
      w.list(wordingLines(g.item), { size: 9.5 });
      const reading = t.match ? describePredicate(t.match, (id) => optionText(g.item, id)) : t.option ? `mean points given to “${optionText(g.item, t.option)}”` : "mean answer (0-100)";
      w.para(
        `Compared: ${reading}. ${SIDE_LABEL.marketing} ${valueOf(t, t.values.marketing)} (n = ${t.n.marketing}), ${SIDE_LABEL.it} ${valueOf(t, t.values.it)} (n = ${t.n.it}). Gap ${signed(g.estimate)} points, 95% interval ${intervalPoints(g.interval)}, ${qValue(g.q)}.`,
        { size: 9.5, color: MUTED },
      );
    });
    if (gaps.length > shown.length) {
      w.small(`${plural(gaps.length - shown.length, "more credible gap")} ${gaps.length - shown.length === 1 ? "is" : "are"} on the results page and in the downloads.`);
    }
  });
}
