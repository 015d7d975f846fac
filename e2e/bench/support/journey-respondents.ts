// The invited (not yet consented) respondents of the journey bench, and the check afterwards that each one's
// response is submitted with exactly the answers the bench saved plus the ones given from the invitation and
// the organization's profile. createRespondents (./respondents.ts) consents for its respondents: the journey
// bench consents through the welcome page instead, so it invites through the factories itself.
import type { Db } from "../../../lib/db/create-db";
import { createDb } from "../../../lib/db/create-db";
import type { Side, Tier } from "../../../lib/domain";
import { DEFAULT_QUESTIONNAIRE_VERSION, QUESTIONNAIRES } from "../../../lib/questionnaire/builtin";
import { prefilledAnswers, prefilledValues, type OrganizationProfile } from "../../../lib/respondent/prefilled";
import { createAssessment, createOrganization, createParticipant } from "../../../prisma/factories";
import { canonical } from "./journey-answers";

/** Respondents per organization: each has one assessment with a CMO, a CIO and their teams. */
const PER_ORGANIZATION = 50;

export interface InvitedRespondent {
  token: string;
  responseId: string;
  side: Side;
  tier: Tier;
  organization: OrganizationProfile;
}

/** `count` invited respondents on the app's default questionnaire version, in organizations of 50. */
export async function inviteRespondents(databaseUrl: string, count: number): Promise<{ db: Db; respondents: InvitedRespondent[]; version: string }> {
  const db = createDb(databaseUrl);
  const version = DEFAULT_QUESTIONNAIRE_VERSION;
  const respondents: InvitedRespondent[] = [];
  for (let first = 0; first < count; first += PER_ORGANIZATION) {
    const org = await createOrganization(db, { name: `Journey bench organization ${first / PER_ORGANIZATION + 1}`, isDemo: true });
    const assessment = await createAssessment(db, org.id, { title: "Journey bench assessment", questionnaireVersionId: version });
    const waveId = assessment.waves[0]!.id;
    for (let i = 0; i < Math.min(PER_ORGANIZATION, count - first); i++) {
      const side: Side = i % 2 ? "it" : "marketing";
      const tier: Tier = i < 2 ? "leader" : "team";
      const { token, response } = await createParticipant(db, { assessmentId: assessment.id, waveId, side, tier });
      const { industry, region, revenueBand, businessModel } = org;
      respondents.push({ token, responseId: response.id, side, tier, organization: { industry, region, revenueBand, businessModel } });
    }
  }
  return { db, respondents, version };
}

/**
 * Reads (only) the responses back: each must be submitted and hold the last value saved per question plus the
 * prefilled answers, and nothing else. Returns one line per response that does not.
 */
export async function verifyResponses(db: Db, version: string, checks: { respondent: InvitedRespondent; saved: Map<string, unknown> }[]): Promise<string[]> {
  const questionnaire = QUESTIONNAIRES.find((q) => q.version === version)!;
  const rows = await db.response.findMany({
    where: { id: { in: checks.map((c) => c.respondent.responseId) } },
    select: { id: true, status: true, submittedAt: true, answers: { select: { value: true, item: { select: { key: true } } } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const { respondent, saved } of checks) {
    const row = byId.get(respondent.responseId);
    if (!row) {
      problems.push(`${respondent.responseId}: no response`);
      continue;
    }
    if (row.status !== "submitted" || !row.submittedAt) problems.push(`${row.id}: status ${row.status}, not submitted`);
    const given = prefilledValues(prefilledAnswers(questionnaire, respondent));
    const expected = new Map<string, unknown>([...Object.entries(given), ...saved]);
    const stored = new Map(row.answers.map((a) => [a.item.key, a.value]));
    if (stored.size !== expected.size) problems.push(`${row.id}: ${stored.size} answers stored, ${expected.size} expected`);
    const wrong = [...expected].filter(([key, value]) => !stored.has(key) || canonical(stored.get(key)) !== canonical(value)).map(([key]) => key);
    if (wrong.length) problems.push(`${row.id}: ${wrong.length} answers missing or different (${wrong.slice(0, 3).join(", ")})`);
  }
  return problems;
}
