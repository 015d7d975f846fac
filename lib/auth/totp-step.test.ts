import { describe, expect, it } from "vitest";
import { base32, totp } from "@/e2e/support/auth";
import { base32Decode, hotp, matchingTotpStep, totpKeyFromSecret, totpStepAt } from "./totp-step";

// RFC 6238 Appendix B (SHA-1 key "12345678901234567890"), the last 6 of the 8 digits given there
const RFC_KEY = new TextEncoder().encode("12345678901234567890");
const RFC_VECTORS: [number, string][] = [
  [59, "287082"],
  [1111111109, "081804"],
  [1111111111, "050471"],
  [1234567890, "005924"],
  [2000000000, "279037"],
];

describe("TOTP steps", () => {
  it("computes the RFC 6238 test vectors", () => {
    for (const [seconds, code] of RFC_VECTORS) expect(hotp(RFC_KEY, totpStepAt(seconds * 1000))).toBe(code);
  });

  it("a code matches its own step, and the steps either side of now (better-auth's window), no further", () => {
    const now = 1_800_000_000_000;
    const step = totpStepAt(now);
    for (const offset of [-1, 0, 1]) expect(matchingTotpStep(RFC_KEY, hotp(RFC_KEY, step + offset), now)).toBe(step + offset);
    for (const offset of [-3, -2, 2, 3]) {
      const code = hotp(RFC_KEY, step + offset);
      const inWindow = [-1, 0, 1].some((o) => hotp(RFC_KEY, step + o) === code);
      if (!inWindow) expect(matchingTotpStep(RFC_KEY, code, now)).toBeNull();
    }
  });

  it("refuses anything but six digits", () => {
    const now = Date.now();
    const code = hotp(RFC_KEY, totpStepAt(now));
    for (const bad of ["", code.slice(1), `${code}0`, ` ${code.slice(1)}`, "12345a", "１２３４５６"]) {
      expect(matchingTotpStep(RFC_KEY, bad, now)).toBeNull();
    }
  });

  it("reads a secret as better-auth does: its UTF-8 bytes, or base32 after `base32:`; agrees with an authenticator app", () => {
    const secret = "Zq8pW2mX4nR7tY1uV6bC3dF9gH0jK5sL";
    const b32 = base32(new TextEncoder().encode(secret));
    expect(base32Decode(b32)).toEqual(new TextEncoder().encode(secret));
    const now = Date.now();
    const step = totpStepAt(now);
    expect(matchingTotpStep(totpKeyFromSecret(secret), totp(b32, now), now)).toBe(step);
    expect(matchingTotpStep(totpKeyFromSecret(`base32:${b32.toLowerCase()}`), totp(b32, now), now)).toBe(step);
  });
});
