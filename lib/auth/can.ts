// What an actor may do, by role. Pure: no session, no database. Data scoping (which organizations a
// facilitator sees) lives in lib/data/access.ts; this answers the yes/no questions pages ask before showing a
// link or running an action.
import type { Actor } from "@/lib/auth/actor";
import { mustEnrolTwoFactor } from "@/lib/auth/two-factor-rule";
import { ActionError } from "@/lib/actions/action-error";

export const ACTIONS = [
  // everyone signed in
  "organizations:create",
  "assessments:create",
  "account:manage-own",
  // admins (with two-factor on)
  "admin:access",
  "organizations:see-all",
  "users:manage",
  "users:create",
  "audit:read",
  "benchmarks:manage",
  "panel:read",
] as const;
export type Action = (typeof ACTIONS)[number];

const ADMIN_ONLY: ReadonlySet<Action> = new Set(["admin:access", "organizations:see-all", "users:manage", "users:create", "audit:read", "benchmarks:manage", "panel:read"]);

/**
 * True when `actor` may perform `action`. Admin actions also need two-factor authentication: an admin who has
 * not enrolled yet may only manage their own account.
 */
export function can(actor: Pick<Actor, "role" | "twoFactorEnabled"> | null | undefined, action: Action): boolean {
  if (!actor) return false;
  if (mustEnrolTwoFactor(actor)) return action === "account:manage-own";
  if (ADMIN_ONLY.has(action)) return actor.role === "admin";
  return actor.role === "admin" || actor.role === "facilitator";
}

/**
 * For data functions: refuses an actor who may not perform `action`, as "Not found" (the same answer as for
 * something that does not exist, so nothing reveals what does).
 */
export function requireCan(actor: Pick<Actor, "role" | "twoFactorEnabled"> | null | undefined, action: Action): void {
  if (!can(actor, action)) throw new ActionError("Not found");
}
