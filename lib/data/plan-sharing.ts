import "@/lib/server-only-guard";
import type { Actor } from "@/lib/auth/actor";
import { assessmentWhere } from "@/lib/data/access";
import { db } from "@/lib/db/client";
import { IMPERATIVES } from "@/lib/domain";
import { AppError } from "@/lib/errors/app-error";
import type { SharedPlanAction } from "@/lib/plan/types";
import { PLAN_STATUS_LABEL, type PlanStatus } from "@/lib/plan/vocabulary";
import { utcDay } from "@/lib/time";
import type { TPlanShare } from "@/lib/validation/plan-action";

// Sharing a revealed wave's summary and action plan with its participants (Wave.summarySharedAt / planSharedAt;
// null = not shared), and what a participant then sees. A plain guard instead of "server-only": the
// participant's results page is a Pages Router page (lib/server-only-guard.ts). Nothing here reads an answer:
// the summary goes through the facilitator's own computation (lib/data/revealed-view.ts: anonymity first), and
// the plan is the facilitator's text of the actions marked visible.

const SHARE_COLUMN = { summary: "summarySharedAt", plan: "planSharedAt" } as const;

/** Shares (or stops sharing) a revealed wave's summary or plan with its participants; audited. Idempotent. */
export async function setSharing(actor: Actor, input: TPlanShare): Promise<{ sharedAt: string | null }> {
  const wave = await db.wave.findFirst({ where: { number: input.waveNumber, assessmentId: input.assessmentId, assessment: assessmentWhere(actor) } });
  if (!wave) throw new AppError("not-found", "Not found");
  if (!wave.revealedAt) throw new AppError("invalid-input", "Reveal the results of this wave before sharing them");
  const column = SHARE_COLUMN[input.what];
  const current = wave[column];
  if (Boolean(current) === input.shared) return { sharedAt: current?.toISOString() ?? null };
  const sharedAt = input.shared ? new Date() : null;
  await db.$transaction(async (tx) => {
    await tx.wave.update({ where: { id: wave.id }, data: { [column]: sharedAt } });
    await tx.auditLog.create({
      data: { actorId: actor.id, action: `${input.what}.${input.shared ? "share" : "unshare"}`, targetType: "wave", targetId: wave.id, detail: { assessmentId: wave.assessmentId, waveNumber: wave.number } },
    });
  });
  return { sharedAt: sharedAt?.toISOString() ?? null };
}

/** The sharing state of an assessment's waves, for its plan page (only the actor's). */
export async function sharingOf(actor: Actor, assessmentId: string) {
  const waves = await db.wave.findMany({
    where: { assessmentId, assessment: assessmentWhere(actor) },
    orderBy: { number: "asc" },
    select: { number: true, label: true, revealedAt: true, summarySharedAt: true, planSharedAt: true },
  });
  return waves.map((w) => ({
    number: w.number,
    label: w.label ?? `Wave ${w.number}`,
    revealed: w.revealedAt !== null,
    summarySharedAt: w.summarySharedAt?.toISOString() ?? null,
    planSharedAt: w.planSharedAt?.toISOString() ?? null,
  }));
}

const IMPERATIVE_SHORT = new Map<string, string>(IMPERATIVES.map((i) => [i.id, i.short]));

/** What the facilitator shared with the participants of a respondent's wave (the response is the invite cookie's). */
export async function sharedForResponse(responseId: string): Promise<{ wave: { id: string; assessmentId: string; label: string; summaryShared: boolean }; plan: SharedPlanAction[] | null } | null> {
  const response = await db.response.findUnique({
    where: { id: responseId },
    select: { status: true, wave: { select: { id: true, assessmentId: true, number: true, label: true, revealedAt: true, summarySharedAt: true, planSharedAt: true } } },
  });
  const wave = response?.wave;
  if (!response || response.status !== "submitted" || !wave?.revealedAt) return null;
  let plan: SharedPlanAction[] | null = null;
  if (wave.planSharedAt) {
    const rows = await db.planAction.findMany({
      where: { assessmentId: wave.assessmentId, visibleToParticipants: true },
      select: { id: true, title: true, description: true, imperative: true, ownerName: true, dueDate: true, status: true, checklist: true, createdAt: true, owner: { select: { name: true } } },
    });
    // due date first, none last (the two databases order nulls differently), then oldest first
    rows.sort((a, b) => (a.dueDate?.getTime() ?? Infinity) - (b.dueDate?.getTime() ?? Infinity) || a.createdAt.getTime() - b.createdAt.getTime());
    plan = rows.map((r) => {
      const checklist = Array.isArray(r.checklist) ? (r.checklist as { done?: unknown }[]) : [];
      return {
        id: r.id,
        title: r.title,
        description: r.description,
        imperative: IMPERATIVE_SHORT.get(r.imperative) ?? r.imperative,
        ownerName: r.owner?.name ?? r.ownerName ?? null,
        dueDate: r.dueDate ? utcDay(r.dueDate) : null,
        status: PLAN_STATUS_LABEL[r.status as PlanStatus] ?? r.status,
        checklistDone: checklist.filter((c) => c?.done === true).length,
        checklistTotal: checklist.length,
      };
    });
  }
  return { wave: { id: wave.id, assessmentId: wave.assessmentId, label: wave.label ?? `Wave ${wave.number}`, summaryShared: wave.summarySharedAt !== null }, plan };
}
