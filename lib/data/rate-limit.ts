import "server-only";
import { db } from "@/lib/db/client";

export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/**
 * A fixed-window counter in the database, so every app instance sees the same count. `peek` reads without
 * counting (to refuse a client that is already over the limit before doing any work).
 */
export async function hitRateLimit(key: string, limit: number, windowMs: number, { peek = false } = {}): Promise<RateLimitResult> {
  const now = new Date();
  const row = await db.$transaction(async (tx) => {
    const current = await tx.rateLimit.findUnique({ where: { key } });
    if (peek) return current && current.resetAt > now ? current : null;
    if (!current || current.resetAt <= now) {
      return tx.rateLimit.upsert({
        where: { key },
        create: { key, count: 1, resetAt: new Date(now.getTime() + windowMs) },
        update: { count: 1, resetAt: new Date(now.getTime() + windowMs) },
      });
    }
    return tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
  });
  const count = row?.count ?? 0;
  const retryAfterSeconds = row ? Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000)) : 0;
  return { allowed: peek ? count < limit : count <= limit, remaining: Math.max(0, limit - count), retryAfterSeconds };
}

/** The client address as the nearest proxy reports it (first X-Forwarded-For entry), else "local". */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}
