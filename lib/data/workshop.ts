import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadQuestionnaire } from "@/lib/catalogue/load";
import { getAssessmentForActor } from "@/lib/data/access";
import { resultsViewOf } from "@/lib/data/revealed-view";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { comparedQuestionnaire, itemInfo } from "@/lib/results/items";
import type { RevealedTeamResults } from "@/lib/results/types";
import { voteOptionsOf, WORKSHOP_OUTCOMES, type WorkshopOutcome, type WorkshopOutcomeRecord } from "@/lib/results/workshop-outcome";
import type { TWorkshopOutcome, TWorkshopOutcomeClear } from "@/lib/validation/workshop";

// The workshop of a revealed wave: its results and the outcome recorded per question. Authorization in the query
// (getAssessmentForActor: the actor's organizations, every one for an admin); a missing assessment, someone else's,
// a missing wave and a wave not yet revealed all answer the same "not found". Every change of an outcome writes an
// AuditLog row ("workshop.outcome", before and after) in the same transaction.

export interface Workshop {
  results: RevealedTeamResults;
  outcomes: WorkshopOutcomeRecord[];
}

const NOT_FOUND = "Workshop not found";

type OutcomeRow = { itemKey: string; outcome: string; position: string | null; notes: string | null; votes: unknown; updatedAt: Date; updatedById: string | null };
type Snapshot = { outcome: WorkshopOutcome; position: string | null; notes: string | null; votes: Record<string, number> | null };

function votesOf(raw: unknown): Record<string, number> | null {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null;
  const entries = Object.entries(raw as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === "number" && Number.isInteger(e[1]) && e[1] >= 0);
  return entries.length ? Object.fromEntries(entries) : null;
}

function outcomeOf(value: string): WorkshopOutcome {
  return (WORKSHOP_OUTCOMES as readonly string[]).includes(value) ? (value as WorkshopOutcome) : "needs-data";
}

function recordOf(row: OutcomeRow, names: Map<string, string>): WorkshopOutcomeRecord {
  return {
    itemKey: row.itemKey,
    outcome: outcomeOf(row.outcome),
    position: row.position,
    notes: row.notes,
    votes: votesOf(row.votes),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedById ? (names.get(row.updatedById) ?? null) : null,
  };
}

const snapshotOf = (row: OutcomeRow | null): Snapshot | null =>
  row ? { outcome: outcomeOf(row.outcome), position: row.position, notes: row.notes, votes: votesOf(row.votes) } : null;

/** Key order of a JSON object is not kept by every database (PostgreSQL's jsonb sorts keys). */
const votesKey = (votes: Record<string, number> | null) => JSON.stringify(Object.entries(votes ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const sameSnapshot = (a: Snapshot | null, b: Snapshot | null) =>
  a === null || b === null
    ? a === b
    : a.outcome === b.outcome && a.position === b.position && a.notes === b.notes && votesKey(a.votes) === votesKey(b.votes);

/** The actor's revealed wave: the given number, else the latest revealed one. Throws not-found otherwise. */
async function revealedWaveFor(actor: Actor, assessmentId: string, waveNumber?: number) {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  const revealed = assessment?.waves.filter((w) => w.revealedAt !== null) ?? [];
  const wave = waveNumber === undefined ? revealed.at(-1) : revealed.find((w) => w.number === waveNumber);
  if (!assessment || !wave) throw new AppError("not-found", NOT_FOUND);
  return { assessment, wave };
}

/**
 * The workshop of one revealed wave (default: the latest revealed), for a facilitator of its organization or an
 * admin. Null when the actor may not see the assessment, or the wave does not exist or is not revealed.
 */
export async function getWorkshop(actor: Actor, assessmentId: string, opts: { waveNumber?: number } = {}): Promise<Workshop | null> {
  const found = await revealedWaveFor(actor, assessmentId, opts.waveNumber).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not-found") return null;
    throw error;
  });
  if (!found) return null;
  const results = await resultsViewOf(found.assessment, found.wave);
  if (results.sealed) return null;
  return { results, outcomes: await listOutcomes(found.wave.id) };
}

/**
 * The outcomes recorded for one revealed wave of the actor's assessment (for the exports, which read the results
 * themselves). Null when the actor may not see it, or the wave does not exist or is not revealed.
 */
export async function listWorkshopOutcomes(actor: Actor, assessmentId: string, waveNumber: number): Promise<WorkshopOutcomeRecord[] | null> {
  const found = await revealedWaveFor(actor, assessmentId, waveNumber).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not-found") return null;
    throw error;
  });
  return found ? listOutcomes(found.wave.id) : null;
}

