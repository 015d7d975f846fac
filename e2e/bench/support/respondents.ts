import { createDb, type Db } from "../../../lib/db/create-db";
import type { Side } from "../../../lib/domain";
import { createAssessment, createOrganization, createParticipant } from "../../../prisma/factories";
import { recordConsentForBench } from "./consent";

/** Creates `count` consented respondents through the data layer; returns their invite tokens. */
export async function createRespondents(databaseUrl: string, count: number): Promise<{ db: Db; tokens: string[] }> {
  const db = createDb(databaseUrl);
  const org = await createOrganization(db, { name: "Bench organization", isDemo: true });
  const assessment = await createAssessment(db, org.id, { title: "Bench assessment" });
  const waveId = assessment.waves[0]!.id;
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const side: Side = i % 2 ? "it" : "marketing";
    const { token, response } = await createParticipant(db, { assessmentId: assessment.id, waveId, side, tier: i < 2 ? "leader" : "team" });
    await recordConsentForBench(db, response.id);
    tokens.push(token);
  }
  return { db, tokens };
}
