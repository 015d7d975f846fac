// The one way a request finds its respondent: read the invite cookie (or the token of the link being opened),
// load the response once, and apply the link rules (lib/respondent/link-state.ts). Every respondent page
// (through page-request.ts), every /api/respond route (through route() in lib/http/route.ts) and /r/<token> use it.
import "@/lib/server-only-guard";
import type { IncomingMessage } from "node:http";
import { loadRespondent, loadWriter, type RespondentContext, type RespondentWriter } from "@/lib/data/respondent";
import { inviteCookieName } from "./cookie";
import { linkRefusal, type LinkMode, type LinkRefusal } from "./link-state";

/** An App Router request (the Cookie header), or a Pages Router request (Next has parsed its cookies). */
export type RespondentRequest = Request | (IncomingMessage & { cookies: Partial<Record<string, string>> });

export type ResolvedRespondent<M extends LinkMode> = M extends "write" ? RespondentWriter : RespondentContext;

export type RespondentResolution<M extends LinkMode> =
  | { ok: true; token: string; respondent: ResolvedRespondent<M> }
  | { ok: false; refusal: LinkRefusal };

function isFetchRequest(request: RespondentRequest): request is Request {
  return typeof (request.headers as Headers).get === "function";
}

/** The invite token of this request's cookie, or null. */
export function inviteTokenOf(request: RespondentRequest): string | null {
  const name = inviteCookieName();
  if (!isFetchRequest(request)) return request.cookies[name] || null;
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) {
      const value = part.slice(at + 1).trim();
      try {
        return decodeURIComponent(value) || null;
      } catch {
        return value || null;
      }
    }
  }
  return null;
}

/**
 * The respondent of this request for `mode` ("read": pages, consent, submit; "write": autosave), or why not.
 * `options.token`: the token of the link being opened (/r/<token>) instead of the cookie's.
 */
export async function resolveRespondent<M extends LinkMode>(request: RespondentRequest, mode: M, options: { token?: string } = {}): Promise<RespondentResolution<M>> {
  const token = options.token ?? inviteTokenOf(request);
  if (!token) return { ok: false, refusal: linkRefusal("missing") };
  if (mode === "write") {
    const { writer, problem } = await loadWriter(token);
    if (!writer) return { ok: false, refusal: linkRefusal(problem) };
    return { ok: true, token, respondent: writer as ResolvedRespondent<M> };
  }
  const { context, problem } = await loadRespondent(token);
  if (!context) return { ok: false, refusal: linkRefusal(problem) };
  return { ok: true, token, respondent: context as ResolvedRespondent<M> };
}
