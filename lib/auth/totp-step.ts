// Which 30-second step a TOTP code belongs to (RFC 6238), computed exactly as better-auth accepts codes: HMAC-SHA-1,
// 6 digits, 30-second steps, the current step and one on either side. Pure (no database): lib/auth/totp-replay.ts
// uses it to accept each code once.
import { createHmac, timingSafeEqual } from "node:crypto";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps accepted either side of the current one (better-auth's `createOTP().verify` default). */
export const TOTP_WINDOW = 1;

/** The step a moment falls in: the RFC 6238 counter T = floor(unix time / 30 s). */
export function totpStepAt(nowMs: number): number {
  return Math.floor(nowMs / (TOTP_PERIOD_SECONDS * 1000));
}

/** The HOTP value of one counter (RFC 4226 §5.3) for a raw key, zero-padded to `digits`. */
export function hotp(key: Uint8Array, counter: number, digits = TOTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  return ((mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits).toString().padStart(digits, "0");
}

/**
 * The latest step within the accepted window whose code is `code`, or null when the code is not valid now.
 * Every step in the window is compared (in constant time), so the time taken does not depend on which one matched.
 */
export function matchingTotpStep(key: Uint8Array, code: string, nowMs: number): number | null {
  if (!/^\d+$/.test(code) || code.length !== TOTP_DIGITS) return null;
  const current = totpStepAt(nowMs);
  let matched: number | null = null;
  for (let step = current - TOTP_WINDOW; step <= current + TOTP_WINDOW; step++) {
    if (timingSafeEqual(Buffer.from(hotp(key, step)), Buffer.from(code))) matched = step;
  }
  return matched;
}

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 (no padding needed; case and spaces ignored), for secrets better-auth stores as `base32:<key>`. */
export function base32Decode(text: string): Uint8Array {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text.replace(/[\s=]+/g, "").toUpperCase()) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error("not base32");
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

/**
 * The HMAC key of a decrypted better-auth TOTP secret: generated secrets are used as their UTF-8 bytes, imported
 * ones are stored as `base32:<secret>` (better-auth's decryptTOTPSecret).
 */
export function totpKeyFromSecret(secret: string): Uint8Array {
  return secret.startsWith("base32:") ? base32Decode(secret.slice("base32:".length)) : new TextEncoder().encode(secret);
}
