import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { INVITE_COOKIE } from "./cookie";
import { loadRespondent, type RespondentContext } from "@/lib/data/respondent";

export { INVITE_COOKIE, inviteCookie } from "./cookie";

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
