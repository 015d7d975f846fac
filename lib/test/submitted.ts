// Test and bench fixture: a participant whose response is already submitted, with answers written as rows
// (through Prisma, never the UI). Relative imports so Vitest, Playwright and tsx scripts can all use it.
import type { Db } from "../db/create-db";
import type { Side, Tier } from "../domain";
import type { Prisma } from "../generated/prisma/client";
import { questionnaireItemId } from "../questionnaire/item-id";
import { createParticipant } from "../../prisma/factories";

export interface SubmittedInput {
  assessmentId: string;
  waveId: string;
  side: Side;
  tier: Tier;
  answers: Record<string, unknown>;
  name?: string;
  consentShowName?: boolean;
  submittedAt?: Date;
  version?: string;
}

export async function createSubmittedRespondent(db: Db, input: SubmittedInput) {
  const { participant, response, token } = await createParticipant(db, {
    assessmentId: input.assessmentId,
    waveId: input.waveId,
    side: input.side,
    tier: input.tier,
    name: input.name,
  });
  const at = input.submittedAt ?? new Date();
  const version = input.version ?? "v1";
  const answers: Record<string, unknown> = { "context-side": input.side, "context-tier": input.tier, ...input.answers };
  await db.response.update({
    where: { id: response.id },
    data: {
      status: "submitted",
      consentAt: at,
      startedAt: at,
      submittedAt: at,
      consentShowName: input.tier === "leader" && (input.consentShowName ?? false),
    },
  });
  await db.answer.createMany({
    data: Object.entries(answers).map(([key, value]) => ({
      responseId: response.id,
      itemId: questionnaireItemId(version, key),
      value: value as Prisma.InputJsonValue,
    })),
  });
  return { participant, responseId: response.id, token };
}
