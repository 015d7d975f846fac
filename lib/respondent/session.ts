import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { loadRespondent, type RespondentContext } from "@/lib/data/respondent";

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

export async function currentInviteToken(): Promise<string | null> {
  return (await cookies()).get(INVITE_COOKIE)?.value ?? null;
}

/** For respondent pages: the response the cookie names, or a redirect to a page that explains the problem. */
export async function requireRespondent(): Promise<RespondentContext & { token: string }> {
  const token = await currentInviteToken();
  if (!token) redirect("/respond/link-problem?reason=missing");
  const { context, problem } = await loadRespondent(token);
  if (!context) redirect(`/respond/link-problem?reason=${problem}`);
  return { ...context, token };
}
