// Questionnaire versions for admins: list them, start a new draft as a copy of one, and rename a draft. A version
// that any assessment uses (or that is published) is immutable, here as well as in the UI. A draft is never
// offered for a new assessment: createAssessment and listAssessmentOptions accept published versions only.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/can";
import { ActionError } from "@/lib/actions/action-error";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { questionnaireItemId } from "@/lib/questionnaire/item-id";
import type { TQuestionnaireCopy, TQuestionnaireRename } from "@/lib/validation/questionnaire-version";


function requireAdminAccess(actor: Actor) {
  if (!can(actor, "admin:access")) throw new ActionError("Not found");
}

/** Why a version cannot change, or null when it can (a draft no assessment uses). */
export function immutableReason(version: { status: string; assessments: number }): string | null {
  if (version.assessments > 0) return `in use by ${version.assessments} assessment${version.assessments === 1 ? "" : "s"}`;
  if (version.status !== "draft") return version.status;
  return null;
}

export async function listQuestionnaireVersions(actor: Actor) {
  requireAdminAccess(actor);
  const rows = await db.questionnaireVersion.findMany({
    orderBy: { createdAt: "asc" },
    include: { _count: { select: { items: true, assessments: true } } },
  });
  return rows
    .map((v) => {
      const summary = { id: v.id, title: v.title, status: v.status, publishedAt: v.publishedAt, basedOnId: v.basedOnId, createdAt: v.createdAt, items: v._count.items, assessments: v._count.assessments };
      return { ...summary, immutableBecause: immutableReason(summary) };
    })
    .sort((a, b) => versionNumber(a.id) - versionNumber(b.id));
}

function versionNumber(id: string) {
  const match = /^v(\d+)$/.exec(id);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

async function nextVersionId() {
  const ids = await db.questionnaireVersion.findMany({ select: { id: true } });
  const max = Math.max(0, ...ids.map((v) => versionNumber(v.id)).filter((n) => n !== Number.MAX_SAFE_INTEGER));
  return `v${max + 1}`;
}

/**
 * A new draft version copied from `sourceVersionId`: its sections, its items (ids "<new>:<key>") and their
 * benchmark links, in one transaction with the audit row. The transaction is a batch of four writes (no read
 * inside it), so on SQLite it takes the write lock at once and waits for it rather than failing when another
 * process writes meanwhile; the next free id is taken again if another copy got it first.
 */
export async function copyQuestionnaireVersion(actor: Actor, input: TQuestionnaireCopy) {
  requireAdminAccess(actor);
  const from = await db.questionnaireVersion.findUnique({ where: { id: input.sourceVersionId }, include: { items: { include: { figures: true } } } });
  if (!from) throw new ActionError("Questionnaire version not found");
  const links = from.items.reduce((n, item) => n + item.figures.length, 0);
  for (let attempt = 0; ; attempt++) {
    const id = await nextVersionId();
    try {
      await db.$transaction([
        db.questionnaireVersion.create({ data: { id, title: input.title, status: "draft", sections: from.sections ?? [], basedOnId: from.id } }),
        db.questionnaireItem.createMany({
          data: from.items.map((item) => ({
            id: questionnaireItemId(id, item.key),
            versionId: id,
            key: item.key,
            section: item.section,
            position: item.position,
            kind: item.kind,
            required: item.required,
            imperatives: item.imperatives ?? [],
            fidelity: item.fidelity,
            definition: item.definition ?? {},
          })),
        }),
        db.itemBenchmarkFigure.createMany({
          data: from.items.flatMap((item) => item.figures.map((f) => ({ itemId: questionnaireItemId(id, item.key), figureId: f.figureId }))),
        }),
        db.auditLog.create({
          data: {
            actorId: actor.id,
            action: "questionnaire.copy",
            targetType: "questionnaire-version",
            targetId: id,
            detail: { from: from.id, items: from.items.length, figureLinks: links },
          },
        }),
      ]);
      return { id, items: from.items.length, figureLinks: links };
    } catch (error) {
      const taken = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!taken || attempt >= 2) throw error;
    }
  }
}

/** Rename a draft; refused for a published version or one any assessment uses (checked inside the write). */
export async function renameQuestionnaireVersion(actor: Actor, input: TQuestionnaireRename) {
  requireAdminAccess(actor);
  return db.$transaction(async (tx) => {
    const version = await tx.questionnaireVersion.findUnique({ where: { id: input.versionId }, include: { _count: { select: { assessments: true } } } });
    if (!version) throw new ActionError("Questionnaire version not found");
    const reason = immutableReason({ status: version.status, assessments: version._count.assessments });
    if (reason) throw new ActionError(`Version ${version.id} cannot change: it is ${reason}. Start a new version as a copy instead.`);
    await tx.questionnaireVersion.update({ where: { id: version.id }, data: { title: input.title } });
    await tx.auditLog.create({
      data: { actorId: actor.id, action: "questionnaire.rename", targetType: "questionnaire-version", targetId: version.id, detail: { from: version.title, to: input.title } },
    });
  });
}
