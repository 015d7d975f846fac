import { describe, expect, it } from "vitest";
import { backupCodeSchema, changePasswordSchema, safeNextPath, signInSchema, totpSchema } from "./auth";

const firstError = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? null : { path: r.error!.issues[0]!.path.join("."), message: r.error!.issues[0]!.message };

describe("sign-in schema", () => {
  it("accepts an email and a password, trimming the email", () => {
    expect(signInSchema.parse({ email: "  a@b.example ", password: "x" })).toEqual({ email: "a@b.example", password: "x" });
  });
  it("names the field that is wrong", () => {
    expect(firstError(signInSchema.safeParse({ email: "", password: "x" }))).toEqual({ path: "email", message: "Enter your email address" });
    expect(firstError(signInSchema.safeParse({ email: "nope", password: "x" }))?.path).toBe("email");
    expect(firstError(signInSchema.safeParse({ email: "a@b.example", password: "" }))).toEqual({ path: "password", message: "Enter your password" });
  });
});

describe("code schemas", () => {
  it("TOTP: six digits, spaces ignored", () => {
    expect(totpSchema.parse({ code: "123 456" })).toEqual({ code: "123456" });
    for (const bad of ["12345", "1234567", "abcdef", ""]) expect(totpSchema.safeParse({ code: bad }).success, bad).toBe(false);
  });
  it("backup code: abcde-12345, the dash optional", () => {
    expect(backupCodeSchema.parse({ code: " abcde-12345 " })).toEqual({ code: "abcde-12345" });
    expect(backupCodeSchema.parse({ code: "abcde12345" })).toEqual({ code: "abcde-12345" });
    expect(backupCodeSchema.safeParse({ code: "abc" }).success).toBe(false);
  });
});

describe("password change schema", () => {
  const ok = { currentPassword: "old-password-here", newPassword: "violet kettle harbour", confirmPassword: "violet kettle harbour" };
  it("accepts a matching new password of 12+ characters", () => {
    expect(changePasswordSchema.safeParse(ok).success).toBe(true);
  });
  it("rejects a short one, a mismatch and an unchanged one on the right field", () => {
    expect(firstError(changePasswordSchema.safeParse({ ...ok, newPassword: "short", confirmPassword: "short" }))).toEqual({
      path: "newPassword",
      message: "Use at least 12 characters",
    });
    expect(firstError(changePasswordSchema.safeParse({ ...ok, confirmPassword: "violet kettle harbor" }))?.path).toBe("confirmPassword");
    expect(firstError(changePasswordSchema.safeParse({ ...ok, currentPassword: ok.newPassword }))?.path).toBe("newPassword");
    expect(firstError(changePasswordSchema.safeParse({ ...ok, currentPassword: "" }))?.path).toBe("currentPassword");
  });
});

describe("safeNextPath", () => {
  it.each([
    ["/app", "/app"],
    ["/app/organizations/abc?tab=1#x", "/app/organizations/abc?tab=1#x"],
    ["/account/security", "/account/security"],
  ])("keeps the same-site path %s", (input, output) => {
    expect(safeNextPath(input)).toBe(output);
  });
  it.each([
    undefined,
    null,
    "",
    "app",
    "//evil.example",
    "//evil.example/app",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/app",
    "javascript:alert(1)",
    "/%0d%0aSet-Cookie:x",
    "/\tevil",
    "/signin?next=/app",
    "/api/auth/sign-out",
    "/.//evil.example",
    "/app/..//evil.example",
    "/%2e//evil.example",
  ])("falls back to /app for %s", (input) => {
    const out = safeNextPath(input);
    expect(out === "/app" || (out.startsWith("/") && !out.startsWith("//") && !out.includes("\n"))).toBe(true);
    if (input !== "/%0d%0aSet-Cookie:x") expect(out).toBe("/app");
  });
});
