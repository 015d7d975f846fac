import "@/lib/server-only-guard";
import type { getAssessmentForActor } from "@/lib/data/access";
import { db } from "@/lib/db/client";
import { SIDES, type Side } from "@/lib/domain";

// Which wave of an assessment a results request means, and how many have submitted on each side.

export type ActorAssessment = NonNullable<Awaited<ReturnType<typeof getAssessmentForActor>>>;

/** The wave with this number, or the latest when none is given; undefined when there is no such wave. */
export function pickWave(assessment: ActorAssessment, waveNumber?: number) {
  return waveNumber === undefined ? assessment.waves.at(-1) : assessment.waves.find((w) => w.number === waveNumber);
}

/** Submitted responses per side of a wave (participants removed from the assessment do not count). */
export async function submittedCounts(waveId: string): Promise<Record<Side, number>> {
  const rows = await db.response.groupBy({
    by: ["side"],
    where: { waveId, status: "submitted", participant: { removedAt: null } },
    _count: { _all: true },
  });
  const counts = { marketing: 0, it: 0 };
  for (const row of rows) if (SIDES.includes(row.side as Side)) counts[row.side as Side] = row._count._all;
  return counts;
}
