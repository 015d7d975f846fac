import { loadRespondent, RespondentError, submitResponse } from "@/lib/data/respondent";
import { forbiddenCrossOrigin, seeOther } from "@/lib/respondent/form-response";
import { currentInviteToken } from "@/lib/respondent/session";
import { isSameOrigin } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";

/**
 * The review page's submit (a plain form post). Idempotent: a second post (double click, retry, another tab)
 * finds the response submitted and goes to the same results. Required questions are checked here, not only in
 * the page: with any missing, nothing is stored and the review page says how many.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return forbiddenCrossOrigin();
  const token = await currentInviteToken();
  if (!token) return seeOther("/respond/link-problem?reason=missing");
  const { context, problem } = await loadRespondent(token);
  if (!context) return seeOther(`/respond/link-problem?reason=${problem}`);
  if (!context.consentAt) return seeOther("/respond");
  try {
    await submitResponse(token);
  } catch (e) {
    if (e instanceof RespondentError && e.details?.missing) return seeOther("/respond/review?error=missing");
    // the link stopped working meanwhile (withdrawn, closed): the welcome page sends them to the explanation
    if (e instanceof RespondentError) return seeOther("/respond");
    throw e;
  }
  return seeOther("/respond/results");
}
