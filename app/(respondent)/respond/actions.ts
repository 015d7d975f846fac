"use server";

import { redirect } from "next/navigation";
import { recordConsent, RespondentError, submitResponse } from "@/lib/data/respondent";
import { currentInviteToken } from "@/lib/respondent/session";
import { ZConsent } from "@/lib/validation/consent";

export type ActionState = { error: string | null; missing?: string[] };

export async function consentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const token = await currentInviteToken();
  if (!token) redirect("/respond/link-problem?reason=missing");
  const parsed = ZConsent.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Please confirm the form" };
  try {
    await recordConsent(token, { showName: parsed.data.showName === "on" });
  } catch (e) {
    if (e instanceof RespondentError) return { error: e.message };
    throw e;
  }
  redirect("/respond");
}

export async function submitAction(_prev: ActionState): Promise<ActionState> {
  const token = await currentInviteToken();
  if (!token) redirect("/respond/link-problem?reason=missing");
  try {
    await submitResponse(token);
  } catch (e) {
    if (e instanceof RespondentError) return { error: e.message, missing: e.details?.missing };
    throw e;
  }
  redirect("/respond/results");
}
