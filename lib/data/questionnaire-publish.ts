// Publishing a draft questionnaire version: it becomes immutable (status "published", publishedAt now) and is
// offered for new assessments, the newest published version being the default (lib/data/assessments.ts). Refused
// while validateQuestionnaire finds any problem, checked inside the transaction that publishes, against the stored
// benchmark library.
import "server-only";
import { requireCan } from "@/lib/auth/can";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/actions/action-error";
import { loadLibrary } from "@/lib/catalogue/load";
import { bumpCatalogueRevision } from "@/lib/catalogue/revision";
import { questionnaireFromRow } from "@/lib/catalogue/rows";
import { db } from "@/lib/db/client";
import { validateQuestionnaire } from "@/lib/questionnaire/validate";
import { ZQuestionnairePublish, type TQuestionnairePublish } from "@/lib/validation/questionnaire-item";
import { lockDraft } from "./questionnaire-versions";

export async function publishQuestionnaireVersion(actor: Actor, input: TQuestionnairePublish) {
  requireCan(actor, "admin:access");
  const { versionId } = ZQuestionnairePublish.parse(input);
  const library = await loadLibrary();
  return db.$transaction(async (tx) => {
    await lockDraft(tx, versionId);
    const row = await tx.questionnaireVersion.findUniqueOrThrow({ where: { id: versionId }, include: { items: { orderBy: { position: "asc" } } } });
    const problems = validateQuestionnaire(questionnaireFromRow(row), library.figures);
    if (problems.length) {
      const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
      throw new ActionError(`Version ${versionId} cannot be published: ${count} to fix first (${problems.slice(0, 3).join("; ")}${problems.length > 3 ? "; …" : ""})`);
    }
    const publishedAt = new Date();
    await tx.questionnaireVersion.update({ where: { id: versionId }, data: { status: "published", publishedAt } });
    await tx.auditLog.create({
      data: { actorId: actor.id, action: "questionnaire.publish", targetType: "questionnaire-version", targetId: versionId, detail: { items: row.items.length } },
    });
    await bumpCatalogueRevision(tx);
    return { id: versionId, publishedAt };
  });
}
