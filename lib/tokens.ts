// Invite tokens: 256 random bits, shown once, stored only as a SHA-256 hash.
import { createHash, createHmac, randomBytes } from "node:crypto";

export function newInviteToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Demo links must be printable on every `npm start` although only hashes are stored, so demo tokens are
 * derived from the installation's secret (still 256 bits, unguessable without it). Never used for real invites.
 */
export function demoInviteToken(secret: string, key: string): string {
  return createHmac("sha256", secret).update(`bridge-demo-invite:${key}`).digest("base64url");
}
