import type { RevealedTeamResults } from "@/lib/results/types";
import { evidenceInWords } from "@/lib/results/summary";
import type { Recommendation } from "@/lib/scoring/types";

const OWNER: Record<string, string> = { marketing: "marketing", it: "IT", both: "marketing and IT together" };

/**
 * Recommended actions (in the model's order), each with the evidence behind it in words, the signals' own
 * sentences and the published sentence it comes from collapsed beneath. Only credible signals put an action here
 * (lib/scoring/recommendations.ts); its ranking score is not shown, the evidence is.
 */
export function RecommendationList({ results, recommendations }: { results: RevealedTeamResults; recommendations: readonly Recommendation[] }) {
  return (
    <ol className="mt-2 space-y-3">
      {recommendations.map((rec) => (
        <li key={rec.action.id} className="rounded-md border border-slate-200 p-3">
          <p className="font-semibold">{rec.action.title}</p>
          <p className="text-sm text-muted">
            Carried out by {OWNER[rec.action.owner] ?? "both sides"}; rests on{" "}
            {evidenceInWords(rec.triggers)}.
          </p>
          <p className="mt-1">{rec.action.text}</p>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer font-medium">The evidence and the source</summary>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {rec.triggers.map((t, i) => (
                <li key={`${t.kind}-${t.side ?? ""}-${t.itemKey ?? ""}-${t.figureId ?? ""}-${i}`}>{t.summary}</li>
              ))}
            </ul>
            <figure className="mt-2 border-l-4 border-slate-300 pl-3">
              <blockquote>“{rec.action.source.quote}”</blockquote>
              <figcaption className="mt-1 text-muted">{results.citations[rec.action.source.file] ?? "Published source"}</figcaption>
            </figure>
          </details>
        </li>
      ))}
    </ol>
  );
}
