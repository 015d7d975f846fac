import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadQuestionnaire } from "@/lib/catalogue/load";
import { assessmentWhere, getAssessmentForActor } from "@/lib/data/access";
import { db } from "@/lib/db/client";
import { isPostgres } from "@/lib/db/dialect";
import { IMPERATIVE_IDS, type ImperativeId } from "@/lib/domain";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { comparedQuestionnaire } from "@/lib/results/items";
import type { ChecklistEntry, PlanActionView } from "@/lib/plan/types";
import { PLAN_ORIGIN_KINDS, PLAN_PRIORITIES, PLAN_STATUSES, type PlanOriginKind, type PlanPriority, type PlanStatus } from "@/lib/plan/vocabulary";
import { actionById } from "@/lib/scoring/actions";
import { utcDay } from "@/lib/time";
import type { TChecklistToggle, TPlanActionCreate, TPlanActionFields, TPlanActionUpdate, TPlanFilters } from "@/lib/validation/plan-action";

// An assessment's action plan: create, edit, delete, list with filters, tick checklist steps. Authorization lives
// in the query (an action is reached only through an assessment the actor may see: another facilitator's action
// is "not found"), and every change is written to the audit log in the same transaction, with what changed.

const notFound = () => new AppError("not-found", "Action not found");

const include = { wave: { select: { number: true } }, owner: { select: { name: true } } } as const;
type Row = Prisma.PlanActionGetPayload<{ include: typeof include }>;

/** Only the rows of assessments the actor may see. */
export function planActionWhere(actor: Actor): Prisma.PlanActionWhereInput {
  return { assessment: assessmentWhere(actor) };
}

function checklistOf(value: unknown): ChecklistEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e) => (e && typeof e === "object" && typeof (e as ChecklistEntry).text === "string" ? [{ text: (e as ChecklistEntry).text, done: (e as ChecklistEntry).done === true }] : []));
}

const stringsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

function originOf(value: unknown): PlanActionView["origin"] {
  const o = value as { kind?: unknown; ref?: unknown } | null;
  return o && PLAN_ORIGIN_KINDS.includes(o.kind as PlanOriginKind) && typeof o.ref === "string" ? { kind: o.kind as PlanOriginKind, ref: o.ref } : null;
}

