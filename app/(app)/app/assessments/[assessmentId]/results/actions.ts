"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/guards";
import { revealResults } from "@/lib/data/reveal-results";
import { isAppError } from "@/lib/errors/app-error";
import { parseForm } from "@/lib/validation/input";
import { ZReveal } from "@/lib/validation/reveal";

/**
 * "Reveal results": a plain form post (works without JavaScript). The actor is read from the session here, not
 * trusted from the page; revealResults scopes the assessment to the actor and re-checks the quorum.
 */
export async function revealAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const parsed = parseForm(ZReveal, formData);
  if (!parsed.success) redirect("/app");
  const { assessmentId, waveNumber } = parsed.data;
  const path = `/app/assessments/${assessmentId}/results`;
  const wave = waveNumber === undefined ? "" : `wave=${waveNumber}`;
  let problem: string | null = null;
  try {
    await revealResults(actor, assessmentId, { waveNumber });
  } catch (error) {
    if (!isAppError(error) || (error.code !== "not-found" && error.code !== "quorum-not-met")) throw error;
    problem = error.code;
  }
  revalidatePath(path);
  const query = [wave, problem ? `reveal=${problem}` : ""].filter(Boolean).join("&");
  redirect(query ? `${path}?${query}` : path);
}
