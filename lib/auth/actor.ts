import type { Role } from "@/lib/domain";

/**
 * The signed-in facilitator or admin, as every guard returns it. Data functions take an Actor and scope their
 * queries to it (see lib/data/access.ts); they never read the session themselves.
 *
 * Guards (lib/auth/guards.ts):
 *   getActor(): Promise<Actor | null>                     the session's actor, or null
 *   requireActor(): Promise<Actor>                        pages and server actions; redirects to /signin
 *   requireAdmin(): Promise<Actor>                        admin pages; not-found for others
 *   actorFromRequest(request: Request): Promise<Actor | null>   route handlers, through route() (lib/http/route.ts)
 * An admin without two-factor (mustEnrolTwoFactor, lib/auth/two-factor-rule.ts) is sent to /account/security by
 * requireActor/requireAdmin until enrolled; route() answers such an admin 404, can() allows them only their account.
 */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  twoFactorEnabled: boolean;
}