export function toView(row: Row): PlanActionView {
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    waveNumber: row.wave.number,
    title: row.title,
    description: row.description,
    imperative: (IMPERATIVE_IDS.includes(row.imperative as ImperativeId) ? row.imperative : IMPERATIVE_IDS[0]) as ImperativeId,
    itemKeys: stringsOf(row.itemKeys),
    ownerParticipantId: row.ownerParticipantId,
    ownerName: row.owner?.name ?? row.ownerName ?? null,
    dueDate: row.dueDate ? utcDay(row.dueDate) : null,
    status: (PLAN_STATUSES.includes(row.status as PlanStatus) ? row.status : "planned") as PlanStatus,
    priority: (PLAN_PRIORITIES.includes(row.priority as PlanPriority) ? row.priority : "medium") as PlanPriority,
    checklist: checklistOf(row.checklist),
    visibleToParticipants: row.visibleToParticipants,
    origin: originOf(row.origin),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Due date first (none last), then priority, then oldest first. */
export function sortActions(actions: PlanActionView[]): PlanActionView[] {
  const rank = { high: 0, medium: 1, low: 2 };
  return [...actions].sort(
    (a, b) =>
      (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") || rank[a.priority] - rank[b.priority] || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

function filterWhere(filters: TPlanFilters): Prisma.PlanActionWhereInput {
  const owner = filters.owner;
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.imperative ? { imperative: filters.imperative } : {}),
    ...(owner === "none" ? { ownerParticipantId: null, ownerName: null } : owner?.startsWith("name:") ? { ownerName: owner.slice(5) } : owner ? { ownerParticipantId: owner } : {}),
    ...(filters.wave ? { wave: { number: filters.wave } } : {}),
    ...(filters.due ? { dueDate: { lte: new Date(`${filters.due}T00:00:00.000Z`) } } : {}),
  };
}

/** The assessment's actions that pass the filters, for the plan page and its exports. Null when not the actor's. */
export async function listPlanActions(actor: Actor, assessmentId: string, filters: TPlanFilters = {}) {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  if (!assessment) return null;
  const [rows, participants, namedOwners] = await Promise.all([
    db.planAction.findMany({ where: { assessmentId: assessment.id, ...filterWhere(filters) }, include }),
    db.participant.findMany({ where: { assessmentId: assessment.id, removedAt: null }, orderBy: [{ side: "asc" }, { tier: "asc" }, { name: "asc" }], select: { id: true, name: true, side: true, tier: true } }),
    db.planAction.findMany({ where: { assessmentId: assessment.id, ownerName: { not: null } }, distinct: ["ownerName"], select: { ownerName: true }, orderBy: { ownerName: "asc" } }),
  ]);
  return {
    assessment,
    actions: sortActions(rows.map(toView)),
    participants,
    namedOwners: namedOwners.map((o) => o.ownerName!).filter(Boolean),
  };
}

/** One action of an assessment the actor may see, or null. */
export async function getPlanAction(actor: Actor, actionId: string): Promise<PlanActionView | null> {
  const row = await db.planAction.findFirst({ where: { id: actionId, ...planActionWhere(actor) }, include });
  return row ? toView(row) : null;
}

type Tx = Prisma.TransactionClient;

/** Checks what the schema cannot: linked items of this questionnaire, an owner among this assessment's participants. */
async function checkFields(tx: Tx | typeof db, assessment: { id: string; questionnaireVersionId: string }, fields: TPlanActionFields) {
  const fieldErrors: Record<string, string> = {};
  if (fields.itemKeys.length) {
    const questionnaire = await loadQuestionnaire(assessment.questionnaireVersionId);
    const keys = new Set(questionnaire ? comparedQuestionnaire(questionnaire).items.map((i) => i.key) : []);
    if (fields.itemKeys.some((k) => !keys.has(k))) fieldErrors.itemKeys = "Link only questions of this assessment's questionnaire";
  }
  if (fields.ownerParticipantId) {
    const owner = await tx.participant.findFirst({ where: { id: fields.ownerParticipantId, assessmentId: assessment.id, removedAt: null }, select: { id: true } });
    if (!owner) fieldErrors.ownerParticipantId = "Choose a participant of this assessment";
  }
  if (Object.keys(fieldErrors).length) throw new AppError("invalid-input", "Please correct the highlighted fields", { fieldErrors });
}

/** The stored columns of the form's fields. */
function columnsOf(fields: TPlanActionFields) {
  return {
    title: fields.title,
    description: fields.description || null,
    imperative: fields.imperative,
    itemKeys: [...new Set(fields.itemKeys)],
    ownerParticipantId: fields.ownerParticipantId || null,
    ownerName: fields.ownerParticipantId ? null : fields.ownerName || null,
    dueDate: fields.dueDate ? new Date(`${fields.dueDate}T00:00:00.000Z`) : null,
    status: fields.status,
    priority: fields.priority,
    checklist: fields.checklist.map((c) => ({ text: c.text, done: c.done })),
    visibleToParticipants: fields.visibleToParticipants,
  };
}

/** What the audit log keeps of an action: its editable fields, dates as days. */
function snapshot(row: Pick<Row, "title" | "description" | "imperative" | "itemKeys" | "ownerParticipantId" | "ownerName" | "dueDate" | "status" | "priority" | "checklist" | "visibleToParticipants">) {
  return {
    title: row.title,
    description: row.description,
    imperative: row.imperative,
    itemKeys: stringsOf(row.itemKeys),
    ownerParticipantId: row.ownerParticipantId,
    ownerName: row.ownerName,
    dueDate: row.dueDate ? utcDay(row.dueDate) : null,
    status: row.status,
    priority: row.priority,
    checklist: checklistOf(row.checklist),
    visibleToParticipants: row.visibleToParticipants,
  };
}
type Snapshot = ReturnType<typeof snapshot>;

/** The fields that changed, before and after. */
export function diffSnapshots(before: Snapshot, after: Snapshot): { before: Partial<Snapshot>; after: Partial<Snapshot> } {
  const out = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of Object.keys(after) as (keyof Snapshot)[]) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    out.before[key] = before[key];
    out.after[key] = after[key];
  }
  return out as { before: Partial<Snapshot>; after: Partial<Snapshot> };
}

function audit(tx: Tx, actor: Actor, action: "plan.action.create" | "plan.action.update" | "plan.action.delete", actionId: string, detail: Record<string, unknown>) {
  return tx.auditLog.create({ data: { actorId: actor.id, action, targetType: "plan-action", targetId: actionId, detail: detail as Prisma.InputJsonObject } });
}

/** Does the origin exist: a recommendation of the action library, a question of the questionnaire, a recorded outcome of the wave. */
async function checkOrigin(tx: Tx, origin: NonNullable<TPlanActionCreate["origin"]>, waveId: string, questionnaireVersionId: string) {
  const ok =
    origin.kind === "recommendation"
      ? actionById(origin.ref) !== undefined
      : origin.kind === "gap"
        ? ((await loadQuestionnaire(questionnaireVersionId))?.items.some((i) => i.key === origin.ref) ?? false)
        : (await tx.workshopOutcome.count({ where: { waveId, itemKey: origin.ref } })) > 0;
  if (!ok) throw new AppError("invalid-input", "The recommendation, gap or outcome this action comes from was not found");
}

