import type { SharedView } from "@/lib/plan/types";

/** What the facilitator shared with the team, after the participant's own results. No JavaScript, no chart. */
export function SharedResults({ shared }: { shared: SharedView }) {
  return (
    <div className="mt-12 max-w-3xl space-y-10 border-t border-slate-300 pt-10">
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
