import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getOrganizationForActor, organizationWhere } from "@/lib/data/access";
import type { TOrganizationCreate, TPanelChoice } from "@/lib/validation/organization";

export async function listOrganizationsForActor(actor: Actor) {
  return db.organization.findMany({
    where: organizationWhere(actor),
    orderBy: { name: "asc" },
    include: { _count: { select: { assessments: true } } },
  });
}

/** The creator becomes the organization's owner, so it is in their scope from now on. */
export async function createOrganization(actor: Actor, input: Omit<TOrganizationCreate, "panelOptIn"> & { panelOptIn?: boolean }) {
  return db.$transaction(async (tx) => {
    const org = await tx.organization.create({
      data: { ...input, panelOptIn: input.panelOptIn ?? false, members: { create: { userId: actor.id, role: "owner" } } },
    });
    await tx.auditLog.create({ data: { actorId: actor.id, action: "organization.create", targetType: "organization", targetId: org.id } });
    return org;
  });
}

/**
 * Joins or leaves the cross-organization benchmark panel. Leaving takes effect on the next comparison view (the
 * panel reads the organization's current choice). Null when the organization is not the actor's.
 */
export async function setPanelOptIn(actor: Actor, { organizationId, panelOptIn }: TPanelChoice) {
  const org = await getOrganizationForActor(actor, organizationId);
  if (!org) return null;
  return db.$transaction(async (tx) => {
    const updated = await tx.organization.update({ where: { id: org.id }, data: { panelOptIn } });
    await tx.auditLog.create({
      data: { actorId: actor.id, action: panelOptIn ? "organization.panel-join" : "organization.panel-leave", targetType: "organization", targetId: org.id },
    });
    return updated;
  });
}
