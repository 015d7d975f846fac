import type { RevealedTeamResults } from "@/lib/data/team-results";
import { BENCHMARK_SOURCES } from "@/lib/benchmarks";
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
        Ranked by how many signals point to each action and how strong they are. Each action comes from Accenture&apos;s five imperatives
        and is quoted from its source.
      </p>
      {list.length ? (
        <ol className="mt-3 space-y-4">
          {list.map((rec, index) => {
            const source = BENCHMARK_SOURCES.find((s) => s.seedFile === rec.action.source.file);
            const imperative = IMPERATIVES.find((i) => i.id === rec.action.imperative);
            return (
              <li key={rec.action.id} className="rounded-lg border border-slate-200 p-4">
                <h3 className="font-semibold">
                  {index + 1}. {rec.action.title}
                </h3>
                <p className="text-sm text-muted">
                  {imperative?.short ?? rec.action.imperative} · {OWNER[rec.action.owner] ?? rec.action.owner} · priority {rec.priority.toFixed(2)} from{" "}
                  {rec.triggers.length} signal{rec.triggers.length === 1 ? "" : "s"}
                </p>
                <p className="mt-2">{rec.action.text}</p>
                <h4 className="mt-3 text-sm font-semibold">Evidence</h4>
                <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
                  {rec.triggers.map((t, i) => (
                    <li key={`${t.ruleId}-${t.side ?? ""}-${t.itemKey ?? ""}-${t.figureId ?? ""}-${i}`}>{t.summary}</li>
                  ))}
                </ul>
                <figure className="mt-3 border-l-4 border-slate-300 pl-3 text-sm">
                  <blockquote>“{rec.action.source.quote}”</blockquote>
                  <figcaption className="mt-1 text-muted">
                    {source ? `${source.publisher}, ${source.title}, ${source.year}` : rec.action.source.file}
                  </figcaption>
                </figure>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="mt-2">No rule points to a particular action: no low imperative score, wide gap, mis-prediction or unfavourable benchmark.</p>
      )}
    </section>
  );
}
