import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/can";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAuditQuery } from "@/lib/validation/audit-query";

/** Admins only: who did what, when, newest first (at most `limit` rows). */
export async function listAuditLog(actor: Actor, query: TAuditQuery, limit = 200) {
  if (!can(actor, "audit:read")) return null;
  const where: Prisma.AuditLogWhereInput = {
    ...(query.action ? { action: query.action } : {}),
    ...(query.actor ? { actor: { email: { contains: query.actor.toLowerCase() } } } : {}),
    ...(query.from || query.to
      ? {
          createdAt: {
            ...(query.from ? { gte: new Date(`${query.from}T00:00:00.000Z`) } : {}),
            ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00.000Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  return db.auditLog.findMany({
    where,
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { actor: { select: { email: true, name: true } } },
  });
}

export async function listAuditActions() {
  const rows = await db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
