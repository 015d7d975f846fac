// The pictures of the trends page, each beside a table that gives every value (the page's tables, and the gap
// table here): the alignment index over the waves, the five imperative scores per side as small multiples, and the
// gap between the sides per imperative. Server components drawing inline SVG (trend-panel.tsx). Marks on a segment
// come only from the page's own tests (lib/scoring/trend.ts, after the false-discovery step).
import { DataTable } from "@/components/ui/data-table";
import { IMPERATIVES, SIDE_LABEL, SIDES } from "@/lib/domain";
import type { TrendResult, WaveSeries } from "@/lib/scoring";
import { credibleChanges, gapValues, panelModel, signedPoints, symmetricDomain, symmetricTicks, valuesInWords } from "./trend-chart-model";
import { GAP_STYLE, INDEX_STYLE, SIDE_STYLE, TrendLegend, TrendPanel } from "./trend-panel";

const SCORE_TICKS = [0, 25, 50, 75, 100];
/** Marketing a little left of the wave, IT a little right, so their intervals never hide each other. */
const DODGE = { marketing: -4, it: 4 } as const;
const GRID = "mt-3 grid gap-x-6 gap-y-5 sm:grid-cols-2 lg:grid-cols-3";

interface TrendChartProps {
  series: WaveSeries;
  pairs: readonly TrendResult[];
  waveLabels: readonly string[];
}

const changesSentence = (changes: string[]) =>
  changes.length ? `${changes.join("; ")}.` : "No change between waves is called rising, falling or stable.";

/** The alignment index per wave with its interval; its table is the page's "Alignment index" table (`tableId`). */
export function AlignmentTrendChart({ series, pairs, waveLabels, tableId }: TrendChartProps & { tableId: string }) {
  const labels = pairs.map((p) => p.alignment.label);
  const model = panelModel({ waveLabels, domain: [0, 100], ticks: SCORE_TICKS, lines: [{ key: "index", points: series.alignment, pairLabels: labels }] });
  const ariaLabel =
    `Alignment index over ${waveLabels.length} waves, 0-100 with 95% intervals: ` +
    `${valuesInWords(series.alignment.map((p) => p.value), waveLabels)}. ${changesSentence(credibleChanges("The index", labels, waveLabels))} ` +
    "The alignment index table gives every value.";
  return (
    <div className="mt-2">
      <p id="alignment-chart-note" className="max-w-3xl text-sm text-muted">
        The index per wave (100: the sides answer as alike as chance allows) with its 95% interval. Every value, change and reading is in{" "}
        <a href={`#${tableId}`}>the alignment index table</a> below the chart.
      </p>
      <TrendLegend styles={[INDEX_STYLE]} />
      <div className="mt-2 max-w-sm">
        <TrendPanel model={model} styles={{ index: INDEX_STYLE }} ariaLabel={ariaLabel} describedBy="alignment-chart-note" />
      </div>
    </div>
  );
}

