import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanActionForm } from "@/components/plan/plan-action-form";
import { DeletePlanActionForm } from "@/components/plan/plan-action-table";
import { ResultImpactDetail } from "@/components/plan/result-impact";
import { requireActor } from "@/lib/auth/guards";
import { getPlanAction } from "@/lib/data/action-plan";
import { getResultImpacts } from "@/lib/data/plan-impact";
import { getPlanFormContext } from "@/lib/data/plan-sources";
import { PLAN_ORIGIN_LABEL } from "@/lib/plan/vocabulary";
import { utcMinute } from "@/lib/time";

export const metadata = { title: "Edit action" };

export default async function EditPlanActionPage({ params }: { params: Promise<{ assessmentId: string; actionId: string }> }) {
  const { assessmentId, actionId } = await params;
  const actor = await requireActor();
  const action = await getPlanAction(actor, actionId);
  // the ids in the URL must belong together: an action is edited under its own assessment only
  if (!action || action.assessmentId !== assessmentId) notFound();
  const [context, impacts] = await Promise.all([getPlanFormContext(actor, assessmentId), getResultImpacts(actor, assessmentId, [action])]);
  if (!context) notFound();
  const impact = impacts?.get(action.id);
  const { assessment } = context;
  // a participant removed since keeps the action's owner name, not a choice the form offers
  const ownerStillThere = !action.ownerParticipantId || context.participants.some((p) => p.id === action.ownerParticipantId);
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <Link href="/app">Organizations</Link> / <Link href={`/app/assessments/${assessment.id}`}>{assessment.title}</Link> /{" "}
          <Link href={`/app/assessments/${assessment.id}/plan`}>Action plan</Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">Edit action</h1>
        <p className="text-muted">
          Wave {action.waveNumber}
          {action.origin ? ` · from a ${PLAN_ORIGIN_LABEL[action.origin.kind].toLowerCase()}` : ""} · last changed{" "}
          <time dateTime={action.updatedAt}>{utcMinute(new Date(action.updatedAt))} UTC</time>
        </p>
      </header>
      <PlanActionForm
        assessmentId={assessment.id}
        actionId={action.id}
        participants={context.participants}
        items={context.items}
        defaults={{
          title: action.title,
          description: action.description ?? "",
          imperative: action.imperative,
          itemKeys: action.itemKeys,
          ownerParticipantId: ownerStillThere ? (action.ownerParticipantId ?? "") : "",
          ownerName: action.ownerParticipantId ? (ownerStillThere ? "" : (action.ownerName ?? "")) : (action.ownerName ?? ""),
          dueDate: action.dueDate ?? "",
          status: action.status,
          priority: action.priority,
          checklist: action.checklist,
          visibleToParticipants: action.visibleToParticipants,
        }}
      />
      {impact ? (
        <section aria-labelledby="impact-title" className="space-y-2 border-t border-slate-200 pt-6">
          <h2 id="impact-title" className="text-lg font-semibold">
            Result impact
          </h2>
          <ResultImpactDetail impact={impact} trendsHref={`/app/assessments/${assessment.id}/trends`} />
        </section>
      ) : null}
      <section aria-labelledby="delete-title" className="border-t border-slate-200 pt-6">
        <h2 id="delete-title" className="text-lg font-semibold">
          Delete
        </h2>
        <p className="mt-1 text-sm text-muted">The action leaves the plan (and the participants&apos; view); the audit log keeps what it said.</p>
        <div className="mt-2">
          <DeletePlanActionForm action={action} />
        </div>
      </section>
    </div>
  );
}
