import type { Role } from "@/lib/domain";

/**
 * The signed-in facilitator or admin, as every guard returns it. Data functions take an Actor and scope their
 * queries to it (see lib/data/access.ts); they never read the session themselves.
 *
 * Guards (lib/auth/guards.ts):
 *   getActor(): Promise<Actor | null>                     the session's actor, or null
 *   requireActor(): Promise<Actor>                        pages and server actions; redirects to /signin
 *   requireAdmin(): Promise<Actor>                        admin pages; not-found for others
 *   actorFromRequest(request: Request): Promise<Actor | null>   route handlers (answer 401/404 themselves)
 * An admin without two-factor is sent to /account/security by requireActor/requireAdmin until enrolled.
 */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  twoFactorEnabled: boolean;
}
