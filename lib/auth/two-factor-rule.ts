// The admin two-factor rule, written once. Pure (no session, no database): the guards (pages and actions),
// can() (the yes/no questions), route() (route handlers) and better-auth's own endpoints (lib/auth/server.ts)
// all ask this function.

/** Where an admin without two-factor authentication is sent until enrolled. */
export const TWO_FACTOR_ENROLMENT_PATH = "/account/security";

/**
 * True when the account must turn on two-factor authentication before it may do anything but manage its own
 * account: an admin without it. Facilitators may use two-factor but are never held back without it.
 */
export function mustEnrolTwoFactor(user: { role?: string | null; twoFactorEnabled?: boolean | null } | null | undefined): boolean {
  return user?.role === "admin" && !user.twoFactorEnabled;
}
