import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanActionForm } from "@/components/plan/plan-action-form";
import { requireActor } from "@/lib/auth/guards";
import { getPlanFormContext } from "@/lib/data/plan-sources";
import { parsePlanFrom } from "@/lib/validation/plan-action";

export const metadata = { title: "New action" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * A new action, by hand or pre-filled from the results: ?from=recommendation:<action id> | gap:<item key> |
 * outcome:<item key>, optionally &wave=<number> (default: the latest revealed wave).
 */
export default async function NewPlanActionPage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: SearchParams }) {
  const [{ assessmentId }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const from = parsePlanFrom(first(query.from));
  const waveParam = first(query.wave);
  const waveNumber = waveParam && /^\d{1,4}$/.test(waveParam) ? Number(waveParam) : undefined;
  const context = await getPlanFormContext(actor, assessmentId, from, waveNumber);
  if (!context) notFound();
  const { assessment, prefill } = context;
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <Link href="/app">Organizations</Link> / <Link href={`/app/assessments/${assessment.id}`}>{assessment.title}</Link> /{" "}
          <Link href={`/app/assessments/${assessment.id}/plan`}>Action plan</Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">New action</h1>
        {prefill ? (
          <p className="text-muted" data-testid="prefill-origin">
            From {prefill.label} (wave {prefill.waveNumber}). Edit anything before adding it.
          </p>
        ) : from ? (
          <p role="status" className="font-medium">
            That recommendation, gap or outcome is not in the revealed results: start from an empty action instead.
          </p>
        ) : null}
      </header>
      <PlanActionForm
        assessmentId={assessment.id}
        origin={prefill?.origin}
        waveNumber={prefill?.waveNumber}
        participants={context.participants}
        items={context.items}
        defaults={{
          title: prefill?.title ?? "",
          description: prefill?.description ?? "",
          imperative: prefill?.imperative ?? "cxo",
          itemKeys: prefill?.itemKeys ?? [],
          ownerParticipantId: "",
          ownerName: "",
          dueDate: "",
          status: "planned",
          priority: "medium",
          checklist: [],
          visibleToParticipants: false,
        }}
      />
    </div>
  );
}
