import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { ACTIONS, can, type Action } from "./can";

const actor = (role: Actor["role"], twoFactorEnabled = false): Actor => ({ id: "u", email: "u@x.example", name: "U", role, twoFactorEnabled });
const adminOnly: Action[] = ["admin:access", "organizations:see-all", "users:manage", "users:create", "audit:read", "benchmarks:manage", "panel:read"];
const everyone: Action[] = ["organizations:create", "assessments:create", "account:manage-own"];

describe("can", () => {
  it("covers every action in one of the two groups", () => {
    expect([...adminOnly, ...everyone].sort()).toEqual([...ACTIONS].sort());
  });

  it("signed out: nothing", () => {
    for (const a of ACTIONS) {
      expect(can(null, a)).toBe(false);
      expect(can(undefined, a)).toBe(false);
    }
  });

  it("facilitator: own work, never admin actions (with or without two-factor)", () => {
    for (const twoFactor of [false, true]) {
      for (const a of everyone) expect(can(actor("facilitator", twoFactor), a), a).toBe(true);
      for (const a of adminOnly) expect(can(actor("facilitator", twoFactor), a), a).toBe(false);
    }
  });

  it("admin with two-factor: everything", () => {
    for (const a of ACTIONS) expect(can(actor("admin", true), a), a).toBe(true);
  });

  it("admin without two-factor: only their own account", () => {
    for (const a of ACTIONS) expect(can(actor("admin", false), a), a).toBe(a === "account:manage-own");
  });

  it("an unknown role gets nothing", () => {
    const odd = { role: "superuser", twoFactorEnabled: true } as unknown as Actor;
    for (const a of ACTIONS) expect(can(odd, a)).toBe(false);
  });
});
