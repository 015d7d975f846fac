import "server-only";
import { db } from "@/lib/db/client";

export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/**
 * A fixed-window counter in the database, so every app instance sees the same count. One atomic statement
 * (portable INSERT … ON CONFLICT … RETURNING): a read-then-write transaction would fail with SQLITE_BUSY when
 * another connection writes in between. `peek` reads without counting, to refuse a client that is already over
 * the limit before doing any work.
 */
export async function hitRateLimit(key: string, limit: number, windowMs: number, { peek = false } = {}): Promise<RateLimitResult> {
  const now = new Date();
  let count = 0;
  let resetAt: Date | null = null;
  if (peek) {
    const row = await db.rateLimit.findUnique({ where: { key } });
    if (row && row.resetAt > now) ({ count, resetAt } = row);
  } else {
    // now and then, the expired counters of every key (nothing else removes RateLimit rows); a failure is harmless
    if (Math.random() < 0.01) await db.rateLimit.deleteMany({ where: { resetAt: { lt: now } } }).catch(() => undefined);
    const fresh = new Date(now.getTime() + windowMs);
    const rows = await db.$queryRaw<{ count: number | bigint; resetAt: Date | string }[]>`
      INSERT INTO "RateLimit" ("key", "count", "resetAt", "updatedAt") VALUES (${key}, 1, ${fresh}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
        "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN ${fresh} ELSE "RateLimit"."resetAt" END,
        "updatedAt" = ${now}
      RETURNING "count", "resetAt"`;
    count = Number(rows[0]!.count);
    resetAt = new Date(rows[0]!.resetAt);
  }
  const retryAfterSeconds = resetAt ? Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000)) : 0;
  return { allowed: peek ? count < limit : count <= limit, remaining: Math.max(0, limit - count), retryAfterSeconds };
}

/** The client address as the nearest proxy reports it (first X-Forwarded-For entry), else "local". */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}
