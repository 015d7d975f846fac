"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/action";
import { requireActor } from "@/lib/auth/guards";
import { createPlanAction, deletePlanAction, toggleChecklistItem, updatePlanAction } from "@/lib/data/action-plan";
import { setSharing } from "@/lib/data/plan-sharing";
import { isAppError } from "@/lib/errors/app-error";
import { planQuery } from "@/lib/plan/query";
import { formFields, parseForm } from "@/lib/validation/input";
import { parsePlanFilters, ZChecklistToggle, ZPlanActionCreate, ZPlanActionDelete, ZPlanActionUpdate, ZPlanShare } from "@/lib/validation/plan-action";

// Thin: the form's actions validate with the form's own schema (runAction) and call one data function that
// authorizes by scoping its queries to the actor. The list's buttons (checklist steps, delete, share) are plain
// form posts that work without JavaScript: they read the session here, never an actor from the page.

const planPath = (assessmentId: string) => `/app/assessments/${assessmentId}/plan`;

export async function createPlanActionAction(input: unknown) {
  return runAction(ZPlanActionCreate, input, async (actor, data) => {
    const action = await createPlanAction(actor, data);
    revalidatePath(planPath(action.assessmentId));
    return { id: action.id, assessmentId: action.assessmentId };
  });
}

export async function updatePlanActionAction(input: unknown) {
  return runAction(ZPlanActionUpdate, input, async (actor, data) => {
    const action = await updatePlanAction(actor, data);
    revalidatePath(planPath(action.assessmentId));
    return { id: action.id, assessmentId: action.assessmentId };
  });
}

/** A refused form post (missing, another facilitator's, malformed) ends on the facilitator's home page: nothing is revealed. */
async function orHome<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error)) redirect("/app");
    throw error;
  }
}

/** The filters the list was showing, carried through a form post as its query string (parsed again, never trusted). */
const backTo = (assessmentId: string, formData: FormData, anchor = "") => {
  const query = planQuery(parsePlanFilters(Object.fromEntries(new URLSearchParams(formFields(formData).back ?? ""))));
  return `${planPath(assessmentId)}${query}${anchor}`;
};

export async function toggleChecklistAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const parsed = parseForm(ZChecklistToggle, formData);
  if (!parsed.success) redirect("/app");
  const action = await orHome(() => toggleChecklistItem(actor, parsed.data));
  revalidatePath(planPath(action.assessmentId));
  redirect(backTo(action.assessmentId, formData, `#action-${action.id}`));
}

export async function deletePlanActionAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const parsed = parseForm(ZPlanActionDelete, formData);
  if (!parsed.success) redirect("/app");
  const { assessmentId } = await orHome(() => deletePlanAction(actor, parsed.data.actionId));
  revalidatePath(planPath(assessmentId));
  redirect(`${planPath(assessmentId)}?deleted=1`);
}

export async function setSharingAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const parsed = parseForm(ZPlanShare, formData);
  if (!parsed.success) redirect("/app");
  await orHome(() => setSharing(actor, parsed.data));
  revalidatePath(planPath(parsed.data.assessmentId));
  redirect(`${planPath(parsed.data.assessmentId)}#share`);
}
