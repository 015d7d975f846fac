import type { RevealedTeamResults } from "@/lib/results/types";
import { BENCHMARK_EQUIVALENCE_MARGIN } from "@/lib/scoring";
import { optionText } from "@/lib/results/items";
import { intervalPoints, qValue, signed } from "./format";
import { SideWording } from "./side-wording";

/** Our marketing-IT gap beside the published CMO-CIO gap, where both published figures exist. */
export function GapOfGapsSection({ results }: { results: RevealedTeamResults }) {
  const rows = results.team.gapOfGaps;
  return (
    <section aria-labelledby="gog-title">
      <h2 id="gog-title" className="text-xl font-semibold">
        Gap of gaps: our gap beside the published gap
      </h2>
      <p className="mt-1 text-sm text-muted">
        Where a question has a CMO and a CIO figure from the same survey: is the gap between our two sides wider or narrower than the
        gap that survey found between CMOs and CIOs? “Wider” (further in the survey&apos;s direction) or “narrower” (less far, or
        reversed) only when the difference is credible after allowing for all{" "}
        {results.evidence.comparisons} comparisons; “about the same” only when an equivalence test puts it within ±{BENCHMARK_EQUIVALENCE_MARGIN}{" "}
        points; “too few answers to tell” below {results.evidence.minPerSide} answers on a side.
      </p>
      {rows.length ? (
        <div className="mt-3 overflow-x-auto" role="region" aria-label="Gap of gaps table" tabIndex={0}>
          <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
            <caption className="sr-only">Our marketing − IT gap compared with the published CMO − CIO gap</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">Question</th>
                <th scope="col" className="py-2 pr-3">Our gap</th>
                <th scope="col" className="py-2 pr-3">Published gap</th>
                <th scope="col" className="py-2 pr-3">Difference (95% interval)</th>
                <th scope="col" className="py-2">Reading</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((g) => {
                const info = results.items.find((i) => i.key === g.itemKey);
                const option = g.option && info ? optionText(info, g.option) : (g.option ?? null);
                return (
                  <tr key={`${g.itemKey}|${g.option ?? ""}`} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      {info ? <SideWording info={info} /> : g.itemKey}
                      {option ? <span className="block text-xs text-muted">Option: {option}</span> : null}
                    </th>
                    <td className="py-2 pr-3 tabular-nums">{signed(g.org.gap)}</td>
                    <td className="py-2 pr-3 tabular-nums">{signed(g.published.gap)}</td>
                    <td className="py-2 pr-3 tabular-nums">
                      {signed(g.difference)} ({g.test ? `${intervalPoints(g.test.interval)}, ${qValue(g.test.q)}` : "not tested"})
                    </td>
                    <td className="py-2">
                      <strong>{g.interpretation}</strong>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-2">No question has a CMO and a CIO figure from the same survey among the sources chosen for this assessment.</p>
      )}
    </section>
  );
}
