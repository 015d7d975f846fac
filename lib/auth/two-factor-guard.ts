// The two-factor rules better-auth does not have (decision 45), as a better-auth plugin registered right after
// twoFactor() in lib/auth/server.ts:
//   - each TOTP code is accepted once, at enrolment and at sign-in (lib/auth/totp-replay.ts): a code whose step
//     is not later than the last accepted one is refused with 401 TOTP_REUSED;
//   - at the code step of a sign-in, attempts are limited per account and address and, for 6-digit codes from
//     unknown addresses, per account (lib/auth/two-factor-throttle.ts): 429 TWO_FACTOR_THROTTLED, never a lock
//     that reaches the owner's known devices or backup codes.
// Both checks run before better-auth looks at the code, so a request they refuse never reaches it.
import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, getIP, getSessionFromCtx, isAPIError } from "better-auth/api";
import { symmetricDecrypt } from "better-auth/crypto";
import { matchingTotpStep, totpKeyFromSecret } from "@/lib/auth/totp-step";
import { claimTotpStep, forgetTotpStepOfUnconfirmedSecret } from "@/lib/auth/totp-replay";
import { type CodeKind, recordSecondFactorSuccess, reserveCodeAttempt, throttledMessage } from "@/lib/auth/two-factor-throttle";
import { db } from "@/lib/db/client";

/** The endpoints that accept a second-factor code, and the kind of code each takes. */
export const CODE_PATHS = new Map<string, CodeKind>([
  ["/two-factor/verify-totp", "totp"],
  ["/two-factor/verify-otp", "otp"],
  ["/two-factor/verify-backup-code", "backup-code"],
]);
/** better-auth's attempts per sign-in challenge (verifyTwoFactor's beginAttempt(5)); a used-up challenge is refused anyway. */
const CHALLENGE_ATTEMPTS = 5;

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** Whose code this is: a signed-in user (enrolment), or the pending sign-in named by the two-factor cookie. */
async function codeOwner(ctx: HookContext): Promise<{ userId: string; challenge: string | null } | null> {
  // better-auth's verifyTwoFactor prefers a session over the two-factor cookie; so does this
  const session = await getSessionFromCtx(ctx).catch(() => null);
  if (session) return { userId: session.user.id, challenge: null };
  const challenge = await ctx.getSignedCookie(ctx.context.createAuthCookie("two_factor").name, ctx.context.secret);
  if (!challenge) return null;
  const pending = await ctx.context.internalAdapter.findVerificationValue(challenge).catch(() => null);
  return pending ? { userId: pending.value, challenge } : null;
}

/** The client address as better-auth's rate limit sees it (X-Forwarded-For as scripts/serve.ts set it; IPv6 by /64). */
function clientAddress(ctx: HookContext): string {
  const source = ctx.request ?? ctx.headers;
  return (source ? getIP(source, ctx.context.options) : null) ?? "unknown";
}

/** The step of a correct TOTP code for this user, or null (wrong code, no secret): better-auth then answers as usual. */
async function stepOfCode(ctx: HookContext, userId: string, code: unknown): Promise<number | null> {
  if (typeof code !== "string") return null;
  const row = await db.twoFactor.findFirst({ where: { userId }, select: { secret: true } });
  if (!row) return null;
  try {
    const secret = await symmetricDecrypt({ key: ctx.context.secretConfig, data: row.secret });
    return matchingTotpStep(totpKeyFromSecret(secret), code, Date.now());
  } catch {
    return null;
  }
}

/** True when better-auth will refuse this challenge whatever the code (its attempts are used up or it expired). */
async function challengeUsedUp(ctx: HookContext, challenge: string): Promise<boolean> {
  const attempts = await ctx.context.internalAdapter.findVerificationValue(`2fa-attempts-${challenge}`).catch(() => null);
  return !attempts || !(Number(attempts.value) < CHALLENGE_ATTEMPTS);
}

/** A refused reuse at sign-in is a failed sign-in in the audit log, like a wrong code (lib/auth/sign-in-audit.ts). */
async function auditReuse(ctx: HookContext, userId: string, address: string) {
  try {
    const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
    const userAgent = (ctx.request?.headers.get("user-agent") ?? ctx.headers?.get("user-agent") ?? "").slice(0, 300) || null;
    await db.auditLog.create({
      data: {
        actorId: userId,
        action: "auth.sign-in-failed",
        targetType: "user",
        targetId: userId,
        detail: { email: user?.email ?? null, reason: "TOTP_REUSED", method: "password+totp", ip: address, userAgent },
      },
    });
  } catch (error) {
    console.error(`[audit] auth.sign-in-failed not recorded: ${(error as Error).message}`);
  }
}

export function twoFactorGuard() {
  return {
    id: "bridge-two-factor-guard",
    hooks: {
      before: [
        {
          matcher: (ctx) => CODE_PATHS.has(ctx.path ?? ""),
          handler: createAuthMiddleware(async (ctx) => {
            const owner = await codeOwner(ctx);
            if (!owner) return; // no session and no pending sign-in: better-auth refuses it
            const kind = CODE_PATHS.get(ctx.path)!;
            const address = clientAddress(ctx);
            if (owner.challenge) {
              const decision = await reserveCodeAttempt({ userId: owner.userId, address, kind });
              if (!decision.allowed) {
                throw new APIError(
                  "TOO_MANY_REQUESTS",
                  { message: throttledMessage(decision), code: "TWO_FACTOR_THROTTLED" },
                  { "X-Retry-After": String(decision.retryAfter) },
                );
              }
            }
            if (kind !== "totp") return;
            const step = await stepOfCode(ctx, owner.userId, ctx.body?.code);
            if (step === null) return; // a wrong code: better-auth refuses it and counts it on the challenge
            if (owner.challenge && (await challengeUsedUp(ctx, owner.challenge))) return; // refused anyway: keep the code
            if (await claimTotpStep(db, owner.userId, step)) return; // this request has the code; better-auth checks it again
            if (owner.challenge) await auditReuse(ctx, owner.userId, address);
            throw new APIError("UNAUTHORIZED", {
              message: "That code has been used already. Wait for the next code in your authenticator app.",
              code: "TOTP_REUSED",
            });
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => CODE_PATHS.has(ctx.path ?? "") || ctx.path === "/two-factor/enable",
          handler: createAuthMiddleware(async (ctx) => {
            if (isAPIError(ctx.context.returned)) return;
            try {
              const userId = ctx.context.newSession?.user.id ?? (await getSessionFromCtx(ctx).catch(() => null))?.user.id;
              if (!userId) return;
              if (ctx.path === "/two-factor/enable") await forgetTotpStepOfUnconfirmedSecret(db, userId);
              else await recordSecondFactorSuccess(userId, clientAddress(ctx));
            } catch (error) {
              // the sign-in stands; the address is just not remembered this time
              console.error(`[two-factor] success not recorded: ${(error as Error).message}`);
            }
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
