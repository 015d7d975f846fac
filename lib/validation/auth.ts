// Schemas of the account forms (sign-in, two-factor, password change), shared by the forms and the server.
// The common-password check runs on the server only (lib/auth/server.ts): its list stays out of the browser.
import { z } from "zod";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const email = z
  .string()
  .trim()
  .min(1, "Enter your email address")
  .max(254, "This email address is too long")
  .pipe(z.email("Enter a valid email address, like name@example.com"));

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password").max(PASSWORD_MAX, `Passwords have at most ${PASSWORD_MAX} characters`),
});
export type SignInInput = z.input<typeof signInSchema>;

/** A 6-digit TOTP code; spaces (as some apps show "123 456") are ignored. */
export const totpCode = z
  .string()
  .transform((s) => s.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app"));
export const totpSchema = z.object({ code: totpCode });
export type TotpInput = z.input<typeof totpSchema>;

/** One of the ten backup codes shown when two-factor was turned on ("abcde-12345"). */
export const backupCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/, "Enter one of your backup codes, like abcde-12345")
    .transform((s) => (s.includes("-") ? s : `${s.slice(0, 5)}-${s.slice(5)}`)),
});
export type BackupCodeInput = z.input<typeof backupCodeSchema>;

export const newPassword = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    newPassword,
    confirmPassword: z.string().min(1, "Enter the new password again"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords do not match" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one" });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** Turning two-factor on or off asks for the password again. */
export const confirmPasswordSchema = z.object({ password: z.string().min(1, "Enter your password") });
export type ConfirmPasswordInput = z.input<typeof confirmPasswordSchema>;

/**
 * Where to go after signing in: only a path on this site ("/app/…"), never another origin ("//evil.example",
 * "https://…", "/\\evil.example") and never back to the sign-in page. Anything else gives /app.
 */
export function safeNextPath(next: string | null | undefined, fallback = "/app"): string {
  if (!next || typeof next !== "string" || next.length > 2048) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || next.includes("\\") || /[\u0000-\u001f]/.test(next)) return fallback;
  try {
    const base = "https://bridge.invalid";
    const url = new URL(next, base);
    if (url.origin !== base) return fallback;
    if (url.pathname === "/signin" || url.pathname.startsWith("/api/")) return fallback;
    // parsing removes dot segments: "/.//evil.example" becomes "//evil.example", another origin once returned
    if (url.pathname.startsWith("//")) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
