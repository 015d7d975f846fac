import type { RevealedTeamResults } from "@/lib/results/types";
import { BENCHMARK_EQUIVALENCE_MARGIN } from "@/lib/scoring";
import { optionText } from "@/lib/results/items";
import { DataTable } from "@/components/ui/data-table";
import { intervalPoints, qValue, signed } from "./format";
import { SideWording } from "./side-wording";

/** Our marketing-IT gap beside the published CMO-CIO gap, where both published figures exist. */
export function GapOfGapsSection({ results }: { results: RevealedTeamResults }) {
  const rows = results.team.gapOfGaps;
  return (
    <>
      <p className="mt-1 text-sm text-muted">
        Where a question has a CMO and a CIO figure from the same survey: is the gap between our two sides wider or narrower than the
        gap that survey found between CMOs and CIOs? “Wider” (further in the survey&apos;s direction) or “narrower” (less far, or
        reversed) only when the difference is credible after allowing for all{" "}
        {results.evidence.comparisons} comparisons; “about the same” only when an equivalence test puts it within ±{BENCHMARK_EQUIVALENCE_MARGIN}{" "}
        points; “too few answers to tell” below {results.evidence.minPerSide} answers on a side.
      </p>
      {rows.length ? (
        <DataTable
          caption="Our marketing − IT gap compared with the published CMO − CIO gap"
          scroll="region"
          regionLabel="Gap of gaps table"
          className="mt-3"
          tableClassName="min-w-[48rem]"
          rows={rows.map((g) => {
            const info = results.items.find((i) => i.key === g.itemKey);
            return { g, info, option: g.option && info ? optionText(info, g.option) : (g.option ?? null) };
          })}
          rowKey={({ g }) => `${g.itemKey}|${g.option ?? ""}`}
          columns={[
            {
              header: "Question",
              rowHeader: true,
              cell: ({ info, option }) => (
                <>
                  {info ? <SideWording info={info} /> : "a question no longer in the questionnaire"}
                  {option ? <span className="block text-xs text-muted">Option: {option}</span> : null}
                </>
              ),
            },
            { header: "Our gap", numeric: true, cell: ({ g }) => signed(g.org.gap) },
            { header: "Published gap", numeric: true, cell: ({ g }) => signed(g.published.gap) },
            {
              header: "Difference (95% interval)",
              numeric: true,
              cell: ({ g }) => `${signed(g.difference)} (${g.test ? `${intervalPoints(g.test.interval)}, ${qValue(g.test.q)}` : "not tested"})`,
            },
            { header: "Reading", cell: ({ g }) => <strong>{g.interpretation}</strong> },
          ]}
        />
      ) : (
        <p className="mt-2">No question has a CMO and a CIO figure from the same survey among the sources chosen for this assessment.</p>
      )}
    </>
  );
}
