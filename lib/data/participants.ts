import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/actions/action-error";
import { db } from "@/lib/db/client";
import { assessmentWhere, getAssessmentForActor } from "@/lib/data/access";
import { isEmailConfigured, sendInvitationEmail } from "@/lib/email/mailer";
import { hashToken, newInviteToken } from "@/lib/tokens";
import { createInviteResponse, inviteLinkFor as linkFor } from "./invite-response";
import type { TParticipant } from "@/lib/validation/participant";

/** A link as shown once to the facilitator (name, e-mail and link: what the page lists and its CSV holds). */
export interface NewLink {
  participantId: string;
  name: string;
  email: string | null;
  link: string;
  emailed: boolean;
}

/**
 * Adds participants with their invitations for the current wave, all or nothing (one transaction). The plain
 * links are returned once, to be copied or e-mailed; only their hashes are stored.
 */
export async function addParticipants(actor: Actor, assessmentId: string, rows: TParticipant[]): Promise<NewLink[]> {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  if (!assessment) throw new ActionError("Assessment not found");
  const wave = assessment.waves.at(-1)!;
  const created = await db.$transaction(async (tx) => {
    const out: { participantId: string; name: string; email: string | null; token: string }[] = [];
    for (const row of rows) {
      const participant = await tx.participant.create({
        data: { assessmentId: assessment.id, name: row.name, email: row.email || null, side: row.side, tier: row.tier },
      });
      const token = await createInviteResponse(tx, { waveId: wave.id, participantId: participant.id, side: row.side, tier: row.tier });
      out.push({ participantId: participant.id, name: participant.name, email: participant.email, token });
    }
    await tx.auditLog.create({
      data: { actorId: actor.id, action: "participants.add", targetType: "assessment", targetId: assessment.id, detail: { count: rows.length } },
    });
    return out;
  });
  const links: NewLink[] = [];
  for (const p of created) {
    const link = linkFor(p.token);
    const emailed = p.email ? await sendInvitationEmail({ to: p.email, name: p.name, organization: assessment.organization.name, link }) : false;
    links.push({ participantId: p.participantId, name: p.name, email: p.email, link, emailed });
  }
  return links;
}

async function responseForActor(actor: Actor, participantId: string) {
  const participant = await db.participant.findFirst({
    where: { id: participantId, removedAt: null, assessment: assessmentWhere(actor) },
    include: { assessment: { include: { waves: { orderBy: { number: "desc" }, take: 1 }, organization: true } } },
  });
  if (!participant) throw new ActionError("Participant not found");
  const wave = participant.assessment.waves[0]!;
  const response = await db.response.findUnique({ where: { waveId_participantId: { waveId: wave.id, participantId } } });
  if (!response) throw new ActionError("Participant not found");
  return { participant, response };
}

/** A new link replaces the old one at once (the old hash is overwritten). Answers already given are kept. */
export async function regenerateInvite(actor: Actor, participantId: string): Promise<NewLink> {
  const { participant, response } = await responseForActor(actor, participantId);
  if (response.status === "submitted") throw new ActionError("This participant has already submitted");
  const token = newInviteToken();
  const [changed] = await db.$transaction([
    // conditional: a submit that lands meanwhile keeps its link
    db.response.updateMany({ where: { id: response.id, status: { not: "submitted" } }, data: { tokenHash: hashToken(token), tokenRevokedAt: null } }),
    db.auditLog.create({ data: { actorId: actor.id, action: "invite.regenerate", targetType: "participant", targetId: participant.id } }),
  ]);
  if (changed.count === 0) throw new ActionError("This participant has already submitted");
  return { participantId, name: participant.name, email: participant.email, link: linkFor(token), emailed: false };
}

export async function revokeInvite(actor: Actor, participantId: string): Promise<void> {
  const { participant, response } = await responseForActor(actor, participantId);
  await db.$transaction([
    db.response.update({ where: { id: response.id }, data: { tokenRevokedAt: new Date() } }),
    db.auditLog.create({ data: { actorId: actor.id, action: "invite.revoke", targetType: "participant", targetId: participant.id } }),
  ]);
}

/**
 * Reminders: links are stored only as hashes, so a reminder carries a fresh link (the old one stops working).
 * Sent by e-mail to every participant of the current wave who has an address and has not submitted.
 */
export async function sendReminders(actor: Actor, assessmentId: string): Promise<{ sent: number; failed: number }> {
  if (!isEmailConfigured()) throw new ActionError("E-mail is not configured (SMTP_URL): regenerate and copy the links instead");
  const assessment = await getAssessmentForActor(actor, assessmentId);
  if (!assessment) throw new ActionError("Assessment not found");
  const wave = assessment.waves.at(-1)!;
  if (wave.status === "closed") throw new ActionError("The assessment is closed: reopen it before sending reminders");
  const pending = await db.response.findMany({
    where: { waveId: wave.id, status: { not: "submitted" }, tokenRevokedAt: null, participant: { email: { not: null }, removedAt: null } },
    include: { participant: true },
  });
  let sent = 0;
  for (const response of pending) {
    // the new link replaces the old one only once the e-mail carrying it was accepted by the mail server
    const token = newInviteToken();
    const ok = await sendInvitationEmail({ to: response.participant.email!, name: response.participant.name, organization: assessment.organization.name, link: linkFor(token) });
    if (!ok) continue;
    await db.response.updateMany({ where: { id: response.id, status: { not: "submitted" } }, data: { tokenHash: hashToken(token) } });
    sent++;
  }
  await db.auditLog.create({ data: { actorId: actor.id, action: "participants.remind", targetType: "assessment", targetId: assessment.id, detail: { sent, failed: pending.length - sent } } });
  return { sent, failed: pending.length - sent };
}
