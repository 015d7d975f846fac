import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/guards";
import { ActionError } from "@/lib/actions/action-error";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError, invalidInput } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/input";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

export { ActionError };

/**
 * The one way a facilitator's server action runs: authenticate, validate with the same zod schema the form
 * uses, run, and turn an AppError (ActionError included) into a message for the form. Authorization happens in
 * the data function, which takes the actor and scopes its queries. Route handlers have the same boundary in
 * lib/http/route.ts.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (actor: Actor, data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const actor = await requireActor();
  let parsed: z.ZodSafeParseResult<z.infer<S>>;
  try {
    parsed = parseInput(schema, input); // unstorable text and a throwing zod: AppError (lib/validation/input.ts)
  } catch (error) {
    if (error instanceof AppError) return actionFailure(error);
    throw error;
  }
  if (!parsed.success) return actionFailure(invalidInput(parsed.error, "Please correct the highlighted fields"));
  try {
    return { ok: true, data: await handler(actor, parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return actionFailure(error);
    if (isDatabaseUnavailable(error)) return actionFailure(new AppError("unavailable", "The service is briefly unavailable: nothing was saved. Please try again in a moment."));
    throw error;
  }
}

function actionFailure(error: AppError): ActionResult<never> {
  return error.fieldErrors ? { ok: false, error: error.message, fieldErrors: error.fieldErrors } : { ok: false, error: error.message };
}
