import { RespondentError, submitResponse } from "@/lib/data/respondent";
import { formRespondent, seeOther } from "@/lib/respondent/form-response";

export const dynamic = "force-dynamic";

/**
 * The review page's submit (a plain form post). Idempotent: a second post (double click, retry, another tab)
 * finds the response submitted and goes to the same results. Required questions are checked here, not only in
 * the page: with any missing, nothing is stored and the review page says how many.
 */
export async function POST(request: Request) {
  const respondent = await formRespondent(request);
  if ("refused" in respondent) return respondent.refused;
  const { token, context } = respondent;
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
