import { IntervalBarChart } from "@/components/charts/interval-bar-chart";
import { type Column, DataTable } from "@/components/ui/data-table";
import { IMPERATIVES, SIDE_LABEL, type Side } from "@/lib/domain";
import { decisiveTest } from "@/lib/results/findings";
import { optionText } from "@/lib/results/items";
import type { ItemInfo, RevealedTeamResults } from "@/lib/results/types";
import type { GapTest } from "@/lib/scoring/types";
import { intervalPoints, one, score, signed } from "./format";
import { readingOf } from "./gaps-table";
import { SideWording } from "./side-wording";

const COLOR: Record<Side, string> = { marketing: "#8a2be2", it: "#0b6e99" };
// mid blue: 5.2:1 against white (WCAG 1.4.11), and the dark interval line stays visible across a filled bar
const GAP_COLOR = "#2563eb";
const short = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

interface GapRow {
  info: ItemInfo;
  test: GapTest;
  credible: boolean;
}

/** One row per question with a gap: the test its label rests on (credible ones), else its headline; widest marketing-ahead first. */
function gapRows(results: RevealedTeamResults): GapRow[] {
  const out: GapRow[] = [];
  for (const info of results.items) {
    const gap = results.team.gaps.find((g) => g.itemKey === info.key);
    const test = gap && decisiveTest(gap);
    if (!test || test.estimate === null) continue;
    out.push({ info, test, credible: test.label === "wide" || test.label === "small" });
  }
  return out.sort((a, b) => b.test.estimate! - a.test.estimate!);
}

function chartLabel(r: GapRow): string {
  const option = r.test.option ? ` · ${short(optionText(r.info, r.test.option), 22)}` : "";
  return short(r.info.prompt[r.info.sides.includes("marketing") ? "marketing" : "it"], option ? 44 : 60) + option;
}

function Swatch({ color, outline = false }: { color: string; outline?: boolean }) {
  return <span aria-hidden="true" className="inline-block h-3 w-5 align-middle" style={{ background: outline ? "#fff" : color, border: `1.5px solid ${color}` }} />;
}

