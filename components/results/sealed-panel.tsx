import { revealAction } from "@/app/(app)/app/assessments/[assessmentId]/results/actions";
import type { SealedTeamResults } from "@/lib/results/types";
import { SIDE_LABEL, SIDES } from "@/lib/domain";
import { MIN_GROUP } from "@/lib/scoring/anonymity";
import { primaryButtonClass } from "@/components/ui/styles";

const REVEAL_PROBLEM: Record<string, string> = {
  "quorum-not-met": "The results could not be revealed: both sides must reach their quorum first.",
  "not-found": "The results could not be revealed.",
};

/** Before the reveal: quorum progress per side and, once both sides are there, the Reveal button. */
export function SealedPanel({ results, problem }: { results: SealedTeamResults; problem: string | null }) {
  const { quorum } = results;
  return (
    <section aria-labelledby="sealed-title" className="space-y-4">
      <h2 id="sealed-title" className="text-xl font-semibold">
        Results are sealed
      </h2>
      <p>
        Nobody sees any answer, not even you, until the results are revealed. They can be revealed once each side has
        reached the number of submitted responses set for this assessment.
      </p>
      {problem ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 font-medium text-red-800">
          {REVEAL_PROBLEM[problem] ?? REVEAL_PROBLEM["not-found"]}
        </p>
      ) : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {SIDES.map((side) => {
          const q = quorum[side];
          const share = q.required > 0 ? Math.min(100, (100 * q.submitted) / q.required) : 100;
          return (
            <li key={side} className="rounded-lg border border-slate-200 p-4">
              <h3 className="font-semibold">{SIDE_LABEL[side]}</h3>
              <p className="mt-1">
                {q.submitted} of {q.required} submitted responses needed:{" "}
                <strong>{q.met ? "quorum reached" : `${q.required - q.submitted} more needed`}</strong>
              </p>
              <div className="mt-2 h-2 rounded bg-slate-200" aria-hidden="true">
                <div className="h-2 rounded bg-brand" style={{ width: `${share}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
      {quorum.met ? (
        <form action={revealAction} className="space-y-3 rounded-lg border border-slate-200 bg-surface p-4">
          <input type="hidden" name="assessmentId" value={results.assessment.id} />
          <input type="hidden" name="waveNumber" value={results.wave.number} />
          <p>
            Revealing shows the team results of {results.wave.label} to you (and, through you, to the leadership team).
            It is recorded and cannot be undone. The results are a snapshot: responses submitted later are not added.
            Team-member groups of fewer than {MIN_GROUP} people are left out of every figure.
          </p>
          <button type="submit" className={primaryButtonClass}>
            Reveal results
          </button>
        </form>
      ) : (
        <p className="text-muted">The Reveal results button appears here once both sides have reached their quorum.</p>
      )}
    </section>
  );
}
