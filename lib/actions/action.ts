import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/guards";
import { ActionError } from "@/lib/actions/action-error";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

export { ActionError };

/** Field errors keyed by the first path segment, the shape react-hook-form's setError expects. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * The one way a facilitator's server action runs: authenticate, validate with the same zod schema the form
 * uses, run, and turn failures into a message for the form. Authorization happens in the data function, which
 * takes the actor and scopes its queries.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (actor: Actor, data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const actor = await requireActor();
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "Please correct the highlighted fields", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  try {
    return { ok: true, data: await handler(actor, parsed.data) };
  } catch (error) {
    if (error instanceof ActionError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
}
