// How many second-factor codes may be tried at sign-in, and from where (decision 45). better-auth's own account
// lockout (10 wrong codes lock the account for 15 minutes) is switched off: anyone who knows the password could
// use it to lock the owner out. Instead every code attempt is counted, before the code is checked, in fixed-window
// counters shared by every instance (lib/data/rate-limit.ts, one atomic statement each):
//   - per account and client address: ADDRESS_LIMITS (a quarter-hour's and a day's), whatever the kind of code;
//   - per account, for 6-digit codes sent from addresses where the account has not completed its second factor:
//     ACCOUNT_LIMITS (an hour's and a day's budget), across all such addresses. This is the brute-force bound.
// An address where the account completed its second factor in the last KNOWN_ADDRESS_DAYS days (TwoFactorAddress)
// never draws on the account budget, and neither do backup codes (10 random characters, not guessable): however
// many wrong codes an attacker sends, the owner signs in from a known device, or with a backup code from anywhere.
import "server-only";
import { hitRateLimit } from "@/lib/data/rate-limit";
import { db } from "@/lib/db/client";

export interface Limit {
  /** Seconds. */
  window: number;
  max: number;
}

/**
 * Code attempts per account and client address, of any kind: 5 per 15 minutes (a success from that address starts
 * the quarter-hour afresh) and 20 per day (not reset: it bounds guesses from an address the owner also uses).
 */
export const ADDRESS_LIMITS = {
  quarter: { window: 15 * 60, max: 5 },
  day: { window: 24 * 60 * 60, max: 20 },
} as const satisfies Record<string, Limit>;
/** 6-digit code attempts per account from addresses it has not signed in from, all such addresses together. */
export const ACCOUNT_LIMITS = {
  hour: { window: 60 * 60, max: 10 },
  day: { window: 24 * 60 * 60, max: 30 },
} as const satisfies Record<string, Limit>;
/** An address stays known this long after the account last completed its second factor there. */
export const KNOWN_ADDRESS_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;
/** RateLimit keys; the table's other users (invite links) never start a key with `2fa|`. */
export const addressKey = (userId: string, address: string, budget: keyof typeof ADDRESS_LIMITS) => `2fa|address-${budget}|${userId}|${address}`;
export const accountKey = (userId: string, budget: keyof typeof ACCOUNT_LIMITS) => `2fa|${budget}|${userId}`;

/** "totp" and "otp" are 6-digit codes (guessable: counted per account too); a backup code is 10 random characters. */
export type CodeKind = "totp" | "otp" | "backup-code";

export type AttemptDecision = { allowed: true } | { allowed: false; scope: "address" | "account"; retryAfter: number };

export async function isKnownAddress(userId: string, address: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * DAY_MS);
  return (await db.twoFactorAddress.count({ where: { userId, address, lastUsedAt: { gte: since } } })) > 0;
}

const hit = (key: string, limit: Limit) => hitRateLimit(key, limit.max, limit.window * 1000);

/**
 * Counts one code attempt of `userId` from `address`, before the code is checked, so simultaneous attempts cannot
 * slip past the limits. Refused attempts are counted too (an address that keeps trying stays held back).
 */
export async function reserveCodeAttempt(attempt: { userId: string; address: string; kind: CodeKind }): Promise<AttemptDecision> {
  for (const budget of ["quarter", "day"] as const) {
    const perAddress = await hit(addressKey(attempt.userId, attempt.address, budget), ADDRESS_LIMITS[budget]);
    if (!perAddress.allowed) return { allowed: false, scope: "address", retryAfter: perAddress.retryAfterSeconds };
  }
  if (attempt.kind === "backup-code" || (await isKnownAddress(attempt.userId, attempt.address))) return { allowed: true };
  for (const budget of ["hour", "day"] as const) {
    const perAccount = await hit(accountKey(attempt.userId, budget), ACCOUNT_LIMITS[budget]);
    if (!perAccount.allowed) return { allowed: false, scope: "account", retryAfter: perAccount.retryAfterSeconds };
  }
  return { allowed: true };
}

/**
 * After a correct second factor: the address's quarter-hour starts afresh and the address is known for
 * KNOWN_ADDRESS_DAYS days. The daily counts are left as they are (they bound the guesses).
 */
export async function recordSecondFactorSuccess(userId: string, address: string, now = new Date()): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: addressKey(userId, address, "quarter") } });
  await db.twoFactorAddress.upsert({
    where: { userId_address: { userId, address } },
    create: { userId, address, lastUsedAt: now },
    update: { lastUsedAt: now },
  });
  await db.twoFactorAddress.deleteMany({ where: { userId, lastUsedAt: { lt: new Date(now.getTime() - KNOWN_ADDRESS_DAYS * DAY_MS) } } });
}

/** The sentence for a refused attempt (the sign-in form shows it as it is). */
export function throttledMessage(decision: Extract<AttemptDecision, { allowed: false }>): string {
  const minutes = Math.max(1, Math.ceil(decision.retryAfter / 60));
  const hours = Math.ceil(minutes / 60);
  const wait = minutes < 120 ? `${minutes} minute${minutes === 1 ? "" : "s"}` : `${hours} hours`;
  return decision.scope === "address"
    ? `Too many wrong codes from this network. Try again in ${wait}.`
    : `Too many wrong codes have been tried for this account. Try again in ${wait}, sign in from a device you have used before, or use a backup code.`;
}
