// Test fixture: reference data seeded and one organization with one assessment (its first wave), the setup the
// respondent tests share.
import type { Db } from "../db/create-db";
import { createAssessment, createOrganization } from "../../prisma/factories";
import { seedReferenceData } from "../../prisma/seed-reference";

export async function seededAssessment(db: Db): Promise<{ assessmentId: string; waveId: string }> {
  await seedReferenceData(db);
  const org = await createOrganization(db);
  const assessment = await createAssessment(db, org.id);
  return { assessmentId: assessment.id, waveId: assessment.waves[0]!.id };
}
