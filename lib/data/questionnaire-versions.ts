// Questionnaire versions for admins: list them, read one with its validation problems, start a new draft as a copy
// of one, and rename a draft. A version that any assessment uses (or that is published) is immutable, here as well
// as in the UI; every write to a draft locks it with lockDraft inside its transaction (items: questionnaire-items.ts,
// publishing: questionnaire-publish.ts). A draft is never offered for a new assessment: createAssessment and
// listAssessmentOptions accept published versions only. Every write bumps the catalogue revision in its
// transaction, so every instance's catalogue cache (lib/catalogue/load.ts) reads the change.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireCan } from "@/lib/auth/can";
import { ActionError } from "@/lib/actions/action-error";
import { loadLibrary } from "@/lib/catalogue/load";
import { bumpCatalogueRevision } from "@/lib/catalogue/revision";
import { questionnaireFromRow } from "@/lib/catalogue/rows";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { questionnaireItemId } from "@/lib/questionnaire/item-id";
import { versionNumber } from "@/lib/questionnaire/versions";
import { validateQuestionnaire } from "@/lib/questionnaire/validate";
import type { TQuestionnaireCopy, TQuestionnaireRename } from "@/lib/validation/questionnaire-version";

export type Tx = Prisma.TransactionClient;

/** Why a version cannot change, or null when it can (a draft no assessment uses). */
function immutableReason(version: { status: string; assessments: number }): string | null {
  if (version.assessments > 0) return `in use by ${version.assessments} assessment${version.assessments === 1 ? "" : "s"}`;
  if (version.status !== "draft") return version.status;
  return null;
}

export async function listQuestionnaireVersions(actor: Actor) {
  requireCan(actor, "admin:access");
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

async function nextVersionId() {
  const ids = await db.questionnaireVersion.findMany({ select: { id: true } });
  const max = Math.max(0, ...ids.map((v) => versionNumber(v.id)).filter((n) => n !== Number.MAX_SAFE_INTEGER));
  return `v${max + 1}`;
}

/**
 * A new draft version copied from `sourceVersionId`: its sections, its items (ids "<new>:<key>") and their
 * benchmark links, in one transaction with the audit row and the revision bump. The transaction only writes (no
 * read inside it; on SQLite it begins IMMEDIATE, lib/db/adapter.ts, so it waits for another writer rather than
 * failing); the next free id is taken again if another copy got it first.
 */
export async function copyQuestionnaireVersion(actor: Actor, input: TQuestionnaireCopy) {
  requireCan(actor, "admin:access");
  const from = await db.questionnaireVersion.findUnique({ where: { id: input.sourceVersionId }, include: { items: { include: { figures: true } } } });
  if (!from) throw new ActionError("Questionnaire version not found");
  const links = from.items.reduce((n, item) => n + item.figures.length, 0);
  for (let attempt = 0; ; attempt++) {
    const id = await nextVersionId();
    try {
      await db.$transaction(async (tx) => {
        await tx.questionnaireVersion.create({ data: { id, title: input.title, status: "draft", sections: from.sections ?? [], basedOnId: from.id } });
        await tx.questionnaireItem.createMany({
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
        });
        await tx.itemBenchmarkFigure.createMany({
          data: from.items.flatMap((item) => item.figures.map((f) => ({ itemId: questionnaireItemId(id, item.key), figureId: f.figureId }))),
        });
        await tx.auditLog.create({
          data: {
            actorId: actor.id,
            action: "questionnaire.copy",
            targetType: "questionnaire-version",
            targetId: id,
            detail: { from: from.id, items: from.items.length, figureLinks: links },
          },
        });
        await bumpCatalogueRevision(tx);
      });
      return { id, items: from.items.length, figureLinks: links };
    } catch (error) {
      const taken = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!taken || attempt >= 2) throw error;
    }
  }
}

/** Rename a draft; refused for a published version or one any assessment uses (checked inside the write). */
export async function renameQuestionnaireVersion(actor: Actor, input: TQuestionnaireRename) {
  requireCan(actor, "admin:access");
  return db.$transaction(async (tx) => {
    const version = await lockDraft(tx, input.versionId);
    await tx.questionnaireVersion.update({ where: { id: version.id }, data: { title: input.title } });
    await tx.auditLog.create({
      data: { actorId: actor.id, action: "questionnaire.rename", targetType: "questionnaire-version", targetId: version.id, detail: { from: version.title, to: input.title } },
    });
    await bumpCatalogueRevision(tx);
  });
}

/**
 * Inside a write's transaction: the version, when it is a draft no assessment uses; otherwise an ActionError that
 * says why it cannot change. Read in the transaction that writes, so an assessment created or a publish committed
 * meanwhile is seen.
 */
export async function lockDraft(tx: Tx, versionId: string) {
  const version = await tx.questionnaireVersion.findUnique({ where: { id: versionId }, include: { _count: { select: { assessments: true } } } });
  if (!version) throw new ActionError("Questionnaire version not found");
  const reason = immutableReason({ status: version.status, assessments: version._count.assessments });
  if (reason) throw new ActionError(`Version ${version.id} cannot change: it is ${reason}. Start a new version as a copy instead.`);
  return version;
}

/**
 * One version for its admin page: the definition (items in order), why it is immutable (null for an editable
 * draft), its problems by the same rules as the seed's check (lib/questionnaire/validate.ts, against the stored
 * library) and the library's linkable figures (percent and rank) for the item form. Null when there is none.
 */
export async function getQuestionnaireVersionForAdmin(actor: Actor, versionId: string) {
  requireCan(actor, "admin:access");
  const [row, library] = await Promise.all([
    db.questionnaireVersion.findUnique({ where: { id: versionId }, include: { items: { orderBy: { position: "asc" } }, _count: { select: { assessments: true } } } }),
    loadLibrary(),
  ]);
  if (!row) return null;
  const questionnaire = questionnaireFromRow(row);
  return {
    questionnaire,
    basedOnId: row.basedOnId,
    assessments: row._count.assessments,
    immutableBecause: immutableReason({ status: row.status, assessments: row._count.assessments }),
    problems: validateQuestionnaire(questionnaire, library.figures),
    figures: library.figures
      .filter((f) => f.unit === "percent" || f.unit === "rank")
      .map((f) => ({ id: f.id, sourceId: f.sourceId, population: f.population, unit: f.unit, value: f.value, statement: f.statement })),
  };
}
