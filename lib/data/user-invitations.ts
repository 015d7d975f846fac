// Invitations to facilitator and admin accounts: an account without a password plus a one-time set-password link
// (decision 20). Admins only, audited in the same transaction; the set-password page looks a token up.
import "server-only";
import { requireCan } from "@/lib/auth/can";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { RESET_PREFIX, storedResetIdentifier } from "@/lib/auth/reset-token";
import { ActionError } from "@/lib/actions/action-error";
import type { Invitation } from "@/lib/admin/types";
import { targetUser } from "@/lib/data/user-accounts";
import { db } from "@/lib/db/client";
import { sendAccountInvitationEmail } from "@/lib/email/mailer";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TUserInvite } from "@/lib/validation/user";

type Tx = Prisma.TransactionClient;

/** How long an invitation's set-password link works. */
const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * The invitation is better-auth's own password-reset token: a Verification row `reset-password:<token>` whose
 * value is the user id. /api/auth/reset-password consumes it (once), applies the password rules of
 * lib/auth/server.ts and creates the credential account, so the invitee's password never passes through our code.
 */
// RESET_PREFIX and the stored (hashed) identifier: lib/auth/reset-token.ts

const setPasswordLink = (token: string) => `${env().BRIDGE_URL}/set-password?token=${token}`;

/** A fresh set-password token for `userId`, replacing any earlier one (only the newest link works). */
async function createSetPasswordToken(tx: Tx, userId: string, now: Date) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  await tx.verification.deleteMany({ where: { value: userId, identifier: { startsWith: RESET_PREFIX } } });
  await tx.verification.create({ data: { identifier: await storedResetIdentifier(`${RESET_PREFIX}${token}`), value: userId, expiresAt } });
  return { token, expiresAt };
}

async function deliver(user: { id: string; name: string; email: string }, token: string, expiresAt: Date): Promise<Invitation> {
  const link = setPasswordLink(token);
  const emailed = await sendAccountInvitationEmail({ to: user.email, name: user.name, link, expiresAt });
  return { userId: user.id, name: user.name, email: user.email, link, expiresAt, emailed };
}

const EMAIL_TAKEN = "A user with this e-mail address already exists";

/**
 * Creates the account (no password yet: it cannot sign in) and a one-time set-password link valid for 7 days.
 * The link is returned once, to be shown to the admin, and e-mailed when SMTP is configured.
 */
export async function inviteUser(actor: Actor, input: TUserInvite, now = new Date()): Promise<Invitation> {
  requireCan(actor, "users:manage");
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw new ActionError(EMAIL_TAKEN, { email: EMAIL_TAKEN });
  let created: { user: { id: string; name: string; email: string }; token: string; expiresAt: Date };
  try {
    created = await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name: input.name.trim(), email, role: input.role, emailVerified: true } });
      const { token, expiresAt } = await createSetPasswordToken(tx, user.id, now);
      await tx.auditLog.create({
        data: { actorId: actor.id, action: "user.invite", targetType: "user", targetId: user.id, detail: { email, role: input.role } },
      });
      return { user, token, expiresAt };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ActionError(EMAIL_TAKEN, { email: EMAIL_TAKEN });
    throw error;
  }
  return deliver(created.user, created.token, created.expiresAt);
}

/** A new set-password link for an invitee who has not chosen a password yet (the old link stops working). */
export async function renewInvitation(actor: Actor, userId: string, now = new Date()): Promise<Invitation> {
  requireCan(actor, "users:manage");
  const { user, token, expiresAt } = await db.$transaction(async (tx) => {
    const user = await targetUser(tx, userId);
    if (user.disabledAt || user.banned) throw new ActionError("Enable this account first");
    const hasPassword = await tx.account.count({ where: { userId, providerId: "credential", password: { not: null } } });
    if (hasPassword) throw new ActionError("This user has already chosen a password");
    const fresh = await createSetPasswordToken(tx, userId, now);
    await tx.auditLog.create({ data: { actorId: actor.id, action: "user.invite", targetType: "user", targetId: userId, detail: { email: user.email, renewed: true } } });
    return { user, ...fresh };
  });
  return deliver(user, token, expiresAt);
}

/** For the set-password page: whose invitation this token is, or null when it is unknown, used or expired. */
export async function findInvitation(token: string, now = new Date()): Promise<{ name: string; email: string } | null> {
  if (!token || token.length > 200) return null;
  const row = await db.verification.findFirst({ where: { identifier: await storedResetIdentifier(`${RESET_PREFIX}${token}`) } });
  if (!row || row.expiresAt < now) return null;
  const user = await db.user.findUnique({ where: { id: row.value }, select: { name: true, email: true, disabledAt: true, banned: true } });
  if (!user || user.disabledAt || user.banned) return null;
  return { name: user.name, email: user.email };
}
