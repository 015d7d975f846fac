import Link from "next/link";
import { notFound } from "next/navigation";
import { InviteLinksProvider } from "@/components/facilitator/invite-links-context";
import { NextWaveForm } from "@/components/facilitator/next-wave-form";
import { requireActor } from "@/lib/auth/guards";
import { listAssessmentOptions } from "@/lib/data/assessments";
import { getNextWaveForm } from "@/lib/data/waves";

export const metadata = { title: "Next wave" };

/** Start the next wave of an assessment whose latest wave is revealed; its settings default to that wave's. */
export default async function NextWavePage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor();
  const form = await getNextWaveForm(actor, assessmentId);
  if (!form) notFound();
  const { assessment, participants } = form;
  const latest = assessment.waves.at(-1)!;
  const { versions, sources } = await listAssessmentOptions();
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <Link href="/app">Organizations</Link> / <Link href={`/app/organizations/${assessment.organizationId}`}>{assessment.organization.name}</Link> /{" "}
          <Link href={`/app/assessments/${assessment.id}`}>{assessment.title}</Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">Start the next wave</h1>
      </header>
      {/* one client component in one place whatever the state: starting a wave refreshes this page (the action
          revalidates), and the links it made must stay on screen */}
      <InviteLinksProvider>
        <NextWaveForm
          versions={versions}
          sources={sources}
          participants={participants}
          blocked={latest.revealedAt ? null : `${latest.label ?? `Wave ${latest.number}`} is not revealed yet: reveal its results first, on the results page; the next wave starts from a revealed one.`}
          defaults={{
            assessmentId: assessment.id,
            label: `Wave ${latest.number + 1}`,
            questionnaireVersionId: latest.questionnaireVersionId,
            sourceIds: (latest.benchmarkSources.length ? latest.benchmarkSources : assessment.benchmarkSources).map((s) => s.sourceId),
            quorumMarketing: latest.quorumMarketing,
            quorumIt: latest.quorumIt,
            participants: participants.map((p) => ({ id: p.id, invite: true, side: p.side, tier: p.tier })),
          }}
        />
      </InviteLinksProvider>
    </div>
  );
}
