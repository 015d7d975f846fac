"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/action";
import { clearWorkshopOutcome, saveWorkshopOutcome } from "@/lib/data/workshop";
import { workshopHref, type WorkshopPosition } from "@/lib/results/workshop";
import { formFields } from "@/lib/validation/input";
import { workshopOutcomeFromForm, ZWorkshopOutcome, ZWorkshopOutcomeClear } from "@/lib/validation/workshop";

// Thin: each action validates with the form's own schema and authenticates (runAction); the data functions scope
// the assessment to the actor, so another facilitator, a respondent or a visitor changes nothing. The *FormAction
// variants serve the same form posted without JavaScript, and return to the screen it was posted from.

const WORKSHOP_PATH = "/app/assessments/[assessmentId]/workshop";

export async function saveWorkshopOutcomeAction(input: unknown) {
  return runAction(ZWorkshopOutcome, input, async (actor, data) => {
    const outcome = await saveWorkshopOutcome(actor, data);
    revalidatePath(WORKSHOP_PATH, "page");
    return outcome;
  });
}

export async function clearWorkshopOutcomeAction(input: unknown) {
  return runAction(ZWorkshopOutcomeClear, input, async (actor, data) => {
    const result = await clearWorkshopOutcome(actor, data);
    revalidatePath(WORKSHOP_PATH, "page");
    return result;
  });
}

/** Where a form post returns: the screen it came from (hidden fields `screen` and `present`), with its result. */
function back(form: FormData, result: "1" | "cleared" | "invalid"): string | null {
  const fields = formFields(form); // {} for a crafted call that sends no FormData
  const assessmentId = fields.assessmentId ?? "";
  const wave = Number(fields.waveNumber);
  const screen = Number(fields.screen);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(assessmentId) || !Number.isInteger(wave) || wave < 1 || wave > 9999) return null;
  const position: WorkshopPosition = Number.isInteger(screen) && screen >= 1 && screen <= 999 ? { kind: "gap", number: screen } : { kind: "start" };
  return `${workshopHref(assessmentId, { wave, position, present: fields.present === "1" })}&saved=${result}`;
}

export async function saveWorkshopOutcomeFormAction(form: FormData): Promise<void> {
  const result = await saveWorkshopOutcomeAction(workshopOutcomeFromForm(form));
  redirect(back(form, result.ok ? "1" : "invalid") ?? "/app");
}

export async function clearWorkshopOutcomeFormAction(form: FormData): Promise<void> {
  const result = await clearWorkshopOutcomeAction(formFields(form));
  redirect(back(form, result.ok ? "cleared" : "invalid") ?? "/app");
}
