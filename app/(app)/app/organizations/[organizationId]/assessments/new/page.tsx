import { notFound } from "next/navigation";
import { AssessmentForm } from "@/components/facilitator/assessment-form";
import { requireActor } from "@/lib/auth/guards";
import { getOrganizationForActor } from "@/lib/data/access";
import { listAssessmentOptions } from "@/lib/data/assessments";

export const metadata = { title: "New assessment" };

export default async function NewAssessmentPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const { organizationId } = await params;
  const actor = await requireActor();
  const organization = await getOrganizationForActor(actor, organizationId);
  if (!organization) notFound();
  const { versions, sources } = await listAssessmentOptions();
  return (
    <div>
      <h1 className="mb-1 text-2xl font-bold">New assessment</h1>
      <p className="mb-6 text-muted">for {organization.name}</p>
      <AssessmentForm
        organizationId={organization.id}
        versions={versions}
        sources={sources}
      />
    </div>
  );
}
