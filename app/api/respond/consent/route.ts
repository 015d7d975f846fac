import { recordConsent, RespondentError } from "@/lib/data/respondent";
import { formRespondent, seeOther } from "@/lib/respondent/form-response";
import { ZConsent } from "@/lib/validation/consent";

export const dynamic = "force-dynamic";

/** Two checkboxes: anything near this size is not the welcome form. */
const MAX_BODY_BYTES = 4 * 1024;

/** The welcome page's consent form (a plain form post): record consent, then on to the first open question. */
export async function POST(request: Request) {
  const respondent = await formRespondent(request);
  if ("refused" in respondent) return respondent.refused;
  const { token } = respondent;
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) return new Response("Request too large", { status: 413 });
  const form = await request.formData().catch(() => null);
  const parsed = ZConsent.safeParse(form ? Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) : {});
  if (!parsed.success) return seeOther("/respond?error=consent");
  try {
    await recordConsent(token, { showName: parsed.data.showName === "on" });
  } catch (e) {
    // the link stopped working between the two reads (withdrawn, closed): the welcome page explains it
    if (e instanceof RespondentError) return seeOther("/respond");
    throw e;
  }
  // the welcome page sends a consented respondent to the first unanswered question (or results if submitted)
  return seeOther("/respond");
}
