import "@/lib/server-only-guard";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GetServerSidePropsResult } from "next";
import type { RespondentContext } from "@/lib/data/respondent";
import { isDatabaseUnavailable, logUnavailable, UNAVAILABLE_RETRY_AFTER_S } from "@/lib/db/unavailable";
import { clearInviteCookieHeader, inviteCookieHeader } from "./cookie";
import { linkProblemPath } from "./link-state";
import { inviteTokenOf, resolveRespondent } from "./resolve";
import type { UnavailableProps } from "./unavailable-props";

type Request = IncomingMessage & { cookies: Partial<Record<string, string>> };
/** What a respondent page makes of the respondent: its props, or where to send them instead. */
export type PageOutcome<P> = { props: P } | { redirect: string } | { notFound: true };

/** Every respondent page's answer is personal: never kept by a shared cache or shown from another's history. */
export function personalPage(res: ServerResponse) {
  res.setHeader("Cache-Control", "private, no-store");
}

function toPageResult<P extends Record<string, unknown>>(outcome: PageOutcome<P>): GetServerSidePropsResult<P> {
  if ("redirect" in outcome) return { redirect: { destination: outcome.redirect, permanent: false } };
  if ("notFound" in outcome) return { notFound: true };
  return { props: outcome.props };
}

/**
 * The server side of a respondent page (Pages Router): resolveRespondent() must find a live response (else the
 * page that explains the problem), then the page's own checks. While the database cannot be reached (PostgreSQL
 * restarting, lib/db/unavailable.ts), the answer is a 503 with Retry-After and a page that says so and that the
 * answers on the device are kept, as the autosave's 503 does, instead of the generic error page's 500.
 */
export async function respondentPage<P extends Record<string, unknown>>(
  req: Request,
  res: ServerResponse,
  build: (respondent: RespondentContext) => PageOutcome<P> | Promise<PageOutcome<P>>,
): Promise<GetServerSidePropsResult<P | UnavailableProps>> {
  personalPage(res);
  try {
    const resolved = await resolveRespondent(req, "read");
    if (!resolved.ok) {
      // a link that can no longer be used (withdrawn, expired, closed, unknown): its cookie goes too
      if (resolved.refusal.problem !== "missing") res.setHeader("Set-Cookie", clearInviteCookieHeader());
      return toPageResult<P>({ redirect: linkProblemPath(resolved.refusal.problem) });
    }
    // every page renews the cookie: it ends after 30 days without use, or at the wave's close date
    const token = inviteTokenOf(req);
    if (token) res.setHeader("Set-Cookie", inviteCookieHeader(token, resolved.respondent.closesAt));
    return toPageResult(await build(resolved.respondent));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    logUnavailable(error);
    res.statusCode = 503;
    res.setHeader("Retry-After", String(UNAVAILABLE_RETRY_AFTER_S));
    return { props: { unavailable: true } };
  }
}
