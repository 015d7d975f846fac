import "@/lib/server-only-guard";
import type { IncomingMessage, ServerResponse } from "node:http";
import { loadRespondent } from "@/lib/data/respondent";
import { islandScript } from "@/lib/islands/manifest";
import { INVITE_COOKIE } from "./cookie";
import { sectionPage, type SectionPageData } from "./section-page";

type PageResult =
  | { props: { page: SectionPageData; islandSrc: string } }
  | { redirect: { destination: string; permanent: false } }
  | { notFound: true };

/**
 * The questionnaire section page's server side (Pages Router): the same checks as requireRespondent for the
 * App Router pages: the cookie names a live response, consent is given, the response is not submitted.
 */
export async function respondentPage(req: IncomingMessage & { cookies: Partial<Record<string, string>> }, res: ServerResponse, sectionId: string): Promise<PageResult> {
  // answers are personal: never stored by a shared cache or the browser's back-forward cache of another user
  res.setHeader("Cache-Control", "private, no-store");
  const token = req.cookies[INVITE_COOKIE];
  if (!token) return { redirect: { destination: "/respond/link-problem?reason=missing", permanent: false } };
  const { context, problem } = await loadRespondent(token);
  if (!context) return { redirect: { destination: `/respond/link-problem?reason=${problem}`, permanent: false } };
  const result = sectionPage(context, sectionId);
  if ("redirect" in result) return { redirect: { destination: result.redirect, permanent: false } };
  if ("notFound" in result) return { notFound: true };
  return { props: { page: result.page, islandSrc: islandScript("questionnaire") } };
}
