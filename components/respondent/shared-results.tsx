import type { SharedView } from "@/lib/plan/types";
import type { ResultsSummary } from "@/lib/results/summary";

const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

/** The team summary in words and numbers only (no chart, no script): the same summary as the facilitator's page. */
function SharedSummary({ summary, waveLabel }: { summary: ResultsSummary; waveLabel: string }) {
  const { alignment } = summary;
  return (
    <section aria-labelledby="shared-summary-title" data-testid="shared-summary">
      <h2 id="shared-summary-title" className="text-xl font-semibold">
        Your team&apos;s results in brief
      </h2>
      <p className="mt-1 text-sm text-muted">
        Shared by your facilitator after {waveLabel}: marketing and IT together, from everyone&apos;s answers combined under the
        anonymity rules you were told about. Nobody&apos;s own answers are shown.
      </p>
      <p className="mt-3">{summary.overview}</p>
      <h3 className="mt-4 font-semibold">Alignment index</h3>
      {alignment.index === null ? (
        <p className="mt-1">{alignment.reading}</p>
      ) : (
        <p className="mt-1">
          <strong className="text-2xl">{one(alignment.index)}</strong> of 100
          {alignment.interval ? ` (95% interval ${one(alignment.interval[0])} to ${one(alignment.interval[1])})` : ""}, over {alignment.questions}{" "}
          questions both sides answered. {alignment.meaning} {alignment.reading}
        </p>
      )}
      <h3 className="mt-4 font-semibold">What stands out</h3>
      {summary.findings.length ? (
        <ul className="mt-1 list-disc space-y-2 pl-6">
          {summary.findings.map((f, i) => (
            <li key={i}>
              <strong>{f.label}:</strong> {f.sentence}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">{summary.noFindings}</p>
      )}
      <h3 className="mt-4 font-semibold">Where to act first</h3>
      {summary.actFirst.length ? (
        <ul className="mt-1 list-disc space-y-2 pl-6">
          {summary.actFirst.map((a) => (
            <li key={a.imperative}>
              <strong>{a.name}:</strong> {a.sentence}
              {a.firstAction ? ` First step: ${a.firstAction.title}.` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">{summary.noActFirst}</p>
      )}
      {summary.cannotConclude.length ? (
        <>
          <h3 className="mt-4 font-semibold">What these answers cannot show</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
            {summary.cannotConclude.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** What the facilitator shared with the team, after the participant's own results. No JavaScript, no chart. */
export function SharedResults({ shared }: { shared: SharedView }) {
  return (
    <div className="mt-12 max-w-3xl space-y-10 border-t border-slate-300 pt-10">
      {shared.summary ? <SharedSummary summary={shared.summary} waveLabel={shared.waveLabel} /> : null}
      {shared.plan ? (
        <section aria-labelledby="shared-plan-title">
          <h2 id="shared-plan-title" className="text-xl font-semibold">
            Your team&apos;s action plan
          </h2>
          <p className="mt-1 text-sm text-muted">Shared by your facilitator after {shared.waveLabel}: what the two sides agreed to do, who leads it and by when.</p>
          {shared.plan.length ? (
            <ul className="mt-3 space-y-4" data-testid="shared-plan">
              {shared.plan.map((a) => (
                <li key={a.id} className="rounded-lg border border-slate-200 p-4">
                  <h3 className="font-semibold">{a.title}</h3>
                  {a.description ? <p className="mt-1 whitespace-pre-line">{a.description}</p> : null}
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                    <dt className="text-muted">Imperative</dt>
                    <dd>{a.imperative}</dd>
                    <dt className="text-muted">Owner</dt>
                    <dd>{a.ownerName ?? "Not assigned yet"}</dd>
                    <dt className="text-muted">Due</dt>
                    <dd>{a.dueDate ? <time dateTime={a.dueDate}>{a.dueDate}</time> : "No date yet"}</dd>
                    <dt className="text-muted">Status</dt>
                    <dd>
                      {a.status}
                      {a.checklistTotal ? ` (${a.checklistDone} of ${a.checklistTotal} steps done)` : ""}
                    </dd>
                  </dl>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">No action has been shared yet.</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
