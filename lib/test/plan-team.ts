// Test fixture (Vitest and Playwright): an organization owned by `ownerId` with one assessment whose first wave is
// submitted by `perSide` leaders per side who answer three agreement questions at opposite ends (credible wide
// gaps, and so recommendations) and the rest alike; revealed unless told otherwise. Relative imports, so both
// test runners can use it.
import type { Db } from "../db/create-db";
import type { Side } from "../domain";
import { QUESTIONNAIRE_V1 } from "../questionnaire/builtin";
import { completeAnswers } from "./answers";
import { createSubmittedRespondent } from "./submitted";
import { createAssessment, createOrganization } from "../../prisma/factories";

/** The three questions the sides answer at opposite ends (marketing 5, IT 1). */
export const OPPOSED_ITEMS = QUESTIONNAIRE_V1.items.filter((i) => i.kind === "agreement" && !i.mirror && i.section !== "context").map((i) => i.key).slice(0, 3);
const AGREEMENT = QUESTIONNAIRE_V1.items.filter((i) => i.kind === "agreement" && !i.mirror && i.section !== "context").map((i) => i.key);

export async function planTeam(db: Db, opts: { ownerId: string; perSide?: number; reveal?: boolean; title?: string }) {
  const org = await createOrganization(db, { name: `Plan org ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`, ownerId: opts.ownerId });
  const assessment = await createAssessment(db, org.id, { title: opts.title ?? "Plan assessment", createdById: opts.ownerId });
  await db.wave.updateMany({ where: { assessmentId: assessment.id }, data: { quorumMarketing: 1, quorumIt: 1 } }); // quorum is per wave
  const waveId = assessment.waves[0]!.id;
  const respondents: { side: Side; responseId: string; token: string; name: string; participantId: string }[] = [];
  let seed = 0;
  for (const side of ["marketing", "it"] as Side[]) {
    for (let i = 0; i < (opts.perSide ?? 6); i++) {
      const answers: Record<string, unknown> = completeAnswers(QUESTIONNAIRE_V1, side, ++seed);
      for (const key of AGREEMENT) answers[key] = OPPOSED_ITEMS.includes(key) ? (side === "marketing" ? 5 : 1) : 1 + (i % 5);
      const name = `${side === "marketing" ? "Marketing" : "IT"} leader ${i + 1} ${seed}`;
      const { responseId, token, participant } = await createSubmittedRespondent(db, { assessmentId: assessment.id, waveId, side, tier: "leader", answers, name });
      respondents.push({ side, responseId, token, name, participantId: participant.id });
    }
  }
  if (opts.reveal ?? true) await db.wave.update({ where: { id: waveId }, data: { revealedAt: new Date(), revealedById: opts.ownerId, scoringModel: "v2" } });
  return { organizationId: org.id, assessmentId: assessment.id, waveId, respondents };
}
