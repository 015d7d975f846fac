// Editing a draft questionnaire version's items: add or change one (its definition, key, section and benchmark
// links), remove one, move one up or down within its section. Admin-only; each write locks the draft (lockDraft:
// refused for a published version or one an assessment uses), runs in one transaction with its audit row and
// bumps the catalogue revision. Only the item's structure is checked here (zod, and its links must name figures of
// the library); how it fits the version is validateQuestionnaire's, shown on the draft's page and checked when
// publishing (questionnaire-publish.ts), so a draft can be saved half-finished.
import "server-only";
import { requireCan } from "@/lib/auth/can";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/actions/action-error";
import { loadLibrary } from "@/lib/catalogue/load";
import { bumpCatalogueRevision } from "@/lib/catalogue/revision";
import { db } from "@/lib/db/client";
import { questionnaireItemId } from "@/lib/questionnaire/item-id";
import type { QuestionnaireItemDef, SectionDef } from "@/lib/questionnaire/types";
import {
  itemDefFromForm,
  ZQuestionnaireItem,
  ZQuestionnaireItemMove,
  ZQuestionnaireItemRef,
  type TQuestionnaireItem,
  type TQuestionnaireItemMove,
  type TQuestionnaireItemRef,
} from "@/lib/validation/questionnaire-item";
import { lockDraft, type Tx } from "./questionnaire-versions";

interface Placed {
  id: string;
  key: string;
  section: string;
  position: number;
}

async function itemsInOrder(tx: Tx, versionId: string): Promise<Placed[]> {
  return tx.questionnaireItem.findMany({ where: { versionId }, orderBy: { position: "asc" }, select: { id: true, key: true, section: true, position: true } });
}

/** Positions 0..n-1 in the given order; only rows whose position changes are written. */
async function writeOrder(tx: Tx, before: Placed[], orderedIds: string[]) {
  const was = new Map(before.map((i) => [i.id, i.position]));
  for (const [position, id] of orderedIds.entries()) {
    if (was.get(id) !== position) await tx.questionnaireItem.update({ where: { id }, data: { position } });
  }
}

/** Where an item lands in its section: after its last item, or after the items of the sections before it. */
function insertionIndex(order: Placed[], section: string, sections: SectionDef[]): number {
  const last = order.findLastIndex((i) => i.section === section);
  if (last >= 0) return last + 1;
  const rank = new Map(sections.map((s, i) => [s.id, i]));
  const mine = rank.get(section) ?? sections.length;
  const earlier = order.findLastIndex((i) => (rank.get(i.section) ?? sections.length) < mine);
  return earlier + 1;
}

function figureIdsOf(item: QuestionnaireItemDef): string[] {
  return [...new Set([...item.benchmarks, ...(item.rankBenchmarks ?? [])].map((l) => l.figureId))];
}

/**
 * Adds an item (input.originalKey empty) or replaces one, with its ItemBenchmarkFigure rows (one per linked
 * figure, benchmark and rank links alike). A new item, or one moved to another section, goes to the end of its
 * section; a changed key changes the item's id ("<version>:<key>") with it.
 */
