import Link from "next/link";
import { notFound } from "next/navigation";
import { AddFromResults } from "@/components/plan/add-from-results";
import { PlanActionTable } from "@/components/plan/plan-action-table";
import { PlanFilters } from "@/components/plan/plan-filters";
import { SharePanel } from "@/components/plan/share-panel";
import { primaryButtonClass } from "@/components/ui/styles";
import { requireActor } from "@/lib/auth/guards";
import { listPlanActions } from "@/lib/data/action-plan";
import { getResultImpacts } from "@/lib/data/plan-impact";
import { getPlanSources } from "@/lib/data/plan-sources";
import { sharingOf } from "@/lib/data/plan-sharing";
import { planQuery } from "@/lib/plan/query";
import { parsePlanFilters } from "@/lib/validation/plan-action";

export const metadata = { title: "Action plan" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PlanPage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: SearchParams }) {
  const [{ assessmentId }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const filters = parsePlanFilters(query);
  const plan = await listPlanActions(actor, assessmentId, filters);
  if (!plan) notFound();
  const { assessment, actions, participants, namedOwners } = plan;
  const [sharing, offered, impacts] = await Promise.all([sharingOf(actor, assessmentId), getPlanSources(actor, assessmentId), getResultImpacts(actor, assessmentId, actions)]);
  const base = `/app/assessments/${assessment.id}/plan`;
  const filterQuery = planQuery(filters);
  const latestRevealed = sharing.filter((w) => w.revealed).at(-1);
  const filtered = filterQuery !== "";

  return (
    <div className="space-y-10">
      <header>
        <p className="text-sm">
          <Link href="/app">Organizations</Link> / <Link href={`/app/organizations/${assessment.organizationId}`}>{assessment.organization.name}</Link> /{" "}
          <Link href={`/app/assessments/${assessment.id}`}>{assessment.title}</Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">Action plan</h1>
        <p className="text-muted">
          What the two sides will do about their results: owners, due dates, status. <Link href={`/app/assessments/${assessment.id}/results`}>Team results</Link>
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <Link href={`${base}/new`} className={`${primaryButtonClass} inline-flex items-center no-underline`}>
            New action
          </Link>
          <a href={`${base}/export/csv${filterQuery}`} download>
            Download the plan (CSV)
          </a>
          <a href={`${base}/export/ics${filterQuery}`} download>
            Download due dates (iCalendar)
          </a>
        </div>
        {query.deleted === "1" ? (
          <p role="status" className="mt-3 font-medium">
            The action was deleted.
          </p>
        ) : null}
      </header>

      {latestRevealed ? <SharePanel assessmentId={assessment.id} wave={latestRevealed} /> : null}

      {offered ? (
        <AddFromResults assessmentId={assessment.id} waveNumber={offered.waveNumber} waveLabel={offered.waveLabel} sources={offered.sources} />
      ) : (
        <p>Once the team results are revealed, you can add their recommendations, credible gaps and workshop outcomes to the plan.</p>
      )}

      <section aria-labelledby="actions-title" className="space-y-4">
        <h2 id="actions-title" className="text-xl font-semibold">
          Actions ({actions.length}
          {filtered ? " matching the filters" : ""})
        </h2>
        <PlanFilters
          filters={filters}
          participants={participants}
          namedOwners={namedOwners}
          waves={sharing.map((w) => ({ number: w.number, label: w.label }))}
          clearHref={base}
        />
        {actions.length ? (
          <PlanActionTable assessmentId={assessment.id} actions={actions} back={filterQuery.slice(1)} impacts={impacts ?? new Map()} />
        ) : (
          <p data-testid="no-actions">{filtered ? "No action matches these filters." : "No action yet."}</p>
        )}
      </section>
    </div>
  );
}
