// The trend over waves, as the trends page shows it: the revealed waves with their respondents and alignment index,
// a small chart per imperative over the waves (vectors, values as text beside the bars), and the reported wave
// against the one before: each change with its interval and a label only when the test (after the false-discovery
// step over every comparison of the trends page) or the equivalence test supports it; "No earlier wave" for a first wave.
import { IMPERATIVES, SIDE_LABEL, SIDES, type Side } from "@/lib/domain";
import { isCredibleChange, TREND_ITEM_EQUIVALENCE_MARGIN, TREND_SCORE_EQUIVALENCE_MARGIN, type TrendComparison } from "@/lib/scoring";
import { drawIntervalBars, intervalBarsHeight, type IntervalBarsSpec } from "../draw-interval-bars";
import { intervalPoints, longDate, plural, score, short, signed } from "../format";
import type { ReportWriter } from "../report-writer";
import type { ReportContext } from "./context";

export const NO_EARLIER_WAVE = "No earlier wave: this is the first revealed wave of this assessment, so there is nothing to compare it with yet. The next wave's report will show what moved.";

const COLOR = { marketing: "#8a2be2", it: "#0b6e99" } as const;
/** A wave's value: a share in percent, a mean or score as it is, a gap (marketing − IT) in signed points. */
const value = (c: TrendComparison, v: number | null) => (v === null ? "n/a" : c.key.startsWith("gap|") ? `${signed(v)} points` : c.basis === "share" ? `${Math.round(v)}%` : score(v));
const changeText = (c: TrendComparison) =>
  `${value(c, c.earlier)} → ${value(c, c.later)}, change ${signed(c.change)}${c.interval ? ` (95% interval ${intervalPoints(c.interval)})` : ""}: ${c.label}`;

export function writeTrend(w: ReportWriter, c: ReportContext): void {
  w.section("Trend over waves", () => {
    const trend = c.trend;
    if (!trend || trend.waves.length < 2 || !trend.change) {
      w.para(NO_EARLIER_WAVE);
      return;
    }
    const { waves, change } = trend;
    const [previous, current] = [waves.at(-2)!, waves.at(-1)!];
    w.list(
      waves.map(
        (x) =>
          `${x.label}${x.revealedAt ? ` (revealed ${longDate(x.revealedAt)})` : ""}: ${x.counts.marketing} marketing and ${x.counts.it} IT respondents; alignment index ${score(x.alignmentIndex)} (95% interval ${intervalPoints(x.alignmentInterval)}).`,
      ),
    );
    w.small(
      `${current.label} against ${previous.label}: "rising" or "falling" only when the change's test holds after the false-discovery step over all ${plural(change.family.tests, "comparison")} between consecutive waves up to this one; "stable" only when the change is credibly within ±${TREND_SCORE_EQUIVALENCE_MARGIN} points (scores) or ±${TREND_ITEM_EQUIVALENCE_MARGIN} points (questions); otherwise "not distinguishable". Each wave is a separate sample; only questions asked identically in both waves are compared.`,
    );
    w.para(`Alignment index: ${changeText(change.alignment)}.`);

    w.heading(2, "The five imperatives over the waves");
    for (const series of trend.imperatives) {
      const name = IMPERATIVES.find((i) => i.id === series.imperative)?.short ?? series.imperative;
      const t = change.imperatives.find((i) => i.imperative === series.imperative);
      const spec: IntervalBarsSpec = {
        labels: waves.map((x) => x.label),
        series: SIDES.map((side) => ({ label: SIDE_LABEL[side], color: COLOR[side], values: series[side].map((p) => p.value), intervals: series[side].map((p) => p.interval) })),
        min: 0,
        max: 100,
        ticks: [0, 50, 100],
        rowHeight: 22,
        axisTitle: `${name}: score 0-100`,
        valueText: (row, si) => {
          const side: Side = si === 0 ? "marketing" : "it";
          const p = series[side][row];
          return `${SIDE_LABEL[side]} ${score(p?.value)} (${intervalPoints(p?.interval)})`;
        },
      };
      w.heading(3, name);
      w.figure(
        `Bar chart of ${name} per wave, marketing and IT, with 95% intervals. ${waves.map((x, i) => `${x.label}: marketing ${score(series.marketing[i]?.value)}, IT ${score(series.it[i]?.value)}`).join("; ")}.`,
        intervalBarsHeight(spec) + 4,
        (x, y, width) => drawIntervalBars(w.doc, x, y, width, spec),
      );
      if (t) w.list(SIDES.map((side) => `${SIDE_LABEL[side]}: ${changeText(t.sides[side])}${t.itemsChanged ? " (built from other questions in the two waves: read with care)" : ""}.`), { size: 9 });
    }

    w.heading(2, "Questions that credibly moved");
    const moved = change.items.flatMap((item) =>
      item.readings.flatMap((r) => {
        const info = c.itemsByKey.get(item.itemKey);
        if (!info) return []; // not a question of the reported wave: never shown by its key
        const words = short(info.prompt[info.sides.includes("marketing") ? "marketing" : "it"], 140);
        const lines = SIDES.filter((s) => isCredibleChange(r.sides[s])).map((s) => `“${words}”, ${SIDE_LABEL[s]}: ${changeText(r.sides[s])}.`);
        if (r.gap.direction) lines.push(`“${words}”, gap marketing − IT: ${changeText(r.gap)}, ${r.gap.direction}.`);
        return lines;
      }),
    );
    if (moved.length) w.list(moved, { size: 9 });
    else w.para(`No question's answers moved credibly between ${previous.label} and ${current.label}.`);
    if (change.excluded.length) {
      const reasons = new Map<string, number>();
      for (const x of change.excluded) reasons.set(x.reason, (reasons.get(x.reason) ?? 0) + 1);
      w.small(`Left out of the comparison: ${[...reasons].map(([reason, n]) => `${plural(n, "question")} (${reason})`).join(", ")}.`);
    }
  }, { newPage: false });
}