export async function saveQuestionnaireItem(actor: Actor, input: TQuestionnaireItem) {
  requireCan(actor, "admin:access");
  const data = ZQuestionnaireItem.parse(input);
  const library = await loadLibrary();
  const units = new Map(library.figures.map((f) => [f.id, f.unit as string]));
  const built = itemDefFromForm(data, (id) => units.get(id));
  if (!built.ok) throw new ActionError(built.message, built.fieldErrors);
  const item = built.item;
  const isNew = data.originalKey === "";

  return db.$transaction(async (tx) => {
    const version = await lockDraft(tx, data.versionId);
    const sections = (version.sections ?? []) as unknown as SectionDef[];
    if (!sections.some((s) => s.id === item.section)) throw new ActionError("Choose one of the version's sections", { section: "Not a section of this version" });
    const before = await itemsInOrder(tx, version.id);
    const existing = isNew ? undefined : before.find((i) => i.key === data.originalKey);
    if (!isNew && !existing) throw new ActionError(`Item ${data.originalKey} is not in version ${version.id}`);
    if (item.key !== data.originalKey && before.some((i) => i.key === item.key)) {
      throw new ActionError(`Another item of ${version.id} has the key "${item.key}"`, { key: "Another item of this version has this key" });
    }

    const id = questionnaireItemId(version.id, item.key);
    const order = before.filter((i) => i !== existing);
    const stays = existing && existing.section === item.section;
    const at = stays ? before.indexOf(existing) : insertionIndex(order, item.section, sections);
    const placed: Placed = { id, key: item.key, section: item.section, position: at };
    order.splice(at, 0, placed);

    const { key, section, kind, required, imperatives, fidelity, ...definition } = item;
    const columns = { key, section, kind, required, imperatives, fidelity, definition: definition as object, position: at };
    if (existing) {
      await tx.itemBenchmarkFigure.deleteMany({ where: { itemId: existing.id } });
      await tx.questionnaireItem.update({ where: { id: existing.id }, data: { id, ...columns } });
    } else {
      await tx.questionnaireItem.create({ data: { id, versionId: version.id, ...columns } });
    }
    const figureIds = figureIdsOf(item);
    if (figureIds.length) await tx.itemBenchmarkFigure.createMany({ data: figureIds.map((figureId) => ({ itemId: id, figureId })) });
    await writeOrder(tx, order, order.map((i) => i.id));

    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: isNew ? "questionnaire.item-add" : "questionnaire.item-update",
        targetType: "questionnaire-item",
        targetId: id,
        detail: { versionId: version.id, key: item.key, ...(existing && existing.key !== item.key ? { renamedFrom: existing.key } : {}), figureLinks: figureIds.length },
      },
    });
    await bumpCatalogueRevision(tx);
    return { id, key: item.key };
  });
}

/** Removes an item (and its figure links) from a draft; the items after it move up one place. */
export async function removeQuestionnaireItem(actor: Actor, input: TQuestionnaireItemRef) {
  requireCan(actor, "admin:access");
  const { versionId, key } = ZQuestionnaireItemRef.parse(input);
  return db.$transaction(async (tx) => {
    const version = await lockDraft(tx, versionId);
    const before = await itemsInOrder(tx, version.id);
    const item = before.find((i) => i.key === key);
    if (!item) throw new ActionError(`Item ${key} is not in version ${version.id}`);
    await tx.questionnaireItem.delete({ where: { id: item.id } });
    const rest = before.filter((i) => i !== item);
    await writeOrder(tx, rest, rest.map((i) => i.id));
    await tx.auditLog.create({
      data: { actorId: actor.id, action: "questionnaire.item-remove", targetType: "questionnaire-item", targetId: item.id, detail: { versionId: version.id, key } },
    });
    await bumpCatalogueRevision(tx);
  });
}

/** Swaps an item with its neighbour in the same section (the order respondents see within a section). */
export async function moveQuestionnaireItem(actor: Actor, input: TQuestionnaireItemMove) {
  requireCan(actor, "admin:access");
  const { versionId, key, direction } = ZQuestionnaireItemMove.parse(input);
  return db.$transaction(async (tx) => {
    const version = await lockDraft(tx, versionId);
    const before = await itemsInOrder(tx, version.id);
    const index = before.findIndex((i) => i.key === key);
    if (index < 0) throw new ActionError(`Item ${key} is not in version ${version.id}`);
    const item = before[index]!;
    const other = direction === "up" ? before.slice(0, index).findLast((i) => i.section === item.section) : before.slice(index + 1).find((i) => i.section === item.section);
    if (!other) throw new ActionError(`Item ${key} is already the ${direction === "up" ? "first" : "last"} of its section`);
    await tx.questionnaireItem.update({ where: { id: item.id }, data: { position: other.position } });
    await tx.questionnaireItem.update({ where: { id: other.id }, data: { position: item.position } });
    await tx.auditLog.create({
      data: { actorId: actor.id, action: "questionnaire.item-move", targetType: "questionnaire-item", targetId: item.id, detail: { versionId: version.id, key, direction } },
    });
    await bumpCatalogueRevision(tx);
  });
}