async function listOutcomes(waveId: string): Promise<WorkshopOutcomeRecord[]> {
  const rows = await db.workshopOutcome.findMany({ where: { waveId }, orderBy: { createdAt: "asc" } });
  const ids = [...new Set(rows.map((r) => r.updatedById).filter((id): id is string => id !== null))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => recordOf(r, names));
}

/** The question as the workshop may record it: a compared (non-context, non-free-text) item of the assessment's version. */
async function itemFor(version: string, itemKey: string) {
  const questionnaire = await loadQuestionnaire(version);
  const item = questionnaire ? comparedQuestionnaire(questionnaire).items.find((i) => i.key === itemKey && i.kind !== "free-text") : undefined;
  if (!item) throw new AppError("not-found", "Question not found");
  return itemInfo(item);
}

async function audit(tx: Prisma.TransactionClient, actor: Actor, ids: { waveId: string; assessmentId: string; waveNumber: number; itemKey: string }, before: Snapshot | null, after: Snapshot | null) {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      action: "workshop.outcome",
      targetType: "wave",
      targetId: ids.waveId,
      detail: { assessmentId: ids.assessmentId, waveNumber: ids.waveNumber, itemKey: ids.itemKey, before, after } as Prisma.InputJsonObject,
    },
  });
}

/**
 * Records (or replaces) the outcome of one question in a revealed wave. Votes may name only the question's own vote
 * options. Saving the same outcome again changes nothing and writes no audit row.
 * Throws AppError "not-found" (assessment, wave or question not the actor's or not there), "invalid-input" (votes).
 */
export async function saveWorkshopOutcome(actor: Actor, input: TWorkshopOutcome): Promise<WorkshopOutcomeRecord> {
  const { assessment, wave } = await revealedWaveFor(actor, input.assessmentId, input.waveNumber);
  const item = await itemFor(wave.questionnaireVersionId, input.itemKey);
  const allowed = new Set(voteOptionsOf(item).map((o) => o.id));
  const stray = Object.keys(input.votes ?? {}).filter((id) => !allowed.has(id));
  if (stray.length) {
    const message = allowed.size ? "Votes can only be counted for this question's answers" : "This question has no answers to vote on";
    throw new AppError("invalid-input", message, { fieldErrors: { votes: message } });
  }
  const after: Snapshot = { outcome: input.outcome, position: input.position, notes: input.notes, votes: input.votes };
  const ids = { waveId: wave.id, assessmentId: assessment.id, waveNumber: wave.number, itemKey: item.key };
  const where = { waveId_itemKey: { waveId: wave.id, itemKey: item.key } };
  const row = await db.$transaction(async (tx) => {
    const existing = await tx.workshopOutcome.findUnique({ where });
    const before = snapshotOf(existing);
    if (existing && sameSnapshot(before, after)) return existing;
    const data = {
      outcome: after.outcome,
      position: after.position,
      notes: after.notes,
      votes: after.votes ?? Prisma.DbNull,
      updatedById: actor.id,
    };
    const saved = await tx.workshopOutcome.upsert({ where, create: { waveId: wave.id, itemKey: item.key, ...data }, update: data });
    await audit(tx, actor, ids, before, after);
    return saved;
  });
  return recordOf(row, new Map([[actor.id, actor.name]]));
}

/** Removes the outcome of one question (nothing to do, and no audit row, when none is recorded). Same errors as saving. */
export async function clearWorkshopOutcome(actor: Actor, input: TWorkshopOutcomeClear): Promise<{ cleared: boolean }> {
  const { assessment, wave } = await revealedWaveFor(actor, input.assessmentId, input.waveNumber);
  const item = await itemFor(wave.questionnaireVersionId, input.itemKey);
  const ids = { waveId: wave.id, assessmentId: assessment.id, waveNumber: wave.number, itemKey: item.key };
  return db.$transaction(async (tx) => {
    const existing = await tx.workshopOutcome.findUnique({ where: { waveId_itemKey: { waveId: wave.id, itemKey: item.key } } });
    if (!existing) return { cleared: false };
    // deleteMany: a concurrent clear that got there first leaves nothing to delete, and no second audit row
    const { count } = await tx.workshopOutcome.deleteMany({ where: { id: existing.id } });
    if (count === 0) return { cleared: false };
    await audit(tx, actor, ids, snapshotOf(existing), null);
    return { cleared: true };
  });
}
