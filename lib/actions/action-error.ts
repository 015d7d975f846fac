import { AppError } from "@/lib/errors/app-error";

/**
 * A failure the user can act on, from a form: an AppError with the code "invalid-input" (HTTP 400 at a route
 * boundary). Its message is safe to show. New code may throw AppError with a more precise code instead.
 */
export class ActionError extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string>) {
    super("invalid-input", message, { fieldErrors });
    this.name = "ActionError";
  }
}
