import { isHttpsOrigin } from "@/lib/env";

/** The respondent's invite token lives only in this HttpOnly cookie once the link has been opened (its name on http). */
export const INVITE_COOKIE = "bridge_invite";
/**
 * Its name when BRIDGE_URL is https: a `__Host-` cookie is accepted by the browser only with Secure, Path=/ and no
 * Domain, so a sibling subdomain or a plain-http response cannot plant another respondent's token (decision 44).
 */
export const INVITE_COOKIE_HTTPS = "__Host-bridge_invite";

/** The invite cookie's name for this deployment's scheme. */
export function inviteCookieName(isHttps: boolean = isHttpsOrigin()): string {
  return isHttps ? INVITE_COOKIE_HTTPS : INVITE_COOKIE;
}

/** The cookie ends after this long without use (every respondent page renews it), or at the wave's close date. */
export const INVITE_IDLE_SECONDS = 60 * 60 * 24 * 30;

/** Seconds the cookie lives from `now`: 30 days of no use, or until the wave's close date when that comes first. */
export function inviteCookieMaxAge(closesAt: Date | null, now: Date = new Date()): number {
  const untilClose = closesAt ? Math.floor((closesAt.getTime() - now.getTime()) / 1000) : Infinity;
  // a close date already passed: the pages say the assessment is closed, so the cookie stays to let them say so
  return untilClose > 0 ? Math.min(INVITE_IDLE_SECONDS, untilClose) : INVITE_IDLE_SECONDS;
}

export function inviteCookie(token: string, closesAt: Date | null = null, now: Date = new Date()) {
  const isHttps = isHttpsOrigin();
  return {
    name: inviteCookieName(isHttps),
    value: token,
    httpOnly: true,
    sameSite: "lax" as const,
    secure: isHttps,
    path: "/",
    maxAge: inviteCookieMaxAge(closesAt, now),
  };
}

/** The same cookie as a Set-Cookie header value (Pages Router responses); the token is URL-safe base64. */
export function inviteCookieHeader(token: string, closesAt: Date | null = null, now: Date = new Date()): string {
  const c = inviteCookie(token, closesAt, now);
  return `${c.name}=${encodeURIComponent(c.value)}; Path=${c.path}; Max-Age=${c.maxAge}; HttpOnly; SameSite=Lax${c.secure ? "; Secure" : ""}`;
}

/** Removes the cookie (a link that can no longer be used). */
export function clearInviteCookieHeader(): string {
  const isHttps = isHttpsOrigin();
  return `${inviteCookieName(isHttps)}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${isHttps ? "; Secure" : ""}`;
}
