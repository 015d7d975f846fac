import { NextResponse } from "next/server";

/**
 * The answer to a respondent page's plain form post (and to opening an invite link): 303 See Other, so the browser follows with a GET and
 * reloading the next page never re-posts. `path` is always one of this app's own respondent addresses.
 */
export function seeOther(path: string, headers: Record<string, string> = {}) {
  // a relative Location (RFC 9110): request.url names the host Next listens on, which may not be the one the
  // browser used (127.0.0.1 vs localhost, or a proxy's public name), and the invite cookie belongs to the latter
  return new NextResponse(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store", ...headers } });
}