/**
 * Adds an action to the plan, in the wave it comes from (given: that wave, which must be revealed when the action
 * has an origin; else the latest revealed wave, or the latest wave for an action written by hand).
 */
export async function createPlanAction(actor: Actor, input: TPlanActionCreate): Promise<PlanActionView> {
  const assessment = await getAssessmentForActor(actor, input.assessmentId);
  if (!assessment) throw new AppError("not-found", "Assessment not found");
  const revealed = assessment.waves.filter((w) => w.revealedAt);
  const wave =
    input.waveNumber !== undefined
      ? assessment.waves.find((w) => w.number === input.waveNumber)
      : input.origin
        ? revealed.at(-1)
        : (revealed.at(-1) ?? assessment.waves.at(-1));
  if (!wave || (input.origin && !wave.revealedAt)) throw new AppError("invalid-input", "Actions from results need a revealed wave");
  return db.$transaction(async (tx) => {
    // linked questions are the action's wave's (each wave has its own questionnaire version)
    await checkFields(tx, { id: assessment.id, questionnaireVersionId: wave.questionnaireVersionId }, input);
    if (input.origin) await checkOrigin(tx, input.origin, wave.id, wave.questionnaireVersionId);
    const row = await tx.planAction.create({
      data: { assessmentId: assessment.id, waveId: wave.id, createdById: actor.id, ...columnsOf(input), ...(input.origin ? { origin: input.origin } : {}) },
      include,
    });
    await audit(tx, actor, "plan.action.create", row.id, {
      assessmentId: assessment.id,
      waveNumber: wave.number,
      origin: input.origin ?? null,
      after: snapshot(row),
    });
    return toView(row);
  });
}

const lockedInclude = { ...include, wave: { select: { number: true, questionnaireVersionId: true } }, assessment: { select: { id: true } } } as const;

/** Locks the action's row for the rest of the transaction (PostgreSQL; SQLite transactions begin IMMEDIATE). */
async function lockedAction(tx: Tx, actor: Actor, actionId: string) {
  const row = await tx.planAction.findFirst({ where: { id: actionId, ...planActionWhere(actor) }, include: lockedInclude });
  if (!row) throw notFound();
  if (isPostgres()) {
    await tx.$queryRaw`SELECT "id" FROM "PlanAction" WHERE "id" = ${row.id} FOR UPDATE`;
    return tx.planAction.findUniqueOrThrow({ where: { id: row.id }, include: lockedInclude });
  }
  return row;
}

export async function updatePlanAction(actor: Actor, input: TPlanActionUpdate): Promise<PlanActionView> {
  return db.$transaction(async (tx) => {
    const before = await lockedAction(tx, actor, input.actionId);
    await checkFields(tx, { id: before.assessment.id, questionnaireVersionId: before.wave.questionnaireVersionId }, input);
    const after = await tx.planAction.update({ where: { id: before.id }, data: columnsOf(input), include });
    const diff = diffSnapshots(snapshot(before), snapshot(after));
    if (Object.keys(diff.after).length) await audit(tx, actor, "plan.action.update", after.id, { assessmentId: after.assessmentId, ...diff });
    return toView(after);
  });
}

export async function deletePlanAction(actor: Actor, actionId: string): Promise<{ assessmentId: string }> {
  return db.$transaction(async (tx) => {
    const before = await lockedAction(tx, actor, actionId);
    await tx.planAction.delete({ where: { id: before.id } });
    await audit(tx, actor, "plan.action.delete", before.id, { assessmentId: before.assessmentId, before: snapshot(before) });
    return { assessmentId: before.assessmentId };
  });
}

/** Ticks or unticks one checklist step (an update like any other, audited with the change). */
export async function toggleChecklistItem(actor: Actor, input: TChecklistToggle): Promise<PlanActionView> {
  return db.$transaction(async (tx) => {
    const before = await lockedAction(tx, actor, input.actionId);
    const checklist = checklistOf(before.checklist);
    if (input.index >= checklist.length) throw new AppError("invalid-input", "No such checklist step");
    if (checklist[input.index]!.done === input.done) return toView(before);
    const next = checklist.map((c, i) => (i === input.index ? { ...c, done: input.done } : c));
    const after = await tx.planAction.update({ where: { id: before.id }, data: { checklist: next }, include });
    await audit(tx, actor, "plan.action.update", after.id, { assessmentId: after.assessmentId, ...diffSnapshots(snapshot(before), snapshot(after)) });
    return toView(after);
  });
}

/** Records a download of the plan (AuditLog "export.plan.csv" / "export.plan.ics"). */
export async function recordPlanExport(actor: Actor, assessmentId: string, format: "csv" | "ics", count: number, filters: TPlanFilters) {
  await db.auditLog.create({
    data: { actorId: actor.id, action: `export.plan.${format}`, targetType: "assessment", targetId: assessmentId, detail: { count, filters } },
  });
}
