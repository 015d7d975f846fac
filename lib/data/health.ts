import "server-only";
import { db } from "@/lib/db/client";

/** True when the database answers and holds the migrated schema (a query on a real table, not just SELECT 1). */
export async function checkDatabase(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await db.questionnaireVersion.findFirst({ select: { id: true } });
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = /no such table|does not exist/i.test(message)
      ? "database is not migrated (run npm run db:migrate)"
      : /unable to open|cannot open|ENOENT|directory does not exist/i.test(message)
        ? "database file cannot be opened"
        : /ECONNREFUSED|timeout|terminat/i.test(message)
          ? "database server is unreachable"
          : "database query failed";
    console.error(`[health] ${reason}: ${message.split("\n")[0]}`);
    return { ok: false, reason };
  }
}
