// Factories shared by the seed and the tests: they create data through Prisma (never through the UI).
import type { Db } from "../../lib/db/create-db";
import type { Side, Tier } from "../../lib/domain";
import { hashToken, newInviteToken } from "../../lib/tokens";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createOrganization(db: Db, data: Partial<{ name: string; industry: string; region: string; revenueBand: string; businessModel: string; isDemo: boolean; panelOptIn: boolean; ownerId: string }> = {}) {
  const { ownerId, ...rest } = data;
  return db.organization.create({
    data: {
      name: rest.name ?? `Test organization ${unique()}`,
      industry: rest.industry ?? "Banking",
      region: rest.region ?? "eala",
      revenueBand: rest.revenueBand ?? "1-5bn",
      businessModel: rest.businessModel ?? "b2c",
      isDemo: rest.isDemo ?? false,
      panelOptIn: rest.panelOptIn ?? false,
      ...(ownerId ? { members: { create: { userId: ownerId, role: "owner" } } } : {}),
    },
  });
}

export async function createAssessment(
  db: Db,
  organizationId: string,
  data: Partial<{ title: string; questionnaireVersionId: string; sourceIds: string[]; createdById: string }> = {},
) {
  const questionnaireVersionId = data.questionnaireVersionId ?? "v1";
  const sources = data.sourceIds?.length ? { create: data.sourceIds.map((sourceId) => ({ sourceId })) } : undefined;
  return db.assessment.create({
    data: {
      organizationId,
      title: data.title ?? `Assessment ${unique()}`,
      // Tests pin v1 unless they ask for another (their answers and createSubmittedRespondent use v1 keys). The app's
      // default for a new assessment is the newest published version (listAssessmentOptions; the demo seed passes
      // DEFAULT_QUESTIONNAIRE_VERSION).
      questionnaireVersionId,
      createdById: data.createdById ?? null,
      waves: { create: { number: 1, label: "Wave 1", status: "open", questionnaireVersionId, benchmarkSources: sources } },
      benchmarkSources: sources,
    },
    include: { waves: true },
  });
}

/** A participant with an invite for the given wave; returns the plain token (shown once, never stored). */
export async function createParticipant(
  db: Db,
  input: { assessmentId: string; waveId: string; side: Side; tier: Tier; name?: string; email?: string; title?: string; token?: string },
) {
  const token = input.token ?? newInviteToken();
  const participant = await db.participant.create({
    data: {
      assessmentId: input.assessmentId,
      name: input.name ?? `Participant ${unique()}`,
      email: input.email ?? null,
      side: input.side,
      tier: input.tier,
      title: input.title ?? null,
      responses: { create: { waveId: input.waveId, side: input.side, tier: input.tier, tokenHash: hashToken(token) } },
    },
    include: { responses: true },
  });
  return { participant, response: participant.responses[0]!, token };
}
