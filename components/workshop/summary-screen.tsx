import Link from "next/link";
import type { VoteOption, WorkshopOutcomeRecord } from "@/lib/results/workshop-outcome";
import { OUTCOME_LABEL } from "@/lib/results/workshop-outcome";
import type { WorkshopView } from "@/lib/results/workshop";
import type { SidePair } from "@/lib/scoring/types";
import { QuestionWording } from "./question-wording";

function votesText(votes: Record<string, number> | null, options: VoteOption[]): string | null {
  if (!votes) return null;
  const label = (id: string) => options.find((o) => o.id === id)?.label ?? "another answer";
  const order = new Map(options.map((o, i) => [o.id, i]));
  return Object.entries(votes)
    .sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99))
    .map(([id, n]) => `${label(id)} ${n}`)
    .join(" · ");
}

function Outcome({ outcome, options }: { outcome: WorkshopOutcomeRecord; options: VoteOption[] }) {
  const votes = votesText(outcome.votes, options);
  return (
    <dl className="mt-2 grid gap-x-6 gap-y-1 text-xl sm:grid-cols-[10rem_1fr]">
      <dt className="font-semibold">Outcome</dt>
      <dd data-testid="summary-outcome">{OUTCOME_LABEL[outcome.outcome]}</dd>
      {outcome.position ? (
        <>
          <dt className="font-semibold">Position</dt>
          <dd className="whitespace-pre-line">{outcome.position}</dd>
        </>
      ) : null}
      {outcome.notes ? (
        <>
          <dt className="font-semibold">Notes</dt>
          <dd className="whitespace-pre-line">{outcome.notes}</dd>
        </>
      ) : null}
      {votes ? (
        <>
          <dt className="font-semibold">Votes</dt>
          <dd>{votes}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** The end of the workshop: every gap with what the room recorded, and the gaps still open. */
export function SummaryScreen({ view, gapHref }: { view: WorkshopView; gapHref: (n: number) => string }) {
  const recorded = view.screens.filter((s) => s.outcome).length;
  const other = (wording: SidePair<string | null>) => <QuestionWording wording={wording} compact />;
  return (
    <section aria-labelledby="screen-title" className="grid gap-6">
      <h2 id="screen-title" className="text-3xl font-bold sm:text-4xl">
        Outcomes
      </h2>
      <p className="text-xl">
        {view.screens.length
          ? `${recorded} of ${view.screens.length} ${view.mode === "credible" ? "gaps" : "differences"} have an outcome.`
          : "There was no gap to discuss."}
      </p>
      {view.screens.length ? (
        <ol className="grid gap-4" aria-label="Outcomes per gap">
          {view.screens.map((s) => (
            <li key={s.number} className="rounded-md border-2 border-slate-400 p-4">
              <h3 className="text-2xl font-bold">
                <Link href={gapHref(s.number)}>
                  Gap {s.number}: {other(s.wording)}
                </Link>
              </h3>
              {s.outcome ? <Outcome outcome={s.outcome} options={s.voteOptions} /> : <p className="mt-2 text-xl">No outcome recorded.</p>}
            </li>
          ))}
        </ol>
      ) : null}
      {view.otherOutcomes.length ? (
        <section aria-labelledby="other-outcomes-title">
          <h3 id="other-outcomes-title" className="text-2xl font-bold">
            Also recorded in this wave
          </h3>
          <ul className="mt-2 grid gap-4">
            {view.otherOutcomes.map((o) => (
              <li key={o.outcome.itemKey} className="rounded-md border-2 border-slate-400 p-4">
                <p className="text-xl font-semibold">{other(o.wording)}</p>
                <Outcome outcome={o.outcome} options={o.voteOptions} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
