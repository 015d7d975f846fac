// route()'s "actor" and "admin" guards (lib/http/route.ts loads this file only for routes that use them, so the
// respondent routes, which the production server also runs without Next: decision 48, never load better-auth).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/can";
import { actorFromRequest } from "@/lib/auth/guards";
import { mustEnrolTwoFactor } from "@/lib/auth/two-factor-rule";
import { AppError } from "@/lib/errors/app-error";

/**
 * The signed-in actor (401 otherwise); with `admin`, only an admin (404 for everyone else signed in, so the route
 * does not reveal itself). An admin without two-factor authentication passes neither (404, as can() answers no).
 */
export async function guardActor(request: Request, admin: boolean): Promise<Actor> {
  const actor = await actorFromRequest(request);
  if (!actor) throw new AppError("unauthenticated", "Sign in first");
  if (mustEnrolTwoFactor(actor) || (admin && !can(actor, "admin:access"))) throw new AppError("not-found", "Not found");
  return actor;
}
