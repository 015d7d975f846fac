import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assessmentWhere } from "@/lib/data/access";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { TPlanShare } from "@/lib/validation/plan-action";

// Sharing a revealed wave's summary and action plan with its participants (Wave.summarySharedAt / planSharedAt;
// null = not shared), by the facilitator. What a participant then sees is read by lib/data/shared-plan.ts.

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
