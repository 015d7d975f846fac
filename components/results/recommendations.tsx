import type { RevealedTeamResults } from "@/lib/results/types";
import { IMPERATIVES } from "@/lib/domain";

const OWNER: Record<string, string> = { marketing: "Marketing", it: "IT", both: "Marketing and IT together" };

/** The ranked actions, each with the signals that put it there and the published sentence it comes from. */
export function Recommendations({ results }: { results: RevealedTeamResults }) {
  const list = results.recommendations;
  return (
    <section aria-labelledby="recommendations-title">
      <h2 id="recommendations-title" className="text-xl font-semibold">
        What to act on first
      </h2>
      <p className="mt-1 text-sm text-muted">
        Only credible signals count: a wide gap, a low imperative score, a mis-prediction or an unfavourable comparison with a
        published figure that survives the false-discovery step. Imperatives are ranked by the strength of their signals relative to
        how many of their questions were tested (not by how many signals they have), and the list takes the best action of each
        imperative in that order. Each action comes from Accenture&apos;s five imperatives and is quoted from its source.
      </p>
      {list.length ? (
        <ol className="mt-3 space-y-4">
          {list.map((rec, index) => {
            const imperative = IMPERATIVES.find((i) => i.id === rec.action.imperative);
            return (
              <li key={rec.action.id} className="rounded-lg border border-slate-200 p-4">
                <h3 className="font-semibold">
                  {index + 1}. {rec.action.title}
                </h3>
                <p className="text-sm text-muted">
                  {imperative?.short ?? rec.action.imperative} · {OWNER[rec.action.owner] ?? rec.action.owner} · priority {rec.priority.toFixed(3)} from{" "}
                  {rec.triggers.length} credible signal{rec.triggers.length === 1 ? "" : "s"}
                </p>
                <p className="mt-2">{rec.action.text}</p>
                <h4 className="mt-3 text-sm font-semibold">Evidence</h4>
                <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
                  {rec.triggers.map((t, i) => (
                    <li key={`${t.kind}-${t.side ?? ""}-${t.itemKey ?? ""}-${t.figureId ?? ""}-${i}`}>{t.summary}</li>
                  ))}
                </ul>
                <figure className="mt-3 border-l-4 border-slate-300 pl-3 text-sm">
                  <blockquote>“{rec.action.source.quote}”</blockquote>
                  <figcaption className="mt-1 text-muted">
                    {results.citations[rec.action.source.file] ?? rec.action.source.file}
                  </figcaption>
                </figure>
              </li>
            );
          })}
        </ol>
      ) : (
        <div className="mt-2 space-y-2" data-testid="no-recommendation">
          <p>
            <strong>Nothing here is strong enough to recommend an action.</strong> None of the {results.evidence.comparisons} comparisons
            shows a credible wide gap, low imperative score, mis-prediction or unfavourable difference from a published figure. That is
            not proof that all is well: it means these answers cannot tell.
          </p>
          {results.evidence.notes.length ? (
            <ul className="list-disc space-y-1 pl-6 text-sm">
              {results.evidence.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
    </section>
  );
}
