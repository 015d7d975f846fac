import type { PanelComparisonView } from "@/lib/admin/types";
import { DataTable } from "@/components/ui/data-table";
import { SIDE_LABEL } from "@/lib/domain";

const one = (x: number) => x.toFixed(1);
const range = (r: readonly [number, number] | null) => (r ? `${one(r[0])}–${one(r[1])}` : "no interval (n not published)");
const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : "±"}${one(Math.abs(x))}`;

/** The comparison as a table: one row per published figure, side and questionnaire item. */
export function ComparisonTable({ view }: { view: PanelComparisonView }) {
  return (
    <DataTable
      caption={`Published figures beside the panel (${view.rows.length} comparisons)`}
      captionVisible
      rows={view.rows}
      rowKey={(row) => `${row.figureId}|${row.side}|${row.itemKey}`}
      rowAttributes={(row) => ({ "data-figure": row.figureId, "data-side": row.side })}
      columns={[
        {
          header: "Published figure",
          rowHeader: true,
          cell: (row) => {
            const { figure, source, items } = row.info;
            return (
              <>
                {row.statement}
                <span className="block text-xs text-muted">
                  {source.publisher}, {source.year} · {figure.locator.figure ? `${figure.locator.figure} · ` : ""}
                  <span className="font-mono">{row.figureId}</span> · item {items.join(", ")}
                </span>
              </>
            );
          },
        },
        { header: "Side", cell: (row) => SIDE_LABEL[row.side] },
        {
          header: "Published (95% interval)",
          numeric: true,
          cell: (row) => (
            <>
              {row.published.value}%{" "}
              <span className="block text-xs text-muted">
                {range(row.published.interval)}
                {row.published.n ? `, n = ${row.published.n}` : ""}
              </span>
            </>
          ),
        },
        {
          header: "Panel (95% interval)",
          numeric: true,
          cell: (row) =>
            row.panel ? (
              <>
                {one(row.panel.mean)}%
                <span className="block text-xs text-muted">
                  {range(row.panel.interval)}, {row.panel.organizations} organizations, {row.panel.respondents} respondents
                </span>
              </>
            ) : (
              <span className="text-muted">Not shown: {row.hidden}</span>
            ),
        },
        { header: "Difference (points)", numeric: true, cell: (row) => (row.difference === null ? "—" : signed(row.difference)) },
        { header: "Verdict", cell: (row) => row.verdict },
      ]}
    />
  );
}
