import Link from "next/link";
import { notFound } from "next/navigation";
import { InviteActions } from "@/components/facilitator/invite-actions";
import { ParticipantForms } from "@/components/facilitator/participant-forms";
import { RemindersButton } from "@/components/facilitator/reminders-button";
import { StatusToggle } from "@/components/facilitator/status-toggle";
import { requireActor } from "@/lib/auth/guards";
import { getAssessmentOverview } from "@/lib/data/assessments";
import { SIDE_LABEL, SIDES, TIER_LABEL, TIERS, type Side, type Tier } from "@/lib/domain";
import { isEmailConfigured } from "@/lib/email/mailer";

export const metadata = { title: "Assessment" };

const STATUS_LABEL: Record<string, string> = { invited: "Invited", started: "In progress", submitted: "Submitted" };

export default async function AssessmentPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor();
  const overview = await getAssessmentOverview(actor, assessmentId);
  if (!overview) notFound();
  const { assessment, wave, participants, completion } = overview;
  const quorum: Record<Side, number> = { marketing: assessment.quorumMarketing, it: assessment.quorumIt };
  return (
    <div className="space-y-10">
      <header>
        <p className="text-sm">
          <Link href="/app">Organizations</Link> / <Link href={`/app/organizations/${assessment.organizationId}`}>{assessment.organization.name}</Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">{assessment.title}</h1>
        <p className="text-muted">
          Questionnaire {assessment.questionnaireVersionId} · {wave.label ?? `Wave ${wave.number}`} · {wave.status === "closed" ? "closed: no more answers" : "open"}
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <Link href={`/app/assessments/${assessment.id}/results`} className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-semibold text-white no-underline hover:bg-brand-dark">
            Team results
          </Link>
          <StatusToggle assessmentId={assessment.id} status={wave.status} />
          {isEmailConfigured() ? <RemindersButton assessmentId={assessment.id} /> : null}
        </div>
      </header>

      <section aria-labelledby="completion-title">
        <h2 id="completion-title" className="text-xl font-semibold">
          Completion
        </h2>
        <table className="mt-3 w-full max-w-2xl border-collapse text-left text-sm">
          <caption className="sr-only">Submitted responses per side and tier</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4">Side</th>
              {TIERS.map((t) => (
                <th key={t} scope="col" className="py-2 pr-4">{TIER_LABEL[t as Tier]}s</th>
              ))}
              <th scope="col" className="py-2">Quorum</th>
            </tr>
          </thead>
          <tbody>
            {SIDES.map((side) => {
              const submitted = TIERS.reduce((s, t) => s + completion[side][t].submitted, 0);
              return (
                <tr key={side} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-4">{SIDE_LABEL[side]}</th>
                  {TIERS.map((t) => (
                    <td key={t} className="py-2 pr-4">
                      {completion[side][t].submitted} of {completion[side][t].invited} submitted
                      {completion[side][t].started ? `, ${completion[side][t].started} in progress` : ""}
                    </td>
                  ))}
                  <td className="py-2">
                    {submitted} of {quorum[side]} {submitted >= quorum[side] ? "(reached)" : ""}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

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
          <table className="mt-3 w-full border-collapse text-left text-sm">
            <caption className="sr-only">Participants and their invitations</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">Name</th>
                <th scope="col" className="py-2 pr-4">Side and tier</th>
                <th scope="col" className="py-2 pr-4">Status</th>
                <th scope="col" className="py-2">Invitation link</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => {
                const response = p.responses[0];
                const status = response?.tokenRevokedAt ? "Link withdrawn" : (STATUS_LABEL[response?.status ?? "invited"] ?? "Invited");
                return (
                  <tr key={p.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {p.name}
                      {p.email ? <span className="block text-xs font-normal text-muted">{p.email}</span> : null}
                    </th>
                    <td className="py-2 pr-4">
                      {SIDE_LABEL[p.side as Side]} {TIER_LABEL[p.tier as Tier].toLowerCase()}
                    </td>
                    <td className="py-2 pr-4">{status}</td>
                    <td className="py-2">
                      <InviteActions participantId={p.id} name={p.name} disabled={response?.status === "submitted"} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p className="mt-3">No participants yet.</p>
        )}
      </section>
    </div>
  );
}
