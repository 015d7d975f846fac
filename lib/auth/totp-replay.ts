// Each TOTP code is accepted once (RFC 6238 §5.2, decision 45): TwoFactor.lastTotpStep holds the last 30-second
// step whose code was accepted, and a code is accepted only for a later step. The step is claimed by one
// conditional UPDATE, so of two sign-ins sending the same code at the same moment exactly one gets it
// (SQLite takes the write lock; PostgreSQL re-checks the WHERE on the row the first one updated).
import "server-only";
import type { Db } from "@/lib/db/create-db";

/** True when `step` was later than the user's last accepted step and is now theirs; false when it was used already. */
export async function claimTotpStep(database: Db, userId: string, step: number): Promise<boolean> {
  const updated = await database.$executeRaw`
    UPDATE "TwoFactor" SET "lastTotpStep" = ${step}
    WHERE "userId" = ${userId} AND ("lastTotpStep" IS NULL OR "lastTotpStep" < ${step})`;
  return updated > 0;
}

/**
 * A new secret (enrolment started again before it was confirmed) starts with no used step: the old secret's
 * steps say nothing about the new one's codes. A confirmed secret is never reset (better-auth refuses to enable
 * over it).
 */
export async function forgetTotpStepOfUnconfirmedSecret(database: Db, userId: string): Promise<void> {
  await database.twoFactor.updateMany({ where: { userId, verified: false }, data: { lastTotpStep: null } });
}
