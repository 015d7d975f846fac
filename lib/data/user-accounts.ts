// Admin user management of accounts: list them, change a role, disable and re-enable, reset two-factor. Every
// function takes the actor, refuses anyone without "users:manage" and writes its AuditLog row in the same
// transaction as the change. Ending a user's sessions is deleting their Session rows: sessions are read from the
// database on every request (lib/auth/guards.ts), so the next page load of that user goes to /signin.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, requireCan } from "@/lib/auth/can";
import { ActionError } from "@/lib/actions/action-error";
import { db } from "@/lib/db/client";
import { isPostgres } from "@/lib/db/dialect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RESET_PREFIX } from "@/lib/auth/reset-token";
import type { Role } from "@/lib/domain";
import type { UserRow } from "@/lib/admin/types";

const BAN_REASON = "Disabled by an administrator";

type Tx = Prisma.TransactionClient;

/** The user an admin acts on, inside the change's transaction. */
export async function targetUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new ActionError("User not found");
  return user;
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

function refuseSelf(actor: Actor, userId: string, what: string) {
  if (actor.id === userId) throw new ActionError(`You cannot ${what} your own account here. Ask another administrator.`);
}

/**
 * The first statement of a change that could remove an admin. On PostgreSQL (READ COMMITTED) two transactions
 * demoting or disabling two different admins would each count the other as remaining and both commit; locking
 * every admin row first makes the second wait, then re-read and see none left. SQLite needs no lock: its
 * transactions take the write lock at BEGIN (lib/db/adapter.ts), so they already run one after the other.
 */
async function lockAdmins(tx: Tx) {
  if (isPostgres()) await tx.$queryRaw`SELECT "id" FROM "User" WHERE "role" = 'admin' ORDER BY "id" FOR UPDATE`;
}

/** Run after the change, inside its transaction: a change that leaves no active admin is rolled back. */
async function assertAnActiveAdminRemains(tx: Tx) {
  const active = await tx.user.count({ where: { role: "admin", disabledAt: null, banned: false } });
  if (active === 0) throw new ActionError("Bridge needs at least one active administrator: this change would remove the last one.");
}

/** Facilitator ↔ admin. A new admin must enrol in two-factor authentication before anything else. */
export async function changeUserRole(actor: Actor, userId: string, role: Role): Promise<void> {
  requireCan(actor, "users:manage");
  refuseSelf(actor, userId, "change the role of");
  await db.$transaction(async (tx) => {
    await lockAdmins(tx);
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
  requireCan(actor, "users:manage");
  refuseSelf(actor, userId, "disable");
  return db.$transaction(async (tx) => {
    await lockAdmins(tx);
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
  requireCan(actor, "users:manage");
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
  requireCan(actor, "users:manage");
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
