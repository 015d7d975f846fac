import { describe, expect, it } from "vitest";
import { can } from "./can";
import { mustEnrolTwoFactor } from "./two-factor-rule";

describe("mustEnrolTwoFactor", () => {
  it("holds back an admin without two-factor only", () => {
    expect(mustEnrolTwoFactor({ role: "admin", twoFactorEnabled: false })).toBe(true);
    expect(mustEnrolTwoFactor({ role: "admin", twoFactorEnabled: null })).toBe(true);
    expect(mustEnrolTwoFactor({ role: "admin", twoFactorEnabled: true })).toBe(false);
    expect(mustEnrolTwoFactor({ role: "facilitator", twoFactorEnabled: false })).toBe(false);
    expect(mustEnrolTwoFactor(null)).toBe(false);
  });

  it("is the rule can() applies: such an admin may only manage their own account", () => {
    const admin = { role: "admin" as const, twoFactorEnabled: false };
    expect(can(admin, "account:manage-own")).toBe(true);
    expect(can(admin, "admin:access")).toBe(false);
    expect(can(admin, "organizations:create")).toBe(false);
  });
});
