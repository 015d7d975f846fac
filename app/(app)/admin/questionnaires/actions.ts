"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/action";
import { copyQuestionnaireVersion, renameQuestionnaireVersion } from "@/lib/data/questionnaire-versions";
import { ZQuestionnaireCopy, ZQuestionnaireRename } from "@/lib/validation/questionnaire-version";

export async function copyQuestionnaireAction(input: unknown) {
  return runAction(ZQuestionnaireCopy, input, async (actor, data) => {
    const copy = await copyQuestionnaireVersion(actor, data);
    revalidatePath("/admin/questionnaires");
    return copy;
  });
}

export async function renameQuestionnaireAction(input: unknown) {
  return runAction(ZQuestionnaireRename, input, async (actor, data) => {
    await renameQuestionnaireVersion(actor, data);
    revalidatePath("/admin/questionnaires");
    return null;
  });
}
