// How many second-factor codes may be tried at sign-in, and from where (decision 45). better-auth's own account
// lockout (10 wrong codes lock the account for 15 minutes) is switched off: anyone who knows the password could
// use it to lock the owner out. Instead every code attempt is counted twice, in AuthRateLimit rows (one atomic
// statement each, the sign-in rate limit's storage):
//   - per account and client address: ADDRESS_LIMIT attempts per window, whatever the kind of code;
//   - per account, for 6-digit codes sent from addresses where the account never completed its second factor:
//     ACCOUNT_LIMIT attempts per window, across all such addresses. This is the brute-force bound.
// An address where the account completed its second factor in the last KNOWN_ADDRESS_DAYS days (TwoFactorAddress)
// is never held back by the account budget, and backup codes (10 random characters, not guessable) are not counted
// against it either: however many wrong codes an attacker sends, the owner signs in from a known device, or with
// a backup code from anywhere.
import "server-only";
import type { Db } from "@/lib/db/create-db";

export interface AttemptStorage {
  consume(key: string, rule: { window: number; max: number }): Promise<{ allowed: boolean; retryAfter: number | null }>;
}

/** Code attempts per account and client address: 5 per 15 minutes (a success from that address starts afresh). */
export const ADDRESS_LIMIT = { window: 15 * 60, max: 5 } as const;
/** 6-digit code attempts per account from addresses it has not signed in from: 10 per hour, all such addresses together. */
export const ACCOUNT_LIMIT = { window: 60 * 60, max: 10 } as const;
/** An address stays known this long after the account last completed its second factor there. */
export const KNOWN_ADDRESS_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;
/** The AuthRateLimit keys. better-auth's own keys are `<ip>|<path>`, so a `2fa|` prefix never collides with them. */
export const addressKey = (userId: string, address: string) => `2fa|${userId}|${address}`;
export const accountKey = (userId: string) => `2fa|${userId}`;

/** "totp" and "otp" are 6-digit codes (guessable: counted per account too); a backup code is 10 random characters. */
export type CodeKind = "totp" | "otp" | "backup-code";

export type AttemptDecision =
  | { allowed: true }
  | { allowed: false; scope: "address" | "account"; retryAfter: number };

export async function isKnownAddress(database: Db, userId: string, address: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * DAY_MS);
  return (await database.twoFactorAddress.count({ where: { userId, address, lastUsedAt: { gte: since } } })) > 0;
}

/**
 * Counts one code attempt of `userId` from `address`, before the code is checked, so simultaneous attempts cannot
 * slip past the limits. Refused attempts are counted too (an address that keeps trying stays held back).
 */
export async function reserveCodeAttempt(
  database: Db,
  storage: AttemptStorage,
  attempt: { userId: string; address: string; kind: CodeKind },
): Promise<AttemptDecision> {
  const perAddress = await storage.consume(addressKey(attempt.userId, attempt.address), ADDRESS_LIMIT);
  if (!perAddress.allowed) return { allowed: false, scope: "address", retryAfter: perAddress.retryAfter ?? ADDRESS_LIMIT.window };
  if (attempt.kind === "backup-code" || (await isKnownAddress(database, attempt.userId, attempt.address))) return { allowed: true };
  const perAccount = await storage.consume(accountKey(attempt.userId), ACCOUNT_LIMIT);
  if (!perAccount.allowed) return { allowed: false, scope: "account", retryAfter: perAccount.retryAfter ?? ACCOUNT_LIMIT.window };
  return { allowed: true };
}

/**
 * After a correct second factor: the address's count starts afresh and the address is known for
 * KNOWN_ADDRESS_DAYS days. The account budget is left as it is (it bounds guesses from elsewhere).
 */
export async function recordSecondFactorSuccess(database: Db, userId: string, address: string, now = new Date()): Promise<void> {
  await database.authRateLimit.deleteMany({ where: { key: addressKey(userId, address) } });
  await database.twoFactorAddress.upsert({
    where: { userId_address: { userId, address } },
    create: { userId, address, lastUsedAt: now },
    update: { lastUsedAt: now },
  });
  await database.twoFactorAddress.deleteMany({ where: { userId, lastUsedAt: { lt: new Date(now.getTime() - KNOWN_ADDRESS_DAYS * DAY_MS) } } });
}

/** The sentence for a refused attempt (the client shows it as it is). */
export function throttledMessage(decision: Extract<AttemptDecision, { allowed: false }>): string {
  const minutes = Math.max(1, Math.ceil(decision.retryAfter / 60));
  const wait = `${minutes} minute${minutes === 1 ? "" : "s"}`;
  return decision.scope === "address"
    ? `Too many wrong codes from this network. Try again in ${wait}.`
    : `Too many wrong codes have been tried for this account. Try again in ${wait}, sign in from a device you have used before, or use a backup code.`;
}