/** The two pictures of the results, each with its table: the imperatives per side, and the gap per question. */
export function ResultsCharts({ results }: { results: RevealedTeamResults }) {
  const rows = gapRows(results);
  const credible = rows.filter((r) => r.credible).length;
  const imperatives = IMPERATIVES.map((imp) => ({ imp, s: results.team.imperatives.find((x) => x.imperative === imp.id) }));
  return (
    <section aria-labelledby="charts-title" data-print="hide">
      <h2 id="charts-title" className="text-xl font-semibold">
        The results in two charts
      </h2>

      <h3 className="mt-4 font-semibold">The five imperatives, per side</h3>
      <p id="imperatives-chart-note" className="mt-1 text-sm text-muted">
        Scores 0-100 (higher is closer to what the imperative asks for), with the 95% interval as a line across each bar. A score is called
        low only when it is credibly below 50 after allowing for all {results.evidence.comparisons} comparisons.
      </p>
      <p className="mt-2 flex flex-wrap gap-4 text-sm" aria-hidden="true">
        <span><Swatch color={COLOR.marketing} /> Marketing</span>
        <span><Swatch color={COLOR.it} /> IT</span>
        <span>├─┤ 95% interval</span>
      </p>
      <IntervalBarChart
        labels={imperatives.map(({ imp }) => imp.short)}
        series={(["marketing", "it"] as const).map((side) => ({
          label: SIDE_LABEL[side],
          color: COLOR[side],
          values: imperatives.map(({ s }) => s?.[side] ?? null),
          intervals: imperatives.map(({ s }) => s?.intervals[side] ?? null),
        }))}
        min={0}
        max={100}
        rowHeight={30}
        axisTitle="Score, 0-100"
        ariaLabel="Bar chart of the five imperative scores for marketing and IT, with 95% intervals. The table below gives every value."
        describedBy="imperatives-chart-note"
      />
      <details className="mt-2">
        <summary className="cursor-pointer font-medium">The imperatives chart as a table</summary>
        <DataTable
          caption="Imperative scores (0-100) by side, with 95% intervals"
          captionVisible
          scroll="region"
          regionLabel="Imperative scores table"
          className="mt-2"
          rows={imperatives}
          rowKey={({ imp }) => imp.id}
          columns={[
            { id: "imperative", header: "Imperative", rowHeader: true, className: "font-medium", cell: ({ imp }) => imp.short },
            ...(["marketing", "it"] as const).map(
              (side): Column<(typeof imperatives)[number]> => ({
                id: side,
                header: SIDE_LABEL[side],
                numeric: true,
                cell: ({ s }) => (
                  <>
                    {score(s?.[side])}
                    {s?.intervals[side] ? <span className="block text-xs text-muted">{intervalPoints(s.intervals[side])}</span> : null}
                    {s?.low[side].label === "low" ? <span className="block text-xs font-semibold">low</span> : null}
                  </>
                ),
              }),
            ),
            {
              id: "combined",
              header: "Both sides",
              numeric: true,
              cell: ({ s }) => (
                <>
                  {score(s?.combined)}
                  {s?.intervals.combined ? <span className="block text-xs text-muted">{intervalPoints(s.intervals.combined)}</span> : null}
                </>
              ),
            },
          ]}
        />
      </details>

      <h3 className="mt-8 font-semibold">The gap between the sides, per question</h3>
      <p id="gap-chart-note" className="mt-1 text-sm text-muted">
        Marketing − IT in points (right of 0: marketing higher; left of 0: IT higher), with the 95% interval. Filled bars are credible gaps
        ({credible} of {rows.length}): they hold after allowing for all {results.evidence.comparisons} comparisons. Outlined bars could be
        chance and are not findings, however long.
      </p>
      <p className="mt-2 flex flex-wrap gap-4 text-sm" aria-hidden="true">
        <span><Swatch color={GAP_COLOR} /> credible gap</span>
        <span><Swatch color={GAP_COLOR} outline /> could be chance</span>
        <span>├─┤ 95% interval</span>
      </p>
      <IntervalBarChart
        labels={rows.map(chartLabel)}
        series={[
          {
            label: "Marketing − IT",
            color: GAP_COLOR,
            values: rows.map((r) => r.test.estimate),
            intervals: rows.map((r) => r.test.test?.interval ?? null),
            filled: rows.map((r) => r.credible),
          },
        ]}
        min={-100}
        max={100}
        rowHeight={20}
        unit=" points"
        axisTitle="Gap in points: marketing − IT"
        ariaLabel={`Diverging bar chart of the gap between marketing and IT on ${rows.length} questions, ${credible} of them credible. The table below gives every value.`}
        describedBy="gap-chart-note"
      />
      <details className="mt-2">
        <summary className="cursor-pointer font-medium">The gap chart as a table</summary>
        <DataTable
          caption="Gap between the sides per question (marketing − IT, points), in the chart's order"
          captionVisible
          scroll="region"
          regionLabel="Gap chart table"
          className="mt-2"
          tableClassName="min-w-[48rem]"
          dense
          rows={rows}
          rowKey={(r) => r.info.key}
          columns={[
            {
              id: "question",
              header: "Question and reading",
              rowHeader: true,
              cell: (r) => (
                <>
                  <SideWording info={r.info} />
                  <span className="block text-xs text-muted">{readingOf(r.info, r.test)}</span>
                </>
              ),
            },
            ...(["marketing", "it"] as const).map(
              (side): Column<GapRow> => ({
                id: side,
                header: SIDE_LABEL[side],
                numeric: true,
                cell: (r) => {
                  const v = r.test.values[side];
                  return v === null ? "n/a" : r.test.basis === "share" ? `${one(v)}%` : one(v);
                },
              }),
            ),
            {
              id: "gap",
              header: "Gap (95% interval)",
              numeric: true,
              cell: (r) => (
                <>
                  {signed(r.test.estimate)}
                  {r.test.test ? <span className="block text-xs text-muted">{intervalPoints(r.test.test.interval)}</span> : null}
                </>
              ),
            },
            { id: "label", header: "Reading", cell: (r) => <strong>{r.test.label}</strong> },
          ]}
        />
      </details>
    </section>
  );
}
