import { submitResponse } from "@/lib/data/respondent";
import { AppError } from "@/lib/errors/app-error";
import { route } from "@/lib/http/route";
import { seeOther } from "@/lib/respondent/form-response";
import { linkProblemPath } from "@/lib/respondent/link-state";

export const dynamic = "force-dynamic";

/**
 * The review page's submit (a plain form post). Idempotent: a second post (double click, retry, another tab)
 * finds the response submitted and goes to the same results. Required questions are checked here, not only in
 * the page: with any missing, nothing is stored and the review page says how many.
 */
export const POST = route(
  { guard: "respondent:read", onRefused: (refusal) => seeOther(linkProblemPath(refusal.problem)) },
  async ({ respondent }) => {
    if (!respondent.consentAt) return seeOther("/respond");
    try {
      await submitResponse(respondent);
    } catch (e) {
      if (e instanceof AppError && e.code === "unprocessable") return seeOther("/respond/review?error=missing");
      throw e;
    }
    return seeOther("/respond/results");
  },
);
