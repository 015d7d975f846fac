import "@/lib/server-only-guard";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GetServerSidePropsResult } from "next";
import type { RespondentContext } from "@/lib/data/respondent";
import { linkProblemPath } from "./link-state";
import { resolveRespondent } from "./resolve";

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
 * page that explains the problem), then the page's own checks.
 */
export async function respondentPage<P extends Record<string, unknown>>(
  req: Request,
  res: ServerResponse,
  build: (respondent: RespondentContext) => PageOutcome<P> | Promise<PageOutcome<P>>,
): Promise<GetServerSidePropsResult<P>> {
  personalPage(res);
  const resolved = await resolveRespondent(req, "read");
  if (!resolved.ok) return toPageResult<P>({ redirect: linkProblemPath(resolved.refusal.problem) });
  return toPageResult(await build(resolved.respondent));
}
