import "server-only";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashToken, newInviteToken } from "@/lib/tokens";

// One participant's invitation to one wave: a response row holding the token's hash and the side and tier the
// participant answers in for that wave (a later change of side or tier leaves earlier waves as they were). The one
// place invitations are made, for new participants and for every participant of a new wave.

export const inviteLinkFor = (token: string) => `${env().BRIDGE_URL}/r/${token}`;

/** Creates the response in the caller's transaction; returns the plain token, shown once (only its hash is stored). */
export async function createInviteResponse(
  tx: Prisma.TransactionClient,
  invite: { waveId: string; participantId: string; side: string; tier: string },
): Promise<string> {
  const token = newInviteToken();
  await tx.response.create({ data: { ...invite, tokenHash: hashToken(token) } });
  return token;
}
