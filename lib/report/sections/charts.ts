// The two charts as vectors, each with its values as text beside the bars (the page's table alternative).
import { SIDE_LABEL } from "@/lib/domain";
import { gapChartRows, imperativeRows } from "../chart-rows";
import { drawIntervalBars, intervalBarsHeight, type IntervalBarsSpec } from "../draw-interval-bars";
import { intervalPoints, score, signed } from "../format";
import type { ReportWriter } from "../report-writer";
import type { ReportContext } from "./context";

const COLOR = { marketing: "#8a2be2", it: "#0b6e99" } as const;
const GAP_COLOR = "#2563eb";

export function writeCharts(w: ReportWriter, c: ReportContext): void {
  const { results } = c;
  w.section("The results in two charts", () => {
    w.heading(2, "The five imperatives, per side");
    w.small(
      `Scores 0-100 (higher is closer to what the imperative asks for), with the 95% interval as a line across each bar. Marketing in purple (upper bar), IT in blue (lower bar). A score is called low only when it is credibly below 50 after allowing for all ${results.evidence.comparisons} comparisons.`,
    );
    const imps = imperativeRows(results);
    const impSpec: IntervalBarsSpec = {
      labels: imps.map((r) => r.name),
      series: (["marketing", "it"] as const).map((side) => ({
        label: SIDE_LABEL[side],
        color: COLOR[side],
        values: imps.map((r) => r.score?.[side] ?? null),
        intervals: imps.map((r) => r.score?.intervals[side] ?? null),
      })),
      min: 0,
      max: 100,
      ticks: [0, 25, 50, 75, 100],
      rowHeight: 30,
      axisTitle: "Score, 0-100",
      valueText: (row, si) => {
        const side = si === 0 ? "marketing" : "it";
        const s = imps[row]!.score;
        const low = s?.low[side].label === "low" ? ", low" : "";
        return `${SIDE_LABEL[side]} ${score(s?.[side])} (${intervalPoints(s?.intervals[side])})${low}`;
      },
    };
    w.figure(
      `Bar chart of the five imperative scores for marketing and IT, with 95% intervals. ${imps.map((r) => `${r.name}: marketing ${score(r.score?.marketing)}, IT ${score(r.score?.it)}`).join("; ")}.`,
      intervalBarsHeight(impSpec) + 6,
      (x, y, width) => drawIntervalBars(w.doc, x, y, width, impSpec),
    );

    const rows = gapChartRows(results);
    const credible = rows.filter((r) => r.credible).length;
    w.heading(2, "The gap between the sides, per question");
    w.small(
      `Marketing − IT in points (right of 0: marketing higher; left of 0: IT higher), with the 95% interval. Filled bars are credible gaps (${credible} of ${rows.length}): they hold after allowing for all ${results.evidence.comparisons} comparisons. Outlined bars could be chance and are not findings, however long.`,
    );
    if (!rows.length) {
      w.para("No question was answered by both sides, so there is no gap to draw.");
      return;
    }
    const rowHeight = 13;
    let start = 0;
    while (start < rows.length) {
      // as many rows as fit on this page (at least 8, else a new page)
      let fits = Math.floor((w.bottom - w.doc.y - 40) / rowHeight);
      if (fits < 8) {
        w.newPage();
        fits = Math.floor((w.bottom - w.doc.y - 40) / rowHeight);
      }
      const chunk = rows.slice(start, start + fits);
      const spec: IntervalBarsSpec = {
        labels: chunk.map((r) => r.label),
        series: [
          {
            label: "Marketing − IT",
            color: GAP_COLOR,
            values: chunk.map((r) => r.test.estimate),
            intervals: chunk.map((r) => r.test.test?.interval ?? null),
            filled: chunk.map((r) => r.credible),
          },
        ],
        min: -100,
        max: 100,
        ticks: [-100, -50, 0, 50, 100],
        rowHeight,
        axisTitle: "Gap in points: marketing − IT",
        valueText: (row) => {
          const r = chunk[row]!;
          return `${signed(r.test.estimate)} (${intervalPoints(r.test.test?.interval)})${r.credible ? `, ${r.test.label}` : ""}`;
        },
      };
      const part = rows.length > chunk.length ? ` (questions ${start + 1}-${start + chunk.length} of ${rows.length})` : "";
      w.figure(
        `Diverging bar chart of the gap between marketing and IT${part}, ${credible} of ${rows.length} questions credible. ${chunk.map((r) => `${r.label}: ${signed(r.test.estimate)} points${r.credible ? ", credible" : ""}`).join("; ")}.`,
        intervalBarsHeight(spec) + 6,
        (x, y, width) => drawIntervalBars(w.doc, x, y, width, spec),
      );
      start += chunk.length;
    }
    w.small("Beside each bar: the gap in points with its 95% interval; credible gaps carry their label (wide: at least 20 points; small: narrower).");
  });
}
