// A team whose results have clear, credible gaps, for the workshop specs: four leaders per side on questionnaire v2
// (MIN_PER_SIDE is 3, and 3 + 3 answering opposite ways does not survive the false-discovery step over some 190
// comparisons; 4 + 4 does), every marketing leader answering "yes" and every IT leader "no" to eight yes-no
// questions, one of them a mirror question with each side's own wording. Everything else varies by seed.
import type { Db } from "../../lib/db/create-db";
import type { Side } from "../../lib/domain";
import { QUESTIONNAIRE_V2 } from "../../lib/questionnaire/builtin";
import { completeAnswers } from "../../lib/test/answers";
import { createSubmittedRespondent } from "../../lib/test/submitted";
import { createAssessment, createOrganization } from "../../prisma/factories";

export const MIRROR_ITEM = "sp-need-alignment";
export const OPPOSED_ITEMS = [
  MIRROR_ITEM,
  ...QUESTIONNAIRE_V2.items.filter((i) => i.kind === "yes-no" && i.section !== "context" && !i.mirror).slice(0, 7).map((i) => i.key),
];
/** Every item key of the questionnaire: none may appear on a workshop page. */
export const ITEM_KEYS = QUESTIONNAIRE_V2.items.map((i) => i.key);

export const uniqueSuffix = () => `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;

/**
 * An assessment of `ownerId`'s own organization whose wave 1 has quorum (`perSide` leaders a side, default 4: credible
 * gaps; 2 gives the same opposite answers with no credible gap); revealed when asked.
 */
export async function createGappedAssessment(db: Db, ownerId: string, opts: { reveal?: boolean; title?: string; perSide?: number } = {}) {
  const perSide = opts.perSide ?? 4;
  const suffix = uniqueSuffix();
  const org = await createOrganization(db, { name: `Workshop org ${suffix}`, ownerId });
  const assessment = await createAssessment(db, org.id, { title: opts.title ?? `Workshop ${suffix}`, createdById: ownerId, questionnaireVersionId: "v2" });
  await db.wave.updateMany({ where: { assessmentId: assessment.id }, data: { quorumMarketing: perSide, quorumIt: perSide } }); // quorum is per wave
  const waveId = assessment.waves[0]!.id;
  let seed = 0;
  for (const side of ["marketing", "it"] as Side[]) {
    for (let i = 0; i < perSide; i++) {
      const answers: Record<string, unknown> = completeAnswers(QUESTIONNAIRE_V2, side, (seed += 7));
      for (const key of OPPOSED_ITEMS) {
        const yes = side === "marketing";
        answers[key] = key === MIRROR_ITEM ? { self: yes, predicted: yes ? 90 : 10 } : yes;
      }
      await createSubmittedRespondent(db, { assessmentId: assessment.id, waveId, side, tier: "leader", answers, version: "v2", name: `${side} leader ${i} ${suffix}`, consentShowName: true });
    }
  }
  if (opts.reveal) await db.wave.update({ where: { id: waveId }, data: { revealedAt: new Date(), revealedById: ownerId, scoringModel: "v2" } });
  return { assessment, waveId, org };
}
