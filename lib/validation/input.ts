// What every entry point does with its raw input before (and around) its zod schema: route() for route handlers,
// runAction() and formFields() for server actions. Two things no schema here catches, found by the fuzz tests
// (lib/test/fuzz/):
//  - text no database can store (lib/validation/storable-text.ts), whatever the field (an id, a name, a filter):
//    it reached PostgreSQL, whose refusal was a 500. Refused for every field at once, on both databases;
//  - zod's safeParse throwing instead of failing (zod 4.6: a length check given {"length": {"toString": ""}}
//    where a string belongs compares the object before the type check stops it).
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { isStorableText, UNSTORABLE_MESSAGE } from "@/lib/validation/storable-text";


/** The path ("a.b.0") of the first string in `value` (keys included) that cannot be stored, or null. */
export function unstorableField(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") return isStorableText(value) ? null : path || "input";
  if (value === null || typeof value !== "object" || depth > 32) return null;
  const entries: [string, unknown][] = value instanceof FormData ? [...value.entries()] : Object.entries(value);
  for (const [key, child] of entries) {
    const at = path ? `${path}.${key}` : key;
    if (!isStorableText(key)) return at;
    const found = unstorableField(child, at, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/**
 * schema.safeParse(value), after refusing unstorable text; throws an AppError ("invalid-input", 400) for that text
 * and where zod itself throws, never anything else.
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, value: unknown): z.ZodSafeParseResult<z.output<S>> {
  const field = unstorableField(value);
  if (field !== null) throw new AppError("invalid-input", UNSTORABLE_MESSAGE, { fieldErrors: { [field]: UNSTORABLE_MESSAGE } });
  try {
    return z.safeParse(schema, value);
  } catch {
    throw new AppError("invalid-input", "The request is not valid");
  }
}

/** A form post's text fields (files left out); {} for anything that is not FormData (a crafted action call). */
export function formFields(form: unknown): Record<string, string> {
  if (!(form instanceof FormData)) return {};
  return Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** A form action's input: its text fields parsed with `schema`; a failure (unstorable text or zod) is one too. */
export function parseForm<S extends z.core.$ZodType>(schema: S, form: unknown): z.ZodSafeParseResult<z.output<S>> | { success: false; data?: undefined } {
  try {
    return parseInput(schema, formFields(form));
  } catch (error) {
    if (error instanceof AppError) return { success: false };
    throw error;
  }
}
