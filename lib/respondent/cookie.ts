import { env } from "@/lib/env";

/** The respondent's invite token lives only in this HttpOnly cookie once the link has been opened. */
export const INVITE_COOKIE = "bridge_invite";
const MAX_AGE_SECONDS = 60 * 60 * 24 * 90;

export function inviteCookie(token: string) {
  return {
    name: INVITE_COOKIE,
    value: token,
    httpOnly: true,
    sameSite: "lax" as const,
    secure: env().BRIDGE_URL.startsWith("https://"),
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  };
}
