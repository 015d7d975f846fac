import Link from "next/link";
import { notFound } from "next/navigation";
import { InviteActions } from "@/components/facilitator/invite-actions";
import { InviteLinksProvider } from "@/components/facilitator/invite-links-context";
import { ParticipantForms } from "@/components/facilitator/participant-forms";
import { RemindersButton } from "@/components/facilitator/reminders-button";
import { StatusToggle } from "@/components/facilitator/status-toggle";
import { requireActor } from "@/lib/auth/guards";
import { getAssessmentOverview } from "@/lib/data/assessments";
import { SIDE_LABEL, SIDES, TIER_LABEL, TIERS, type Side, type Tier } from "@/lib/domain";
import { isEmailConfigured } from "@/lib/email/mailer";
import { quorumCell } from "@/lib/results/anonymity-text";
import { DataTable } from "@/components/ui/data-table";
import { secondaryButtonClass } from "@/components/ui/styles";

export const metadata = { title: "Assessment" };

const SECONDARY = `inline-flex items-center no-underline ${secondaryButtonClass}`;
const STATUS_LABEL: Record<string, string> = { invited: "Invited", started: "In progress", submitted: "Submitted" };

export default async function AssessmentPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor();
  const overview = await getAssessmentOverview(actor, assessmentId);
  if (!overview) notFound();
  const { assessment, wave, participants, completion } = overview;
  // the workshop and the plan start from revealed results (each page says so when there are none)
  const revealed = assessment.waves.some((w) => w.revealedAt !== null);
  const quorum: Record<Side, number> = { marketing: wave.quorumMarketing, it: wave.quorumIt };
  return (
    <div className="space-y-10">
      <header>
        <p className="text-sm">
          <Link href="/app">Organizations</Link> / <Link href={`/app/organizations/${assessment.organizationId}`}>{assessment.organization.name}</Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">{assessment.title}</h1>
        <p className="text-muted">
          Questionnaire {wave.questionnaireVersionId} · {wave.label ?? `Wave ${wave.number}`} · {wave.status === "closed" ? "closed: no more answers" : "open"}
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <Link href={`/app/assessments/${assessment.id}/results`} className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-semibold text-white no-underline hover:bg-brand-dark">
            Team results
          </Link>
          {revealed ? (
            <>
              <Link href={`/app/assessments/${assessment.id}/workshop`} className={SECONDARY}>
                Workshop
              </Link>
              <Link href={`/app/assessments/${assessment.id}/plan`} className={SECONDARY}>
                Action plan
              </Link>
              {wave.revealedAt ? (
                <Link href={`/app/assessments/${assessment.id}/waves/new`} className={SECONDARY}>
                  Start the next wave
                </Link>
              ) : null}
              {assessment.waves.filter((w) => w.revealedAt !== null).length >= 2 ? (
                <Link href={`/app/assessments/${assessment.id}/trends`} className={SECONDARY}>
                  Trends
                </Link>
              ) : null}
            </>
          ) : null}
          <StatusToggle assessmentId={assessment.id} status={wave.status} />
          {isEmailConfigured() ? <RemindersButton assessmentId={assessment.id} /> : null}
        </div>
      </header>

      <section aria-labelledby="completion-title">
        <h2 id="completion-title" className="text-xl font-semibold">
          Completion
        </h2>
        <DataTable
          caption="Submitted responses per side and tier"
          className="mt-3"
          tableClassName="max-w-2xl"
          rows={SIDES}
          rowKey={(side) => side}
          columns={[
            { id: "side", header: "Side", rowHeader: true, className: "font-bold", cell: (side) => SIDE_LABEL[side] },
            ...TIERS.map((t) => ({
              id: t,
              header: `${TIER_LABEL[t as Tier]}s`,
              cell: (side: Side) => (
                <>
                  {completion[side][t].submitted} of {completion[side][t].invited} submitted
                  {completion[side][t].started ? `, ${completion[side][t].started} in progress` : ""}
                </>
              ),
            })),
            {
              id: "quorum",
              header: "Quorum",
              cell: (side) => {
                const submitted = TIERS.reduce((s, t) => s + completion[side][t].submitted, 0);
                return quorumCell({ submitted, required: quorum[side], met: submitted >= quorum[side] });
              },
            },
          ]}
        />
      </section>

      <InviteLinksProvider>
        <section aria-labelledby="invite-title">
          <h2 id="invite-title" className="text-xl font-semibold">
            Invite participants
          </h2>
          <div className="mt-3">
            <ParticipantForms assessmentId={assessment.id} emailConfigured={isEmailConfigured()} />
          </div>
        </section>

        <section aria-labelledby="participants-title">
          <h2 id="participants-title" className="text-xl font-semibold">
            Participants ({participants.length})
          </h2>
          {participants.length ? (
            <DataTable
              caption="Participants and their invitations"
              className="mt-3"
              rows={participants}
              rowKey={(p) => p.id}
              columns={[
                {
                  header: "Name",
                  rowHeader: true,
                  className: "font-medium",
                  cell: (p) => (
                    <>
                      {p.name}
                      {p.email ? <span className="block text-xs font-normal text-muted">{p.email}</span> : null}
                    </>
                  ),
                },
                { header: "Side and tier", cell: (p) => `${SIDE_LABEL[p.side as Side]} ${TIER_LABEL[p.tier as Tier].toLowerCase()}` },
                {
                  header: "Status",
                  cell: (p) => {
                    const response = p.responses[0];
                    return response?.tokenRevokedAt ? "Link withdrawn" : (STATUS_LABEL[response?.status ?? "invited"] ?? "Invited");
                  },
                },
                {
                  header: "Invitation link",
                  cell: (p) => <InviteActions participantId={p.id} name={p.name} disabled={p.responses[0]?.status === "submitted"} />,
                },
              ]}
            />
          ) : (
            <p className="mt-3">No participants yet.</p>
          )}
        </section>
      </InviteLinksProvider>
    </div>
  );
}
