import { recordConsent } from "@/lib/data/respondent";
import { CONSENT_BODY_LIMIT } from "@/lib/http/body-limits";
import { route } from "@/lib/http/route";
import { seeOther } from "@/lib/respondent/form-response";
import { linkProblemPath } from "@/lib/respondent/link-state";
import { ZConsent } from "@/lib/validation/consent";

export const dynamic = "force-dynamic";

/** The welcome page's consent form (a plain form post): record consent, then on to the first open question. */
export const POST = route(
  {
    guard: "respondent:read",
    input: { from: "form", schema: ZConsent, maxBytes: CONSENT_BODY_LIMIT },
    onRefused: (refusal) => seeOther(linkProblemPath(refusal.problem)),
    onInvalid: () => seeOther("/respond?error=consent"),
  },
  async ({ respondent, input }) => {
    await recordConsent(respondent, { showName: input.showName === "on" });
    // the welcome page sends a consented respondent to the first unanswered question (or results if submitted)
    return seeOther("/respond");
  },
);
