import { loadRespondent, recordConsent } from "@/lib/data/respondent";
import { forbiddenCrossOrigin, seeOther } from "@/lib/respondent/form-response";
import { currentInviteToken } from "@/lib/respondent/session";
import { isSameOrigin } from "@/lib/security/same-origin";
import { ZConsent } from "@/lib/validation/consent";

export const dynamic = "force-dynamic";

/** The welcome page's consent form (a plain form post): record consent, then on to the first open question. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return forbiddenCrossOrigin();
  const token = await currentInviteToken();
  if (!token) return seeOther("/respond/link-problem?reason=missing");
  const { context, problem } = await loadRespondent(token);
  if (!context) return seeOther(`/respond/link-problem?reason=${problem}`);
  const form = await request.formData().catch(() => null);
  const parsed = ZConsent.safeParse(form ? Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) : {});
  if (!parsed.success) return seeOther("/respond?error=consent");
  await recordConsent(token, { showName: parsed.data.showName === "on" });
  // the welcome page sends a consented respondent to the first unanswered question (or results if submitted)
  return seeOther("/respond");
}
