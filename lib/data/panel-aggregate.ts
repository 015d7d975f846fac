import "server-only";
import { loadQuestionnaire } from "@/lib/catalogue/load";
import { loadRespondents } from "@/lib/data/wave-respondents";
import { db } from "@/lib/db/client";
import { isPostgres } from "@/lib/db/dialect";
import { applyAnonymity } from "@/lib/scoring/anonymity";
import { waveAggregates } from "@/lib/scoring/panel";

// The cross-organization panel's summary of each revealed wave (PanelAggregate rows; lib/scoring/panel.ts explains
// the measure). Written by the reveal (lib/data/reveal-results.ts), caught up by a comparison view.

/**
 * (Re)computes one revealed wave's PanelAggregate rows from the respondents its team results count (submitted by
 * the reveal, removed participants and suppressed groups excluded). Idempotent; one transaction. Returns the
 * number of rows written (0 for a wave that is not revealed).
 */
export async function aggregateWave(waveId: string): Promise<number> {
  const wave = await db.wave.findUnique({
    where: { id: waveId },
    select: { id: true, revealedAt: true, questionnaireVersionId: true, assessment: { select: { organizationId: true } } },
  });
  if (!wave?.revealedAt) return 0;
  const q = await loadQuestionnaire(wave.questionnaireVersionId);
  if (!q) throw new Error(`questionnaire ${wave.questionnaireVersionId} is not available`);
  const { respondents } = await loadRespondents(wave.id, q.version, wave.revealedAt);
  const rows = waveAggregates(q, applyAnonymity(respondents).visible);
  const data = rows.map((r) => ({ waveId, organizationId: wave.assessment.organizationId, revealedAt: wave.revealedAt!, ...r }));
  await db.$transaction(
    async (tx) => {
      // Two instances may aggregate one wave at once (a reveal on one, a comparison view's catch-up on another).
      // On PostgreSQL the second would insert beside the first's uncommitted rows and fail on the unique key;
      // locking the wave row first makes it wait, then replace them. SQLite's transactions are already serial.
      if (isPostgres()) await tx.$queryRaw`SELECT "id" FROM "Wave" WHERE "id" = ${waveId} FOR UPDATE`;
      await tx.panelAggregate.deleteMany({ where: { waveId } });
      await tx.panelAggregate.createMany({ data });
      await tx.wave.update({ where: { id: waveId }, data: { panelAggregatedAt: new Date() } });
    },
    { timeout: 30_000 },
  );
  return rows.length;
}

/** Summarizes revealed waves that have not been yet (a reveal does it at once; this catches up after a crash or an upgrade). */
export async function refreshPanelAggregates(limit = 1000): Promise<number> {
  const waves = await db.wave.findMany({ where: { revealedAt: { not: null }, panelAggregatedAt: null }, select: { id: true }, take: limit });
  let done = 0;
  for (const w of waves) {
    try {
      await aggregateWave(w.id);
      done++;
    } catch (error) {
      // one wave that cannot be summarized (e.g. its questionnaire version is gone) must not break every view
      console.error(`panel summary of wave ${w.id} failed:`, error);
    }
  }
  return done;
}
