// Turns better-auth's client errors into sentences for the forms. A wrong email and a wrong password get the
// same message, so the form never tells whether an account exists.
import type { AuthClientError } from "@/lib/auth/client";

export const TOO_MANY_ATTEMPTS = "Too many attempts. Wait a minute, then try again.";
export const WRONG_CREDENTIALS = "Email or password is incorrect.";
export const NETWORK_PROBLEM = "Bridge could not be reached. Check your connection and try again.";

export function signInErrorMessage(error: AuthClientError): string {
  if (error.status === 429) return TOO_MANY_ATTEMPTS;
  if (error.status === 401 || error.code === "INVALID_EMAIL_OR_PASSWORD") return WRONG_CREDENTIALS;
  if (error.code === "BANNED_USER" || error.code === "ACCOUNT_DISABLED") {
    return "This account is disabled. Ask a Bridge administrator if you think this is a mistake.";
  }
  if (error.status === 403) return "This sign-in request was refused. Reload the page and try again.";
  if (error.status === 400) return WRONG_CREDENTIALS;
  return "Signing in did not work. Try again in a moment.";
}

/** `restart`: the two-factor step has expired or is used up; the form goes back to email and password. */
export function codeErrorMessage(error: AuthClientError): { message: string; restart: boolean } {
  switch (error.code) {
    case "INVALID_CODE":
      return { message: "That code is not right. Codes change every 30 seconds: enter the one your app shows now.", restart: false };
    case "INVALID_BACKUP_CODE":
      return { message: "That backup code is not right, or it has been used already.", restart: false };
    case "INVALID_TWO_FACTOR_COOKIE":
      return { message: "Your sign-in has expired. Enter your email and password again.", restart: true };
    case "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE":
      return { message: "Too many wrong codes. Enter your email and password again.", restart: true };
    case "TOTP_REUSED":
      return { message: "That code has been used already. Wait for the next code in your authenticator app, then enter it.", restart: false };
    case "TWO_FACTOR_THROTTLED":
      // the server's sentence says how long to wait, and whether a known device or a backup code still works (decision 45)
      return { message: error.message ?? "Too many wrong codes. Try again later, or use a backup code.", restart: false };
    case "ACCOUNT_TEMPORARILY_LOCKED":
      return { message: "Too many wrong codes: two-factor sign-in is locked for 15 minutes.", restart: false };
  }
  if (error.status === 429) return { message: TOO_MANY_ATTEMPTS, restart: false };
  if (error.status === 401) return { message: "That code is not right. Try again.", restart: false };
  return { message: "Checking the code did not work. Try again in a moment.", restart: false };
}

/** Normalises `{ error }` from authClient calls (and thrown network errors) to one shape. */
export function asAuthError(error: unknown): AuthClientError {
  if (error && typeof error === "object" && "status" in error) {
    const e = error as { status?: unknown; message?: unknown; code?: unknown };
    return {
      status: typeof e.status === "number" ? e.status : 0,
      message: typeof e.message === "string" ? e.message : undefined,
      code: typeof e.code === "string" ? e.code : undefined,
    };
  }
  return { status: 0 };
}
