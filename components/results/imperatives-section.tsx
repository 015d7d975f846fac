import { ImperativesChart } from "@/components/charts/imperatives-chart";
import type { RevealedTeamResults } from "@/lib/results/types";
import { IMPERATIVES, SIDE_LABEL } from "@/lib/domain";
import { type Column, DataTable } from "@/components/ui/data-table";
import { intervalPoints, score } from "./format";

/**
 * The five imperatives, marketing beside IT beside the benchmark, as a chart and as a table with the same numbers.
 * The published surveys report single findings, not scores on the imperatives, so the benchmark column says so
 * rather than inventing one; the item comparisons below set each side beside its own published population.
 */
export function ImperativesSection({ results }: { results: RevealedTeamResults }) {
  const rows = IMPERATIVES.map((imp) => {
    const s = results.team.imperatives.find((x) => x.imperative === imp.id);
    return { id: imp.id, label: imp.short, title: imp.title, marketing: s?.marketing ?? null, it: s?.it ?? null, combined: s?.combined ?? null, benchmark: null, s };
  });
  return (
    <section aria-labelledby="imperatives-title">
      <h2 id="imperatives-title" className="text-xl font-semibold">
        The five imperatives
      </h2>
      <p id="imperatives-note" className="mt-1 text-sm text-muted">
        Scores 0-100 from the answers to the questions on each imperative (higher is closer to what the imperative asks
        for): each person&apos;s weighted mean over the questions they answered (a question on two imperatives counts half in
        each), then the mean over the side, with its 95% interval. “Low” only when a side&apos;s score is credibly below 50 after
        the false-discovery step. No published benchmark score exists for the imperatives: the surveys report single findings,
        which are compared question by question below.
      </p>
      <div className="mt-4">
        <ImperativesChart rows={rows.map(({ label, marketing, it, benchmark }) => ({ label, marketing, it, benchmark }))} describedBy="imperatives-note" />
      </div>
      <DataTable
        caption="Imperative scores (0-100) by side, with the benchmark"
        captionVisible
        scroll="region"
        regionLabel="Imperative scores table"
        className="mt-4"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          {
            id: "imperative",
            header: "Imperative",
            rowHeader: true,
            className: "font-medium",
            cell: (r) => (
              <>
                {r.label}
                <span className="block text-xs font-normal text-muted">{r.title}</span>
              </>
            ),
          },
          ...(["marketing", "it"] as const).map(
            (side): Column<(typeof rows)[number]> => ({
              id: side,
              header: SIDE_LABEL[side],
              numeric: true,
              cell: (r) => (
                <>
                  {score(r[side])}
                  {r.s?.intervals[side] ? <span className="block text-xs text-muted">{intervalPoints(r.s.intervals[side])}</span> : null}
                  <span className="block text-xs font-semibold">
                    {r.s?.low[side].label === "low" ? "low" : r.s?.low[side].label === "too few answers to tell" ? "too few answers to tell" : ""}
                  </span>
                </>
              ),
            }),
          ),
          {
            id: "combined",
            header: "Both sides",
            numeric: true,
            cell: (r) => (
              <>
                {score(r.combined)}
                {r.s?.intervals.combined ? <span className="block text-xs text-muted">{intervalPoints(r.s.intervals.combined)}</span> : null}
              </>
            ),
          },
          { id: "benchmark", header: "Benchmark", className: "text-muted", cell: () => "no published score" },
        ]}
      />
    </section>
  );
}
