import type { Db } from "../../../lib/db/create-db";

/** What the welcome page's consent does, without the browser (the bench measures autosave, not consent). */
export async function recordConsentForBench(db: Db, responseId: string) {
  const now = new Date();
  await db.response.update({ where: { id: responseId }, data: { consentAt: now, startedAt: now, status: "started" } });
}
