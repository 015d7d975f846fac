// Whether an invitation link may be used, written once. Pure: the data layer reads the facts (one row per
// token) and asks linkProblem(); resolveRespondent() (lib/respondent/resolve.ts) turns a problem into a typed
// refusal; the pages show /respond/link-problem?reason=<problem>, the autosave route answers the refusal's code.
import type { AppErrorCode } from "@/lib/errors/app-error";

/**
 * "read": opening the link and its pages (welcome, questions, review, results), consent and submit.
 * "write": autosave of one answer, which also needs consent and a response not yet submitted.
 */
export type LinkMode = "read" | "write";

/** Why a respondent request cannot go on. The first six are also the link-problem page's reasons. */
export type LinkProblem = "missing" | "unknown" | "revoked" | "expired" | "closed" | "submitted" | "not-consented";

/** The columns of a response (and its participant and wave) that decide whether its link works. */
export interface LinkFacts {
  /** the participant was removed from the assessment: the link is treated as unknown */
  removedAt: Date | null;
  tokenRevokedAt: Date | null;
  tokenExpiresAt: Date | null;
  /** the response's status: invited | started | submitted */
  status: string;
  consentAt: Date | null;
  /** the wave's status: draft | open | closed */
  waveStatus: string;
  /** a later wave of the assessment exists (read use only; the autosave's refusals read the same either way) */
  laterWave?: boolean;
}

/**
 * The problem with a link, or null when it may be used this way. `facts` null: no response has this token.
 * A submitted response stays readable after its wave closes (the personal results page); it can no longer be written.
 */
export function linkProblem(facts: LinkFacts | null, mode: LinkMode, now: Date = new Date()): LinkProblem | null {
  if (!facts || facts.removedAt) return "unknown";
  // a link of an earlier round (withdrawn when the next wave started) reads as closed; a link the facilitator
  // withdrew in the current round stays "withdrawn", whether that round is open or closed
  if (facts.tokenRevokedAt) return facts.laterWave && facts.waveStatus === "closed" ? "closed" : "revoked";
  if (facts.tokenExpiresAt && facts.tokenExpiresAt <= now) return "expired";
  const submitted = facts.status === "submitted";
  if (mode === "write" && submitted) return "submitted";
  if (!submitted && facts.waveStatus === "closed") return "closed";
  if (mode === "write" && !facts.consentAt) return "not-consented";
  return null;
}

/** A refused respondent request: the problem (for the link-problem page), its error code and a safe message. */
export interface LinkRefusal {
  problem: LinkProblem;
  code: AppErrorCode;
  message: string;
}

const REFUSALS: Record<LinkProblem, Omit<LinkRefusal, "problem">> = {
  missing: { code: "unauthenticated", message: "Open your invitation link first" },
  unknown: { code: "unauthenticated", message: "This invitation link is not valid" },
  revoked: { code: "gone", message: "This invitation link can no longer be used" },
  expired: { code: "gone", message: "This invitation link can no longer be used" },
  closed: { code: "gone", message: "This assessment is closed" },
  submitted: { code: "conflict", message: "Your answers were submitted and can no longer be changed" },
  "not-consented": { code: "conflict", message: "Please confirm the welcome page first" },
};

export function linkRefusal(problem: LinkProblem): LinkRefusal {
  return { problem, ...REFUSALS[problem] };
}

/** The page that explains a problem to the respondent (a plain GET: opening a link, a page, a form post). */
export function linkProblemPath(problem: LinkProblem): string {
  return `/respond/link-problem?reason=${problem}`;
}
