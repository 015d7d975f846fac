import { NextResponse } from "next/server";
import { loadRespondent, type RespondentContext } from "@/lib/data/respondent";
import { isSameOrigin } from "@/lib/security/same-origin";
import { currentInviteToken } from "./session";

/**
 * The answer to a respondent page's plain form post (and to opening an invite link): 303 See Other, so the browser follows with a GET and
 * reloading the next page never re-posts. `path` is always one of this app's own respondent addresses.
 */
export function seeOther(path: string, headers: Record<string, string> = {}) {
  // a relative Location (RFC 9110): request.url names the host Next listens on, which may not be the one the
  // browser used (127.0.0.1 vs localhost, or a proxy's public name), and the invite cookie belongs to the latter
  return new NextResponse(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store", ...headers } });
}

/**
 * The checks every respondent form post starts with: same origin, an invite cookie, a link that still works.
 * Either the respondent, or the response to send instead (403, or the page that explains the link's problem).
 */
export async function formRespondent(request: Request): Promise<{ refused: Response } | { token: string; context: RespondentContext }> {
  if (!isSameOrigin(request)) {
    return { refused: new Response("Cross-origin requests are not allowed", { status: 403, headers: { "Cache-Control": "no-store" } }) };
  }
  const token = await currentInviteToken();
  if (!token) return { refused: seeOther("/respond/link-problem?reason=missing") };
  const { context, problem } = await loadRespondent(token);
  if (!context) return { refused: seeOther(`/respond/link-problem?reason=${problem}`) };
  return { token, context };
}
