// The comparisons with published figures: credible differences first, then the rest by verdict, each with the
// published figure's source, year, sample size and locator, as the results page cites them.
import type { BenchmarkComparison, BenchmarkVerdict } from "@/lib/scoring/types";
import { intervalPct, intervalPoints, pct, plural, qValue, signed, short } from "../format";
import { MUTED, type ReportWriter } from "../report-writer";
import type { ReportContext } from "./context";

const ORDER: BenchmarkVerdict[] = ["above", "below", "about the same", "not distinguishable", "too few answers to tell", "context only"];
const POPULATION: Record<BenchmarkComparison["side"], string> = { marketing: "CMOs", it: "CIOs", both: "CMOs and CIOs together" };
const GROUP: Record<BenchmarkComparison["side"], string> = { marketing: "Our marketing", it: "Our IT", both: "Both our sides" };

export function writeComparisons(w: ReportWriter, c: ReportContext): void {
  const { results } = c;
  const list = [...results.team.benchmarks].sort((a, b) => ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict) || (a.test?.q ?? 1) - (b.test?.q ?? 1));
  const questionOf = (cmp: BenchmarkComparison) => {
    const item = c.itemsByKey.get(cmp.itemKey);
    return item ? (cmp.side === "both" ? item.prompt.marketing : item.prompt[cmp.side]) : cmp.statement;
  };
  const ours = (cmp: BenchmarkComparison) => (cmp.org.n ? `${pct(cmp.org.share)} of ${cmp.org.n} ${cmp.org.tiers === "leaders" ? "leaders" : "respondents"}` : "no answers");
  w.section("Comparisons with the published figures", () => {
    w.small(
      "Each side is compared with its own published population (leaders with executive surveys); “above” and “below” need the same test and false-discovery step as the gaps. The published surveys date from 2010-2014: a difference says this team differs from what those executives said then, not that it misses a standard.",
    );
    if (!list.length) {
      w.para("No question of this questionnaire is linked to a published figure of the chosen sources.");
      return;
    }
    const counts = ORDER.map((v) => [v, list.filter((x) => x.verdict === v).length] as const).filter(([, n]) => n > 0);
    w.para(`${plural(list.length, "comparison")}: ${counts.map(([v, n]) => `${n} ${v}`).join(", ")}.`, { font: "bold" });
    const tested = list.filter((x) => x.verdict !== "context only");
    const context = list.filter((x) => x.verdict === "context only");
    for (const cmp of tested) {
      const fig = results.figures[cmp.figureId];
      w.lead(`${cmp.verdict[0]!.toUpperCase()}${cmp.verdict.slice(1)}.`, `“${short(questionOf(cmp), 220)}”`, { size: 9.5, after: 2 });
      const sample = cmp.published.bounds
        ? `a verbal figure: between ${pct(cmp.published.bounds.low)} and ${pct(cmp.published.bounds.high)}`
        : cmp.published.n
          ? `95% ${intervalPct(cmp.published.interval)}, n = ${cmp.published.n}`
          : "sample size not published";
      const diff = cmp.test ? ` Difference ${signed(cmp.test.estimate)} points (95% interval ${intervalPoints(cmp.test.interval)}), ${qValue(cmp.test.q)}.` : "";
      w.para(
        `Published: ${pct(cmp.published.value)} of ${POPULATION[cmp.side]}${cmp.published.subgroup ? ` (of ${cmp.published.subgroup})` : ""} (${sample}). ${GROUP[cmp.side]}: ${ours(cmp)}.${diff}`,
        { size: 9, indent: 12, after: 2 },
      );
      const source = fig
        ? `Source: ${fig.source.publisher}, “${fig.source.title}”, ${fig.source.year}; n = ${fig.n ?? "not published"}; ${fig.locator.figure ? `${fig.locator.figure}, ` : ""}${fig.locator.file}. “${short(fig.locator.quote, 240)}”`
        : "Source: not in the benchmark library.";
      w.para(source, { size: 8, indent: 12, color: MUTED, after: 7 });
    }
    if (context.length) {
      w.heading(2, "Context only: asked differently from the survey, not tested");
      w.small("These published figures answer a differently worded or differently scaled question (the reason is on the results page and in the downloads), so they are shown for context and never called above or below.");
      w.list(
        context.map((cmp) => {
          const fig = results.figures[cmp.figureId];
          const src = fig ? `${fig.source.publisher}, ${fig.source.year}, n = ${fig.n ?? "not published"}${fig.locator.figure ? `, ${fig.locator.figure}` : ""}, ${fig.locator.file}` : "source not in the library";
          return `“${short(questionOf(cmp), 120)}”: published ${pct(cmp.published.value)} of ${POPULATION[cmp.side]} (${src}); ${GROUP[cmp.side].replace(/^Our /, "our ").replace(/^Both /, "both ")}: ${ours(cmp)}.`;
        }),
        { size: 8, color: MUTED, after: 2 },
      );
    }
  });
}
