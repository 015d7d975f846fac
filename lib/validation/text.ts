// One text rule for everything people type that the app stores and shows again (issue #16): trimmed, a length
// limit, and no control characters (NUL and the other C0/C1 codes, which render as nothing or break exports and
// logs; line and paragraph separators in a one-line text). Names and titles are one line; notes and descriptions
// may hold line breaks and tabs. Every schema that writes such a text builds it here.
import { z } from "zod";

// C0 and C1 control codes, DEL, the Unicode line and paragraph separators, and the bidirectional overrides and
// isolates (text that displays in another order than it reads)
const ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// the same, but line feeds, carriage returns and tabs are allowed in several-line text
const SEVERAL_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export const NO_CONTROL_MESSAGE = "Remove the control characters";

/** Whether a text holds a character the rule refuses ("one" line: line breaks and tabs too). */
export function hasControlCharacters(text: string, lines: "one" | "several"): boolean {
  return (lines === "one" ? ONE_LINE : SEVERAL_LINES).test(text);
}

/** A one-line name or title: trimmed, `min` to `max` characters, no control characters. */
export function singleLine(opts: { min?: number; max: number; required?: string }) {
  const base = z
    .string()
    .trim()
    .max(opts.max, `At most ${opts.max} characters`)
    .refine((s) => !hasControlCharacters(s, "one"), NO_CONTROL_MESSAGE);
  const min = opts.min ?? 0;
  return min > 0 ? base.refine((s) => s.length >= min, opts.required ?? `At least ${min} characters`) : base;
}

/** Several lines of text (a description, notes): trimmed, at most `max` characters, no control characters but line breaks and tabs. */
export function multiLine(opts: { max: number }) {
  return z
    .string()
    .trim()
    .max(opts.max, `At most ${opts.max} characters`)
    .refine((s) => !hasControlCharacters(s, "several"), NO_CONTROL_MESSAGE);
}

/** The length of a person's name everywhere (participants, users, owners named by hand). */
export const NAME_MAX = 120;
export const personName = (required = "Enter a name") => singleLine({ min: 1, max: NAME_MAX, required });
