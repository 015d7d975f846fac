import { createDb, type Db } from "../../../lib/db/create-db";
import type { Side, Tier } from "../../../lib/domain";
import { createAssessment, createOrganization, createParticipant } from "../../../prisma/factories";
import { recordConsentForBench } from "./consent";

export interface BenchRespondent {
  token: string;
  responseId: string;
  side: Side;
  tier: Tier;
}

export interface BenchOrganization {
  industry: string | null;
  region: string | null;
  revenueBand: string | null;
  businessModel: string | null;
}

/**
 * Creates `count` consented respondents through the data layer (one organization and assessment on questionnaire
 * v1); returns their invite tokens, and each one's response, side and tier.
 */
export async function createRespondents(
  databaseUrl: string,
  count: number,
): Promise<{ db: Db; tokens: string[]; respondents: BenchRespondent[]; organization: BenchOrganization }> {
  const db = createDb(databaseUrl);
  const org = await createOrganization(db, { name: "Bench organization", isDemo: true });
  const assessment = await createAssessment(db, org.id, { title: "Bench assessment" });
  const waveId = assessment.waves[0]!.id;
  const respondents: BenchRespondent[] = [];
  for (let i = 0; i < count; i++) {
    const side: Side = i % 2 ? "it" : "marketing";
    const tier: Tier = i < 2 ? "leader" : "team";
    const { token, response } = await createParticipant(db, { assessmentId: assessment.id, waveId, side, tier });
    await recordConsentForBench(db, response.id);
    respondents.push({ token, responseId: response.id, side, tier });
  }
  const { industry, region, revenueBand, businessModel } = org;
  return { db, tokens: respondents.map((r) => r.token), respondents, organization: { industry, region, revenueBand, businessModel } };
}
