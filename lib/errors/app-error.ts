// The one application error. Data functions, guards and wrappers throw it with a code that says what went wrong;
// the code decides the HTTP status in exactly one place (APP_ERROR_STATUS), and the message is always safe to show.
// Route handlers turn it into an answer in lib/http/route.ts, server actions in lib/actions/action.ts. Anything
// that is not an AppError is a bug: it is rethrown, logged by Next and answered with its generic 500.
import type { z } from "zod";

export const APP_ERROR_STATUS = {
  /** A request or form the user can correct (a malformed query, an unknown question, a rule of the form). */
  "invalid-input": 400,
  /** Nobody signed in, or no usable invitation cookie. */
  unauthenticated: 401,
  /** Signed in (or same site), and still not allowed. */
  forbidden: 403,
  /** Missing, or not the actor's: the same answer for both, so nothing reveals what exists. */
  "not-found": 404,
  /** The state changed under the request (already submitted, not yet consented). */
  conflict: 409,
  /** The invitation link no longer works (withdrawn, expired, closed). */
  gone: 410,
  "too-large": 413,
  /** Well-formed, but the value breaks the item's rule (a scale out of range, a trade-off over 100). */
  unprocessable: 422,
  /** Team results cannot be revealed before each side has enough answers. */
  "quorum-not-met": 409,
  "rate-limited": 429,
  /** The database cannot be reached right now (restarting, failing over, overloaded): try again shortly. */
  unavailable: 503,
} as const satisfies Record<string, number>;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export interface AppErrorOptions {
  /** Messages keyed by form field (the first path segment), for react-hook-form's setError. */
  fieldErrors?: Record<string, string>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string>;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    if (options.fieldErrors) this.fieldErrors = options.fieldErrors;
  }

  /** The HTTP status of this error's code. */
  get status(): number {
    return httpStatusOf(this.code);
  }
}

export function httpStatusOf(code: AppErrorCode): number {
  return APP_ERROR_STATUS[code];
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Field errors keyed by the first path segment, the shape react-hook-form's setError expects. */
function fieldErrorsOf(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * The AppError of input that failed its zod schema. `message` defaults to the first issue, named by its field
 * ("population: Invalid option"), which is what the machine-readable routes have always answered.
 */
export function invalidInput(error: z.core.$ZodError, message?: string): AppError {
  const issue = error.issues[0];
  const first = issue ? `${String(issue.path[0] ?? "input")}: ${issue.message}` : "The request is not valid";
  return new AppError("invalid-input", message ?? first, { fieldErrors: fieldErrorsOf(error) });
}
