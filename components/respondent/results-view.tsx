import type { ResultsPageData } from "@/lib/respondent/results-page";
import { ImperativeBars } from "./imperative-bars";

/** The respondent's own position only (no chart library: the scores are CSS bars with their numbers). */
export function ResultsView({ page }: { page: ResultsPageData }) {
  return (
    <div className="max-w-3xl space-y-10">
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-dark">{page.organizationName}</p>
        <h1 className="mt-1 text-3xl font-bold">Your results</h1>
        <p className="mt-2 text-muted">
          Thank you, {page.participantName}. Your answers are submitted. Below is your own position only, beside what published
          surveys found for {page.population}. Team results, with the {page.otherSideLabel} side, come from your facilitator.
        </p>
      </header>

      <section aria-labelledby="imperatives-title">
        <h2 id="imperatives-title" className="text-xl font-semibold">
          Your scores on the five imperatives
        </h2>
        <p className="mt-1 text-sm text-muted">0-100, from your answers to the questions on each imperative. Higher means closer to what the imperative asks for.</p>
        <ImperativeBars scores={page.imperatives} />
      </section>

      <section aria-labelledby="recommendations-title">
        <h2 id="recommendations-title" className="text-xl font-semibold">
          Where to start
        </h2>
        {page.recommendations.length ? (
          <ol className="mt-3 space-y-4">
            {page.recommendations.map((rec) => (
              <li key={rec.id} className="rounded-lg border border-slate-200 p-4">
                <h3 className="font-semibold">{rec.title}</h3>
                <p className="mt-1">{rec.text}</p>
                <p className="mt-2 text-sm text-muted">Why: {rec.why}</p>
                <p className="mt-1 text-sm text-muted">
                  Source: “{rec.quote}” ({rec.cited}).
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-2" data-testid="no-personal-recommendation">
            One person&apos;s answers cannot show a credible gap, a low score or a difference from a survey of hundreds, so Bridge does
            not recommend actions from them alone. Your facilitator&apos;s team results test each side&apos;s answers against the other
            side and the surveys once at least 3 people on each side have answered, and recommend actions only where the evidence holds.
          </p>
        )}
      </section>

      <section aria-labelledby="compare-title">
        <h2 id="compare-title" className="text-xl font-semibold">
          Your answers beside the published figures for {page.population} (and for CMOs and CIOs together)
        </h2>
        {page.teamMember ? (
          <p className="mt-1 text-sm text-muted">
            These surveys asked executives; your answers as a team member are shown beside them as context, and your team&apos;s
            comparisons use the leaders&apos; answers only.
          </p>
        ) : null}
        <ul className="mt-3 space-y-4">
          {page.compared.map((item) => (
            <li key={item.itemKey} className="rounded-lg border border-slate-200 p-4">
              <p className="font-medium">{item.prompt}</p>
              <p className="mt-1">
                <span className="text-muted">Your answer:</span> {item.answer}
              </p>
              <ul className="mt-2 space-y-1 text-sm">
                {item.benchmarks.map((b) => (
                  <li key={b.figureId}>
                    {b.statement} <span className="text-muted">{b.reference}</span>
                    {b.agreement ? ` ${b.agreement}` : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm text-muted">
          Your answer is one person&apos;s, so it is anecdotal: it shows where you stand, not whether your organization differs from the
          survey. Published figures date from 2010-2014, come from opt-in surveys of executives at large companies, and describe their
          time; read them as a reference point. You answered as {page.sideLabel}. Scoring model {page.scoringModel}.
        </p>
      </section>
    </div>
  );
}
