// How a set-password (better-auth "reset-password") token is stored: never the token itself, but its SHA-256
// under the same "reset-password:" prefix, so a copy of the database cannot be used to set anyone's password and
// rows can still be found and deleted by prefix. better-auth applies it through `verification.storeIdentifier`
// (lib/auth/server.ts); lib/data/user-invitations.ts writes and reads invitations with it.
import { createHash } from "node:crypto";

export const RESET_PREFIX = "reset-password:";

/** The stored identifier for `identifier` ("reset-password:<token>"). */
export async function storedResetIdentifier(identifier: string): Promise<string> {
  return `${RESET_PREFIX}${createHash("sha256").update(identifier).digest("base64url")}`;
}