/** One panel per imperative, a line per side; its table is the page's "Imperative scores" table (`tableId`). */
export function ImperativeTrendCharts({ series, pairs, waveLabels, tableId }: TrendChartProps & { tableId: string }) {
  return (
    <div className="mt-2">
      <p id="imperatives-chart-note" className="max-w-3xl text-sm text-muted">
        Each imperative&apos;s score per wave (0-100, higher is closer to what it asks for) for each side, with its 95% interval; one scale for
        all five. A mark on a line says a change between two waves passed its test; no mark: the waves cannot be told apart. Every value and
        reading is in <a href={`#${tableId}`}>the imperative scores table</a> below the charts.
      </p>
      <TrendLegend styles={[SIDE_STYLE.marketing, SIDE_STYLE.it]} />
      <div className={GRID}>
        {IMPERATIVES.map((imp) => {
          const s = series.imperatives.find((x) => x.imperative === imp.id);
          const trend = (i: number) => pairs[i]!.imperatives.find((x) => x.imperative === imp.id);
          const labels = (side: (typeof SIDES)[number]) => pairs.map((_, i) => trend(i)?.sides[side].label);
          const model = panelModel({
            waveLabels,
            domain: [0, 100],
            ticks: SCORE_TICKS,
            lines: SIDES.map((side) => ({
              key: side,
              points: s?.[side] ?? [],
              pairLabels: labels(side),
              dodge: DODGE[side],
              markPlacement: side === "marketing" ? ("above" as const) : ("below" as const),
            })),
          });
          const rebuilt = pairs.flatMap((_, i) => (trend(i)?.itemsChanged ? [`${waveLabels[i]} to ${waveLabels[i + 1]}`] : []));
          const ariaLabel =
            `${imp.short}, scores by side over ${waveLabels.length} waves, 0-100 with 95% intervals. ` +
            SIDES.map((side) => `${SIDE_LABEL[side]}: ${valuesInWords((s?.[side] ?? []).map((p) => p.value), waveLabels)}.`).join(" ") +
            ` ${changesSentence(SIDES.flatMap((side) => credibleChanges(SIDE_LABEL[side], labels(side), waveLabels)))}` +
            (rebuilt.length ? ` Its questions changed from ${rebuilt.join(", and from ")}.` : "") +
            " The imperative scores table gives every value.";
          return (
            <div key={imp.id}>
              <h3 className="text-sm font-semibold">{imp.short}</h3>
              <TrendPanel model={model} styles={SIDE_STYLE} ariaLabel={ariaLabel} describedBy="imperatives-chart-note" />
            </div>
          );
        })}
      </div>
    </div>
  );
}


/**
 * Marketing − IT of each imperative score per wave, and its table. Only the difference of the two points: the page
 * has no interval or test of an imperative's gap (trend.ts tests each side's score and the alignment index), so the
 * chart draws no interval and no mark, and says so.
 */
export function GapTrendCharts({ series, waveLabels }: Omit<TrendChartProps, "pairs">) {
  const rows = IMPERATIVES.map((imp) => {
    const s = series.imperatives.find((x) => x.imperative === imp.id);
    return { imp, gaps: gapValues(s?.marketing ?? [], s?.it ?? []) };
  });
  const domain = symmetricDomain(rows.flatMap((r) => r.gaps));
  const ticks = symmetricTicks(domain);
  return (
    <div className="mt-2">
      <p id="gap-chart-note" className="max-w-3xl text-sm text-muted">
        Marketing&apos;s score minus IT&apos;s for each imperative and wave, in points (above 0: marketing higher). These are plain differences
        of the two sides&apos; scores, without an interval and without a test of their change: read them as a description, with each
        side&apos;s own interval in the charts above and the alignment index as the tested measure of how alike the sides answer. Every value
        is in <a href="#trend-gap-table">the gap table</a> below the charts.
      </p>
      <TrendLegend styles={[GAP_STYLE]} interval={false} marks={false} />
      <div className={GRID}>
        {rows.map(({ imp, gaps }) => {
          const model = panelModel({ waveLabels, domain, ticks, lines: [{ key: "gap", points: gaps.map((value) => ({ value, interval: null })) }] });
          const ariaLabel =
            `${imp.short}, gap between the sides (marketing − IT, points, no interval) over ${waveLabels.length} waves: ` +
            `${valuesInWords(gaps, waveLabels, true)}. The gap table gives every value.`;
          return (
            <div key={imp.id}>
              <h3 className="text-sm font-semibold">{imp.short}</h3>
              <TrendPanel
                model={model}
                styles={{ gap: GAP_STYLE }}
                ariaLabel={ariaLabel}
                describedBy="gap-chart-note"
                tickText={signedPoints}
              />
            </div>
          );
        })}
      </div>
      <div id="trend-gap-table" className="mt-4">
        <DataTable
          caption="Gap between the sides per imperative and wave (marketing − IT score, points, no interval)"
          captionVisible
          scroll="region"
          regionLabel="Gap table"
          rows={rows}
          rowKey={(r) => r.imp.id}
          columns={[
            { id: "imperative", header: "Imperative", rowHeader: true, cell: (r) => r.imp.short },
            ...waveLabels.map((label, i) => ({
              id: `w${i}`,
              header: label,
              numeric: true,
              cell: (r: (typeof rows)[number]) => {
                const gap = r.gaps[i] ?? null;
                return gap === null ? "no answers" : signedPoints(gap);
              },
            })),
          ]}
        />
      </div>
    </div>
  );
}
