// Admin user management: invite, change a role, disable and re-enable, reset two-factor. Every function takes
// the actor, refuses anyone without "users:manage" and writes its AuditLog row in the same transaction as the
// change. Ending a user's sessions is deleting their Session rows: sessions are read from the database on every
// request (lib/auth/guards.ts), so the next page load of that user goes to /signin.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/can";
import { RESET_PREFIX, storedResetIdentifier } from "@/lib/auth/reset-token";
import { ActionError } from "@/lib/actions/action-error";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/domain";
import { sendAccountInvitationEmail } from "@/lib/email/mailer";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TUserInvite } from "@/lib/validation/user";

/** How long an invitation's set-password link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * The invitation is better-auth's own password-reset token: a Verification row `reset-password:<token>` whose
 * value is the user id. /api/auth/reset-password consumes it (once), applies the password rules of
 * lib/auth/server.ts and creates the credential account, so the invitee's password never passes through our code.
 */
// RESET_PREFIX and the stored (hashed) identifier: lib/auth/reset-token.ts
const BAN_REASON = "Disabled by an administrator";

type Tx = Prisma.TransactionClient;

function requireManager(actor: Actor) {
  if (!can(actor, "users:manage")) throw new ActionError("Not found");
}

export type UserStatus = "active" | "disabled" | "invited";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  twoFactorEnabled: boolean;
  status: UserStatus;
  createdAt: Date;
  lastSignInAt: Date | null;
}

/** Every facilitator and admin, for the users page; null for anyone who may not manage users. */
export async function listUsers(actor: Actor): Promise<UserRow[] | null> {
  if (!can(actor, "users:manage")) return null;
  const [users, audited, sessions] = await Promise.all([
    db.user.findMany({
      orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
      include: { accounts: { where: { providerId: "credential", password: { not: null } }, select: { id: true } } },
    }),
    db.auditLog.groupBy({ by: ["actorId"], where: { action: "auth.sign-in", actorId: { not: null } }, _max: { createdAt: true } }),
    db.session.groupBy({ by: ["userId"], _max: { createdAt: true } }),
  ]);
  // the audit log remembers sign-ins whose session has ended; sessions cover sign-ins from before it did
  const last = new Map<string, Date>();
  const remember = (id: string | null, at: Date | null | undefined) => {
    if (!id || !at) return;
    const seen = last.get(id);
    if (!seen || at > seen) last.set(id, at);
  };
  for (const a of audited) remember(a.actorId, a._max.createdAt);
  for (const s of sessions) remember(s.userId, s._max.createdAt);
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role === "admin" ? "admin" : "facilitator",
    twoFactorEnabled: u.twoFactorEnabled,
    status: u.disabledAt || u.banned ? "disabled" : u.accounts.length ? "active" : "invited",
    createdAt: u.createdAt,
    lastSignInAt: last.get(u.id) ?? null,
  }));
}

export interface Invitation {
  userId: string;
  name: string;
  email: string;
  link: string;
  expiresAt: Date;
  emailed: boolean;
}

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
  requireManager(actor);
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
  requireManager(actor);
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

async function targetUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new ActionError("User not found");
  return user;
}

function refuseSelf(actor: Actor, userId: string, what: string) {
  if (actor.id === userId) throw new ActionError(`You cannot ${what} your own account here. Ask another administrator.`);
}

/** Run after the change, inside its transaction: a change that leaves no active admin is rolled back. */
async function assertAnActiveAdminRemains(tx: Tx) {
  const active = await tx.user.count({ where: { role: "admin", disabledAt: null, banned: false } });
  if (active === 0) throw new ActionError("Bridge needs at least one active administrator: this change would remove the last one.");
}

/** Facilitator ↔ admin. A new admin must enrol in two-factor authentication before anything else. */
export async function changeUserRole(actor: Actor, userId: string, role: Role): Promise<void> {
  requireManager(actor);
  refuseSelf(actor, userId, "change the role of");
  await db.$transaction(async (tx) => {
    const user = await targetUser(tx, userId);
    if (user.role === role) throw new ActionError(`${user.name} is already ${role === "admin" ? "an admin" : "a facilitator"}`);
    // write first: on SQLite the transaction then holds the write lock, so two admins demoting each other
    // concurrently cannot both see "another admin remains"
    await tx.user.update({ where: { id: userId }, data: { role } });
    if (user.role === "admin") await assertAnActiveAdminRemains(tx);
    await tx.auditLog.create({
      data: { actorId: actor.id, action: "user.role-change", targetType: "user", targetId: userId, detail: { from: user.role, to: role } },
    });
  });
}

/** Disables the account and ends all its sessions at once (better-auth's ban refuses new sign-ins too). */
export async function disableUser(actor: Actor, userId: string, now = new Date()): Promise<{ sessionsEnded: number }> {
  requireManager(actor);
  refuseSelf(actor, userId, "disable");
  return db.$transaction(async (tx) => {
    const user = await targetUser(tx, userId);
    if (user.disabledAt) throw new ActionError(`${user.name} is already disabled`);
    await tx.user.update({ where: { id: userId }, data: { disabledAt: now, banned: true, banReason: BAN_REASON, banExpires: null } });
    const { count } = await tx.session.deleteMany({ where: { userId } });
    // an outstanding set-password link dies with the account (enabling it again needs a new link)
    await tx.verification.deleteMany({ where: { identifier: { startsWith: RESET_PREFIX }, value: userId } });
    if (user.role === "admin") await assertAnActiveAdminRemains(tx);
    await tx.auditLog.create({
      data: { actorId: actor.id, action: "user.disable", targetType: "user", targetId: userId, detail: { sessionsEnded: count } },
    });
    return { sessionsEnded: count };
  });
}

export async function enableUser(actor: Actor, userId: string): Promise<void> {
  requireManager(actor);
  await db.$transaction(async (tx) => {
    const user = await targetUser(tx, userId);
    if (!user.disabledAt && !user.banned) throw new ActionError(`${user.name} is not disabled`);
    await tx.user.update({ where: { id: userId }, data: { disabledAt: null, banned: false, banReason: null, banExpires: null } });
    await tx.auditLog.create({ data: { actorId: actor.id, action: "user.enable", targetType: "user", targetId: userId } });
  });
}

/**
 * Removes the user's authenticator and backup codes, turns two-factor off and ends their sessions. A facilitator
 * may set it up again; an admin is sent to enrolment by the guards on their next sign-in. Trusted-device records
 * go too, so an old "trust this device" cookie cannot skip the new enrolment's code.
 */
export async function resetTwoFactor(actor: Actor, userId: string): Promise<{ sessionsEnded: number }> {
  requireManager(actor);
  refuseSelf(actor, userId, "reset two-factor authentication of");
  return db.$transaction(async (tx) => {
    const user = await targetUser(tx, userId);
    const removed = await tx.twoFactor.deleteMany({ where: { userId } });
    if (!user.twoFactorEnabled && removed.count === 0) throw new ActionError(`${user.name} has no two-factor authentication to reset`);
    await tx.user.update({ where: { id: userId }, data: { twoFactorEnabled: false } });
    await tx.verification.deleteMany({ where: { value: userId, OR: [{ identifier: { startsWith: "trust-device-" } }, { identifier: { startsWith: "2fa-" } }] } });
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await tx.auditLog.create({ data: { actorId: actor.id, action: "user.2fa-reset", targetType: "user", targetId: userId, detail: { sessionsEnded: count } } });
    return { sessionsEnded: count };
  });
}
