import type { PanelComparisonView } from "@/lib/data/panel";
import { SIDE_LABEL } from "@/lib/domain";

const one = (x: number) => x.toFixed(1);
const range = (r: readonly [number, number] | null) => (r ? `${one(r[0])}–${one(r[1])}` : "no interval (n not published)");
const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : "±"}${one(Math.abs(x))}`;

/** The comparison as a table: one row per published figure, side and questionnaire item. */
export function ComparisonTable({ view }: { view: PanelComparisonView }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">Published figures beside the panel ({view.rows.length} comparisons)</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">
              Published figure
            </th>
            <th scope="col" className="py-2 pr-3">
              Side
            </th>
            <th scope="col" className="py-2 pr-3">
              Published (95% interval)
            </th>
            <th scope="col" className="py-2 pr-3">
              Panel (95% interval)
            </th>
            <th scope="col" className="py-2 pr-3">
              Difference (points)
            </th>
            <th scope="col" className="py-2">
              Verdict
            </th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => {
            const { figure, source, items } = row.info;
            return (
              <tr key={`${row.figureId}|${row.side}|${row.itemKey}`} className="border-b border-slate-200 align-top" data-figure={row.figureId} data-side={row.side}>
                <th scope="row" className="py-2 pr-3 font-normal">
                  {row.statement}
                  <span className="block text-xs text-muted">
                    {source.publisher}, {source.year} · {figure.locator.figure ? `${figure.locator.figure} · ` : ""}
                    <span className="font-mono">{row.figureId}</span> · item {items.join(", ")}
                  </span>
                </th>
                <td className="py-2 pr-3">{SIDE_LABEL[row.side]}</td>
                <td className="py-2 pr-3 tabular-nums">
                  {row.published.value}%{" "}
                  <span className="block text-xs text-muted">
                    {range(row.published.interval)}
                    {row.published.n ? `, n = ${row.published.n}` : ""}
                  </span>
                </td>
                <td className="py-2 pr-3 tabular-nums">
                  {row.panel ? (
                    <>
                      {one(row.panel.mean)}%
                      <span className="block text-xs text-muted">
                        {range(row.panel.interval)}, {row.panel.organizations} organizations, {row.panel.respondents} respondents
                      </span>
                    </>
                  ) : (
                    <span className="text-muted">Not shown: {row.hidden}</span>
                  )}
                </td>
                <td className="py-2 pr-3 tabular-nums">{row.difference === null ? "—" : signed(row.difference)}</td>
                <td className="py-2">{row.verdict}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
