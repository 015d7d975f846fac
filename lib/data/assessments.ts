import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { assessmentWhere, getAssessmentForActor, getOrganizationForActor } from "@/lib/data/access";
import { SIDES, TIERS, type Side, type Tier } from "@/lib/domain";
import { ActionError } from "@/lib/actions/action-error";
import { sortNewestPublishedFirst } from "@/lib/questionnaire/versions";
import type { TAssessmentCreate } from "@/lib/validation/assessment";

export async function listAssessmentsForOrganization(actor: Actor, organizationId: string) {
  return db.assessment.findMany({
    where: { organizationId, ...assessmentWhere(actor) },
    orderBy: { createdAt: "desc" },
    include: { waves: { orderBy: { number: "desc" }, take: 1 }, _count: { select: { participants: true } } },
  });
}

export async function createAssessment(actor: Actor, input: TAssessmentCreate) {
  const org = await getOrganizationForActor(actor, input.organizationId);
  if (!org) throw new ActionError("Organization not found");
  const version = await db.questionnaireVersion.findFirst({ where: { id: input.questionnaireVersionId, status: "published" } });
  if (!version) throw new ActionError("Choose a published questionnaire version", { questionnaireVersionId: "Not a published version" });
  const sources = await db.benchmarkSource.count({ where: { id: { in: input.sourceIds } } });
  if (sources !== new Set(input.sourceIds).size) throw new ActionError("Unknown benchmark source", { sourceIds: "Unknown benchmark source" });
  return db.$transaction(async (tx) => {
    const assessment = await tx.assessment.create({
      data: {
        organizationId: org.id,
        title: input.title,
        questionnaireVersionId: version.id,
        createdById: actor.id,
        quorumMarketing: input.quorumMarketing,
        quorumIt: input.quorumIt,
        // the assessment's settings are the defaults of its waves; wave 1 starts with them
        waves: {
          create: {
            number: 1,
            label: "Wave 1",
            status: "open",
            questionnaireVersionId: version.id,
            quorumMarketing: input.quorumMarketing,
            quorumIt: input.quorumIt,
            benchmarkSources: { create: [...new Set(input.sourceIds)].map((sourceId) => ({ sourceId })) },
          },
        },
        benchmarkSources: { create: [...new Set(input.sourceIds)].map((sourceId) => ({ sourceId })) },
      },
    });
    await tx.auditLog.create({ data: { actorId: actor.id, action: "assessment.create", targetType: "assessment", targetId: assessment.id } });
    return assessment;
  });
}

export type Completion = Record<Side, Record<Tier, { invited: number; started: number; submitted: number }>>;

/** Everything the assessment page shows: participants with their current wave's status, and completion. */
export async function getAssessmentOverview(actor: Actor, assessmentId: string) {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  if (!assessment) return null;
  const wave = assessment.waves.at(-1)!;
  const participants = await db.participant.findMany({
    where: { assessmentId: assessment.id, removedAt: null },
    orderBy: [{ side: "asc" }, { tier: "asc" }, { name: "asc" }],
    include: { responses: { where: { waveId: wave.id }, select: { id: true, status: true, tokenRevokedAt: true, submittedAt: true, side: true, tier: true } } },
  });
  const completion = Object.fromEntries(
    SIDES.map((side) => [side, Object.fromEntries(TIERS.map((tier) => [tier, { invited: 0, started: 0, submitted: 0 }]))]),
  ) as Completion;
  for (const p of participants) {
    // counted in the side and tier of the current wave's invitation
    const response = p.responses[0];
    const cell = completion[(response?.side ?? p.side) as Side]?.[(response?.tier ?? p.tier) as Tier];
    const status = response?.status;
    if (!cell) continue;
    cell.invited++;
    if (status === "started") cell.started++;
    if (status === "submitted") cell.submitted++;
  }
  return { assessment, wave, participants, completion };
}

/** Close (no more answers) or reopen the current wave. */
export async function setWaveStatus(actor: Actor, assessmentId: string, status: "open" | "closed") {
  const assessment = await getAssessmentForActor(actor, assessmentId);
  if (!assessment) throw new ActionError("Assessment not found");
  const wave = assessment.waves.at(-1)!;
  await db.$transaction([
    db.wave.update({ where: { id: wave.id }, data: { status } }),
    db.auditLog.create({ data: { actorId: actor.id, action: status === "closed" ? "wave.close" : "wave.reopen", targetType: "wave", targetId: wave.id } }),
  ]);
}

/**
 * Choices for a new assessment: published questionnaire versions, newest first (the first is the form's default,
 * so a new assessment gets the newest published version unless the facilitator picks another; existing
 * assessments keep theirs), and benchmark sources (reference data).
 */
export async function listAssessmentOptions() {
  const [published, sources] = await Promise.all([
    db.questionnaireVersion.findMany({ where: { status: "published" }, select: { id: true, title: true, publishedAt: true } }),
    db.benchmarkSource.findMany({ orderBy: { year: "desc" }, select: { id: true, publisher: true, title: true, year: true } }),
  ]);
  const versions = sortNewestPublishedFirst(published).map(({ id, title }) => ({ id, title }));
  return { versions, defaultVersionId: versions[0]?.id ?? null, sources: sources.map((s) => ({ id: s.id, label: `${s.publisher}, ${s.year}: ${s.title}` })) };
}
