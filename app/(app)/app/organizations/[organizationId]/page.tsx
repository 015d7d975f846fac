import Link from "next/link";
import { notFound } from "next/navigation";
import { PanelChoice } from "@/components/facilitator/panel-choice";
import { PanelExplanation } from "@/components/facilitator/panel-explanation";
import { requireActor } from "@/lib/auth/guards";
import { getOrganizationForActor } from "@/lib/data/access";
import { listAssessmentsForOrganization } from "@/lib/data/assessments";

export const metadata = { title: "Organization" };

export default async function OrganizationPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const { organizationId } = await params;
  const actor = await requireActor();
  const organization = await getOrganizationForActor(actor, organizationId);
  if (!organization) notFound();
  const assessments = await listAssessmentsForOrganization(actor, organization.id);
  return (
    <div>
      <p className="text-sm">
        <Link href="/app">Organizations</Link>
      </p>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{organization.name}</h1>
        <Link
          href={`/app/organizations/${organization.id}/assessments/new`}
          className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-semibold text-white no-underline hover:bg-brand-dark"
        >
          New assessment
        </Link>
      </div>
      <h2 className="mt-8 text-xl font-semibold">Assessments</h2>
      {assessments.length ? (
        <ul className="mt-3 grid gap-3">
          {assessments.map((a) => (
            <li key={a.id} className="rounded-lg border border-slate-200 p-4">
              <Link href={`/app/assessments/${a.id}`} className="font-medium">
                {a.title}
              </Link>
              <p className="text-sm text-muted">
                {a._count.participants} participants · {a.waves[0]?.status === "closed" ? "closed" : "open"} · questionnaire {a.questionnaireVersionId}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3">No assessments yet.</p>
      )}
      <section aria-labelledby="panel-title" className="mt-8 max-w-2xl">
        <h2 id="panel-title" className="text-xl font-semibold">
          Benchmark panel
        </h2>
        <div className="mt-1">
          <PanelExplanation />
        </div>
        <div className="mt-3">
          <PanelChoice organizationId={organization.id} panelOptIn={organization.panelOptIn} />
        </div>
      </section>
    </div>
  );
}
