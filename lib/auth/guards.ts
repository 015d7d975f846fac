// The guards every facilitator and admin page, server action and route handler starts with (see actor.ts).
// Each call reads the session from the database (better-auth's cookie cache is off), so a signed-out, banned
// or disabled user, or a session revoked by a password change, is refused on the very next request.
import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { PATH_HEADER } from "@/lib/auth/path-header";
import { getAuth, type AuthSession } from "@/lib/auth/server";
import { mustEnrolTwoFactor, TWO_FACTOR_ENROLMENT_PATH } from "@/lib/auth/two-factor-rule";
import { safeNextPath } from "@/lib/validation/auth";

export interface GuardOptions {
  /** Where to return after signing in; defaults to the requested page (from proxy.ts), else /app. */
  next?: string;
  /** Only for /account/security: let an admin without two-factor in, so they can enrol. */
  allowWithoutTwoFactor?: boolean;
}

type SessionUser = AuthSession["user"] & { disabledAt?: Date | null };

/** The actor of a better-auth session, or null when the account is banned, disabled or has an unknown role. */
export function actorFromSession(session: { user: SessionUser } | null, now = new Date()): Actor | null {
  if (!session) return null;
  const { user } = session;
  if (user.disabledAt) return null;
  if (user.banned && (!user.banExpires || new Date(user.banExpires) > now)) return null;
  const role = user.role === "admin" ? "admin" : user.role === "facilitator" ? "facilitator" : null;
  if (!role) return null;
  return { id: user.id, email: user.email, name: user.name, role, twoFactorEnabled: Boolean(user.twoFactorEnabled) };
}

async function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  return actorFromSession(session as { user: SessionUser } | null);
}

/** The signed-in actor of this request, or null. Deduplicated within one render (layout + page). */
export const getActor = cache(async (): Promise<Actor | null> => actorFromHeaders(await headers()));

/** For route handlers (through route() in lib/http/route.ts): the actor of this request, or null. */
export async function actorFromRequest(request: Request): Promise<Actor | null> {
  return actorFromHeaders(request.headers);
}

/** The sign-in page address that returns to `next` (a same-site path) afterwards. */
export function signInPath(next?: string | null): string {
  const target = safeNextPath(next);
  return target === "/app" && !next ? "/signin" : `/signin?next=${encodeURIComponent(target)}`;
}

async function signInRedirect(next: string | undefined): Promise<never> {
  const requested = next ?? (await headers()).get(PATH_HEADER) ?? undefined;
  redirect(signInPath(requested ?? "/app"));
}

/**
 * Pages and server actions: the signed-in actor. Signed out → redirect to /signin?next=…; an admin without
 * two-factor → redirect to /account/security (unless `allowWithoutTwoFactor`).
 */
export async function requireActor(options: GuardOptions = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) return signInRedirect(options.next);
  if (mustEnrolTwoFactor(actor) && !options.allowWithoutTwoFactor) redirect(TWO_FACTOR_ENROLMENT_PATH);
  return actor;
}

/** Admin pages and actions: as requireActor, and anyone who is not an admin gets the not-found page. */
export async function requireAdmin(options: GuardOptions = {}): Promise<Actor> {
  const actor = await requireActor(options);
  if (actor.role !== "admin") notFound();
  return actor;
}
