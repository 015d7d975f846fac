import { changeText } from "@/components/trends/trend-format";
import { DataTable } from "@/components/ui/data-table";
import { SIDE_LABEL, SIDES } from "@/lib/domain";
import { impactSummary, type ResultImpact } from "@/lib/plan/result-impact";
import type { TrendComparison } from "@/lib/scoring";

const MINUS = "\u2212";
/** A wave's value: a share in percent, a mean as it is, a gap (marketing − IT) in signed points. */
function value(c: TrendComparison, v: number | null): string {
  if (v === null) return "no answers";
  const r = String(Math.round(v)).replace("-", MINUS);
  if (c.key.startsWith("gap|")) return `${v > 0 ? "+" : ""}${r} points`;
  return `${r}${c.basis === "share" ? "%" : ""}`;
}

/**
 * An action's result impact on its page: per linked question, each side's figure in the two waves, the change
 * with its interval and the reading, and the gap between the sides; what was left out and why.
 */
export function ResultImpactDetail({ impact, trendsHref }: { impact: ResultImpact; trendsHref: string }) {
  if (impact.state !== "measured") return <p data-testid="result-impact">{impactSummary(impact)}.</p>;
  return (
    <div className="space-y-4">
      <p data-testid="result-impact">{impactSummary(impact)}.</p>
      <p className="text-sm text-muted">
        Each figure of {impact.to.label} against {impact.from.label}: &ldquo;rising&rdquo; or &ldquo;falling&rdquo; only when the test passes
        after the false-discovery step over every comparison on the <a href={trendsHref}>trends page</a>, &ldquo;stable&rdquo; only when the
        change is credibly within the equivalence margin; anything else is &ldquo;not distinguishable&rdquo;.
      </p>
      {impact.items.map((item) =>
        item.readings.map((r) => (
          <DataTable
            key={`${item.itemKey}|${r.key}`}
            caption={`“${item.question}”${r.option ? ` (option ${r.option})` : ""}: ${r.basis === "share" ? "share agreeing" : "mean"}`}
            rows={[...SIDES.map((s) => ({ who: SIDE_LABEL[s], c: r.sides[s], direction: null as string | null })), { who: "Gap (marketing − IT)", c: r.gap, direction: r.gap.direction }]}
            rowKey={(row) => row.who}
            columns={[
              { header: "Figure", rowHeader: true, cell: (row) => row.who },
              { header: impact.from.label, cell: (row) => value(row.c, row.c.earlier) },
              { header: impact.to.label, cell: (row) => value(row.c, row.c.later) },
              { header: "Change (95% interval)", cell: (row) => changeText(row.c) },
              { header: "Reading", cell: (row) => `${row.c.label}${row.direction ? `, ${row.direction}` : ""}` },
            ]}
          />
        )),
      )}
      {impact.leftOut.length ? (
        <div>
          <h3 className="font-semibold">Left out</h3>
          <ul className="list-disc pl-6">
            {impact.leftOut.map((l) => (
              <li key={l.itemKey}>
                &ldquo;{l.question}&rdquo;: {l.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
