import "@/lib/server-only-guard";
import { db } from "@/lib/db/client";
import { IMPERATIVES } from "@/lib/domain";
import type { SharedPlanAction } from "@/lib/plan/types";
import { PLAN_STATUS_LABEL, type PlanStatus } from "@/lib/plan/vocabulary";
import { utcDay } from "@/lib/time";

// What the facilitator shared with a participant's wave (lib/data/plan-sharing.ts sets it): the actions marked
// visible, once the plan is shared. Reached only through the invite cookie's response (resolveRespondent). A plain
// guard instead of "server-only" (and no import of lib/data/access.ts): the participant's results page is a Pages
// Router page (lib/server-only-guard.ts). Nothing here reads an answer.

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
