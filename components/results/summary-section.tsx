import type { ResultsSummary } from "@/lib/results/summary";
import { score } from "./format";

/**
 * The executive summary (lib/results/summary.ts): the first screen of the results page and what printing it
 * gives. Plain sentences only; the detail follows below.
 */
export function SummarySection({ summary }: { summary: ResultsSummary }) {
  const { alignment } = summary;
  return (
    <section aria-labelledby="summary-title" data-testid="results-summary" className="results-summary rounded-lg border border-slate-300 p-5">
      <h2 id="summary-title" className="text-xl font-semibold">
        Summary
      </h2>
      <p className="mt-1 text-muted">{summary.overview}</p>

      <div className="mt-4 grid gap-6 md:grid-cols-[17rem_1fr]">
        <div>
          <h3 className="font-semibold">Alignment index</h3>
          <p className="mt-1">
            <span className="text-4xl font-bold tabular-nums" data-testid="alignment-index">
              {score(alignment.index)}
            </span>{" "}
            <span className="text-muted">of 100</span>
          </p>
          {/* the reading states the interval (rounded) and what it says */}
          <p className="mt-2 text-sm">{alignment.reading}</p>
          <p className="mt-2 text-xs text-muted">{alignment.meaning}</p>
        </div>
        <div>
          <h3 className="font-semibold">What stands out</h3>
          {summary.findings.length ? (
            <ol className="mt-2 space-y-2" data-testid="summary-findings">
              {summary.findings.map((f) => (
                <li key={`${f.kind}-${f.itemKey}`} className="border-l-4 border-brand pl-3">
                  <span className="block text-xs font-semibold uppercase tracking-wide text-brand-dark">{f.label}</span>
                  {f.sentence}
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-2" data-testid="summary-no-findings">
              {summary.noFindings}
            </p>
          )}
        </div>
      </div>

      <h3 className="mt-6 font-semibold">What to act on first</h3>
      {summary.actFirst.length ? (
        <ol className="mt-2 space-y-2">
          {summary.actFirst.map((a) => (
            <li key={a.imperative}>
              <a href={`#imperative-${a.imperative}`} className="font-semibold">
                {a.name}
              </a>
              : {a.sentence}
              {a.firstAction ? <span className="block text-sm">Start with: {a.firstAction.title}.</span> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2" data-testid="no-recommendation">
          {summary.noActFirst}
        </p>
      )}

      <h3 className="mt-6 font-semibold">How sure these results are</h3>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm" data-testid="summary-limits">
        {summary.cannotConclude.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
