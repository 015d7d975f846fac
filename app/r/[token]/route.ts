import { clientAddress, hitRateLimit } from "@/lib/data/rate-limit";
import { route } from "@/lib/http/route";
import { inviteCookie } from "@/lib/respondent/cookie";
import { seeOther } from "@/lib/respondent/form-response";
import { linkProblemPath } from "@/lib/respondent/link-state";
import { resolveRespondent } from "@/lib/respondent/resolve";

export const dynamic = "force-dynamic";

/** Bad tokens allowed per client address and window before the client is refused (429). */
const BAD_TOKEN_LIMIT = 20;
const WINDOW_MS = 15 * 60 * 1000;

const NO_REFERRER = { "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" };

/** A relative redirect: the browser stays on the host it used, so the cookie set here is sent back. */
function redirectTo(path: string) {
  return seeOther(path, { "Referrer-Policy": "no-referrer" });
}

/** A page, not route()'s JSON: the person who clicked a link in an e-mail reads this answer in the browser. */
function tooManyAttempts(retryAfterSeconds: number) {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Too many attempts · Bridge</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#14213d"><main><h1>Too many attempts</h1><p>Too many invitation links that do not exist were opened from your network. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try your link again, or ask your facilitator for a new one.</p></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(retryAfterSeconds), ...NO_REFERRER },
  });
}

/**
 * Opening an invite link: the token moves into an HttpOnly cookie and the browser is redirected to a URL
 * without it, so it never lingers in history, logs or Referer headers.
 */
export const GET = route({ guard: "public" }, async ({ request, params }) => {
  const token = params.token ?? "";
  const key = `invite-token:${clientAddress(request.headers)}`;
  const gate = await hitRateLimit(key, BAD_TOKEN_LIMIT, WINDOW_MS, { peek: true });
  if (!gate.allowed) return tooManyAttempts(gate.retryAfterSeconds);

  // the link's own token, not the cookie's: resolveRespondent with the token of the path
  const resolved = await resolveRespondent(request, "read", { token });
  if (!resolved.ok) {
    if (resolved.refusal.problem === "unknown" || resolved.refusal.problem === "missing") {
      const hit = await hitRateLimit(key, BAD_TOKEN_LIMIT, WINDOW_MS);
      if (!hit.allowed) return tooManyAttempts(hit.retryAfterSeconds);
    }
    return redirectTo(linkProblemPath(resolved.refusal.problem));
  }
  const response = redirectTo(resolved.respondent.status === "submitted" ? linkProblemPath("submitted") : "/respond");
  response.cookies.set(inviteCookie(token, resolved.respondent.closesAt));
  return response;
});
