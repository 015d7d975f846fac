import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { organizationWhere } from "@/lib/data/access";
import type { TOrganizationCreate } from "@/lib/validation/organization";

export async function listOrganizationsForActor(actor: Actor) {
  return db.organization.findMany({
    where: organizationWhere(actor),
    orderBy: { name: "asc" },
    include: { _count: { select: { assessments: true } } },
  });
}

/** The creator becomes the organization's owner, so it is in their scope from now on. */
export async function createOrganization(actor: Actor, input: TOrganizationCreate) {
  return db.$transaction(async (tx) => {
    const org = await tx.organization.create({
      data: { ...input, members: { create: { userId: actor.id, role: "owner" } } },
    });
    await tx.auditLog.create({ data: { actorId: actor.id, action: "organization.create", targetType: "organization", targetId: org.id } });
    return org;
  });
}
