import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// Authorization lives in the query: every read or write of an organization, assessment, participant or result
// goes through these `where` builders, and a missing row and a forbidden row look the same ("not found").

export function organizationWhere(actor: Actor): Prisma.OrganizationWhereInput {
  return actor.role === "admin" ? {} : { members: { some: { userId: actor.id } } };
}

export function assessmentWhere(actor: Actor): Prisma.AssessmentWhereInput {
  return { organization: organizationWhere(actor) };
}

/** The assessment with its organization and waves, or null when it does not exist or the actor may not see it. */
export async function getAssessmentForActor(actor: Actor, assessmentId: string) {
  return db.assessment.findFirst({
    where: { id: assessmentId, ...assessmentWhere(actor) },
    include: { organization: true, waves: { orderBy: { number: "asc" }, include: { benchmarkSources: true } }, benchmarkSources: true },
  });
}

export async function getOrganizationForActor(actor: Actor, organizationId: string) {
  return db.organization.findFirst({ where: { id: organizationId, ...organizationWhere(actor) } });
}
