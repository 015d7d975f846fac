// The sign-in audit: a better-auth plugin that writes "auth.sign-in", "auth.sign-in-failed" and "auth.sign-out"
// rows (see the comment on signInAudit). Registered in lib/auth/server.ts right after the two-factor plugin.
import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { createAuthMiddleware, getIP, getSessionFromCtx, isAPIError } from "better-auth/api";
import { db } from "@/lib/db/client";

/** What a failed sign-in may record as the e-mail typed (anything else, such as a password, is dropped). */
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The endpoints that complete a sign-in, and how the user proved who they are. */
const SIGN_IN_METHODS = new Map([
  ["/sign-in/email", "password"],
  ["/two-factor/verify-totp", "password+totp"],
  ["/two-factor/verify-backup-code", "password+backup-code"],
]);
/** The entry of a sign-out in progress, by its request: written once the sign-out has succeeded. */
const signingOut = new WeakMap<object, Parameters<typeof writeAuthAudit>[0]>();
const cut = (value: unknown, max: number) => (typeof value === "string" && value ? value.slice(0, max) : null);

async function writeAuthAudit(data: { actorId: string | null; action: string; detail: Record<string, string | null> }) {
  try {
    await db.auditLog.create({ data: { ...data, targetType: data.actorId ? "user" : null, targetId: data.actorId } });
  } catch (error) {
    // an audit write that fails must not turn a completed sign-in into an error the user cannot act on
    console.error(`[audit] ${data.action} not recorded: ${(error as Error).message}`);
  }
}

/**
 * Audit entries for signing in and out: "auth.sign-in" (exactly one per completed sign-in, with the method),
 * "auth.sign-in-failed" (the typed e-mail and better-auth's error code; never a password or a code) and
 * "auth.sign-out". A plugin rather than `hooks.after`, because better-auth runs the top-level after-hook
 * before the plugins' ones: at /sign-in/email it would still see the session that the two-factor plugin is
 * about to delete in favour of a code step. Listed after twoFactor(), this hook sees `newSession` only when
 * the sign-in really finished (at /sign-in/email without two-factor or on a trusted device, else at the
 * verify-totp / verify-backup-code step). Requests refused by the rate limit never reach an endpoint and are
 * not logged.
 */
export function signInAudit() {
  return {
    id: "bridge-sign-in-audit",
    hooks: {
      before: [
        {
          // the session is gone once signed out: read it here, write the entry after, only if the sign-out worked
          matcher: (ctx) => ctx.path === "/sign-out",
          handler: createAuthMiddleware(async (ctx) => {
            const session = await getSessionFromCtx(ctx).catch(() => null);
            const request = ctx.request ?? ctx.headers;
            if (!session || !request) return;
            signingOut.set(request, {
              actorId: session.user.id,
              action: "auth.sign-out",
              detail: { ip: session.session.ipAddress ?? null, userAgent: cut(session.session.userAgent, 300) },
            });
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === "/sign-out",
          handler: createAuthMiddleware(async (ctx) => {
            const request = ctx.request ?? ctx.headers;
            const entry = request ? signingOut.get(request) : undefined;
            if (!entry) return;
            signingOut.delete(request!);
            if (!isAPIError(ctx.context.returned)) await writeAuthAudit(entry); // a refused sign-out (bad body) signed no one out
          }),
        },
        {
          matcher: (ctx) => SIGN_IN_METHODS.has(ctx.path ?? ""),
          handler: createAuthMiddleware(async (ctx) => {
            const method = SIGN_IN_METHODS.get(ctx.path)!;
            const isCodeStep = ctx.path !== "/sign-in/email";
            // the code step of a sign-in carries the two-factor cookie; without it, a signed-in user is confirming
            // enrolment (which also issues a new session): not a sign-in
            const pending = isCodeStep ? await ctx.getSignedCookie(ctx.context.createAuthCookie("two_factor").name, ctx.context.secret) : null;
            if (isCodeStep && !pending) return;
            const created = ctx.context.newSession;
            if (created) {
              const trusted = ctx.path === "/sign-in/email" && created.user.twoFactorEnabled; // skipped the code on a trusted device
              await writeAuthAudit({
                actorId: created.user.id,
                action: "auth.sign-in",
                detail: {
                  ip: created.session.ipAddress ?? null,
                  userAgent: cut(created.session.userAgent, 300),
                  method: trusted ? "password+trusted-device" : method,
                },
              });
              return;
            }
            const returned = ctx.context.returned;
            if (!isAPIError(returned)) return; // a code is still due, or a signed-in user confirming two-factor enrolment
            const headers = ctx.request ?? ctx.headers;
            const ip = headers ? getIP(headers, ctx.context.options) : null;
            const userAgent = cut(ctx.request?.headers.get("user-agent") ?? ctx.headers?.get("user-agent"), 300);
            const reason = String((returned.body as { code?: unknown } | undefined)?.code ?? returned.status);
            let userId: string | null = null;
            let email: string | null = null;
            try {
              if (ctx.path === "/sign-in/email") {
                // only something shaped like an e-mail is kept: a password typed into the wrong field must not be logged
                const typed = typeof ctx.body?.email === "string" ? ctx.body.email.trim().toLowerCase() : "";
                email = typed.length <= 254 && LOOKS_LIKE_EMAIL.test(typed) ? typed : null;
                if (email) userId = (await db.user.findUnique({ where: { email }, select: { id: true } }))?.id ?? null;
              } else if (pending) {
                // the two-factor cookie names the pending sign-in (gone after too many wrong codes: user unknown)
                const verification = await ctx.context.internalAdapter.findVerificationValue(pending).catch(() => null);
                const user = verification ? await db.user.findUnique({ where: { id: verification.value }, select: { id: true, email: true } }) : null;
                userId = user?.id ?? null;
                email = user?.email ?? null;
              }
            } catch {
              // the audit entry is still written, without the user; a failed lookup never turns a 401 into a 500
            }
            await writeAuthAudit({ actorId: userId, action: "auth.sign-in-failed", detail: { email, reason, method, ip, userAgent } });
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
