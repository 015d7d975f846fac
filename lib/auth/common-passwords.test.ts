import { describe, expect, it } from "vitest";
import { commonPasswords, isCommonPassword } from "./common-passwords";

describe("the common-password list", () => {
  it("has thousands of entries, every one lower case and at least 8 characters", () => {
    const list = [...commonPasswords()];
    expect(list.length).toBeGreaterThan(5_000);
    expect(list.filter((p) => p.length >= 12).length).toBeGreaterThan(2_000);
    expect(list.every((p) => p.length >= 8 && p === p.toLowerCase() && !p.startsWith("#"))).toBe(true);
  });

  it.each([
    "password1234",
    "qwertyuiop12",
    "123456789012",
    "iloveyou1234",
    "Password123!",
    "PASSWORD1234",
    "Welcome2025!",
    "Summer2024!",
    "letmein12345",
    "1q2w3e4r5t6y",
    "1qaz2wsx3edc",
    "P@ssw0rd1234",
    "administrator",
    "qwerty123456",
    "trustno1trustno1",
    "correcthorsebatterystaple",
  ])("rejects %s (case-insensitive)", (pw) => {
    expect(isCommonPassword(pw)).toBe(true);
  });

  it("rejects repeated characters and plain runs even when not listed", () => {
    expect(isCommonPassword("zzzzzzzzzzzzzz")).toBe(true);
    expect(isCommonPassword("abcdefghijklmn")).toBe(true);
    expect(isCommonPassword("3456789012345")).toBe(true);
    expect(isCommonPassword("pass word 1234")).toBe(true); // spaces removed: password1234
  });

  it.each(["Facilitate-Bridge-2026", "Administer-Bridge-2026", "violet kettle harbour tram", "Sturdy-x8Kq2LmP-Passphrase", "marmalade-quasar-41"])(
    "accepts %s",
    (pw) => {
      expect(isCommonPassword(pw)).toBe(false);
    },
  );
});
