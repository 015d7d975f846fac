import { setSharingAction } from "@/app/(app)/app/assessments/[assessmentId]/plan/actions";
import { secondaryButtonClass } from "@/components/ui/styles";
import { utcMinute } from "@/lib/time";

interface WaveSharing {
  number: number;
  label: string;
  summarySharedAt: string | null;
  planSharedAt: string | null;
}

function ShareForm({ assessmentId, wave, what, sharedAt }: { assessmentId: string; wave: WaveSharing; what: "summary" | "plan"; sharedAt: string | null }) {
  const noun = what === "summary" ? "the results summary" : "the action plan";
  return (
    <form action={setSharingAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="waveNumber" value={wave.number} />
      <input type="hidden" name="what" value={what} />
      <input type="hidden" name="shared" value={sharedAt ? "false" : "true"} />
      <p className="min-w-64 flex-1" data-testid={`${what}-sharing`}>
        {sharedAt ? (
          <>
            <strong>Shared</strong> {noun} since <time dateTime={sharedAt}>{utcMinute(new Date(sharedAt))} UTC</time>.
          </>
        ) : (
          <>Participants do not see {noun}.</>
        )}
      </p>
      <button type="submit" className={secondaryButtonClass}>
        {sharedAt ? `Stop sharing ${noun}` : `Share ${noun} with participants`}
      </button>
    </form>
  );
}

/** Share the latest revealed wave's summary and plan with its participants (plain form posts). */
export function SharePanel({ assessmentId, wave }: { assessmentId: string; wave: WaveSharing }) {
  return (
    <section aria-labelledby="share-title" id="share" className="rounded-lg border border-slate-300 p-4">
      <h2 id="share-title" className="text-xl font-semibold">
        Share with participants ({wave.label})
      </h2>
      <p className="mt-1 text-sm text-muted">
        Participants who submitted in {wave.label} then see it on their personal results page, after their own results. The summary is
        the team&apos;s anonymized results as on your page, under the same anonymity rules, never anyone&apos;s answers; the plan shows
        only the actions marked &ldquo;participants can see it&rdquo; (title, description, imperative, owner, due date, status).
      </p>
      <div className="mt-3 space-y-3">
        <ShareForm assessmentId={assessmentId} wave={wave} what="summary" sharedAt={wave.summarySharedAt} />
        <ShareForm assessmentId={assessmentId} wave={wave} what="plan" sharedAt={wave.planSharedAt} />
      </div>
    </section>
  );
}
