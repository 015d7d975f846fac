"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/action";
import { moveQuestionnaireItem, removeQuestionnaireItem, saveQuestionnaireItem } from "@/lib/data/questionnaire-items";
import { publishQuestionnaireVersion } from "@/lib/data/questionnaire-publish";
import { copyQuestionnaireVersion, renameQuestionnaireVersion } from "@/lib/data/questionnaire-versions";
import { ZQuestionnaireItem, ZQuestionnaireItemMove, ZQuestionnaireItemRef, ZQuestionnairePublish } from "@/lib/validation/questionnaire-item";
import { ZQuestionnaireCopy, ZQuestionnaireRename } from "@/lib/validation/questionnaire-version";

const LIST = "/admin/questionnaires";
/** The version's pages (its items, their forms, the preview) read it afresh. */
const revalidateVersion = (versionId: string) => {
  revalidatePath(LIST);
  revalidatePath(`${LIST}/${versionId}`, "layout");
};

export async function copyQuestionnaireAction(input: unknown) {
  return runAction(ZQuestionnaireCopy, input, async (actor, data) => {
    const copy = await copyQuestionnaireVersion(actor, data);
    revalidatePath(LIST);
    return copy;
  });
}

export async function renameQuestionnaireAction(input: unknown) {
  return runAction(ZQuestionnaireRename, input, async (actor, data) => {
    await renameQuestionnaireVersion(actor, data);
    revalidateVersion(data.versionId);
    return null;
  });
}

export async function saveQuestionnaireItemAction(input: unknown) {
  return runAction(ZQuestionnaireItem, input, async (actor, data) => {
    const saved = await saveQuestionnaireItem(actor, data);
    revalidateVersion(data.versionId);
    return saved;
  });
}

export async function removeQuestionnaireItemAction(input: unknown) {
  return runAction(ZQuestionnaireItemRef, input, async (actor, data) => {
    await removeQuestionnaireItem(actor, data);
    revalidateVersion(data.versionId);
    return null;
  });
}

export async function moveQuestionnaireItemAction(input: unknown) {
  return runAction(ZQuestionnaireItemMove, input, async (actor, data) => {
    await moveQuestionnaireItem(actor, data);
    revalidateVersion(data.versionId);
    return null;
  });
}

export async function publishQuestionnaireAction(input: unknown) {
  return runAction(ZQuestionnairePublish, input, async (actor, data) => {
    const published = await publishQuestionnaireVersion(actor, data);
    revalidateVersion(data.versionId);
    return { id: published.id };
  });
}
