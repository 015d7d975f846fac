// Tests only: the bugs the fuzz tests found in app code that are reported and not fixed here. The properties let
// a failure of a known bug pass (and count it, FUZZ_VERBOSE=1 prints the counts), so `npm test` stays useful
// while the fix is pending; each bug's minimal inputs are pinned by a test that asserts the bug is still there
// and fails once it is fixed, so that its entry is removed here and the properties hold it to the rule again.
import { testDbKind } from "../db";

/** NUL, and an unpaired UTF-16 surrogate: PostgreSQL stores neither (text refuses NUL, jsonb both). */
const POSTGRES_UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** The same written as a JSON escape or percent-encoded (a request body or query string). */
const ENCODED_UNSTORABLE = /\\u0000|\\ud[89a-f][0-9a-f]{2}|%00|%ED%[AB][0-9A-F]/i;

/** Whether `value` holds a string PostgreSQL cannot store, anywhere inside it (FormData, arrays, objects, encoded text). */
export function holdsUnstorableText(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (typeof value === "string") return POSTGRES_UNSTORABLE.test(value) || ENCODED_UNSTORABLE.test(value);
  if (value instanceof FormData) return [...value.entries()].some(([k, v]) => holdsUnstorableText(k, depth + 1) || holdsUnstorableText(v, depth + 1));
  if (Array.isArray(value)) return value.some((v) => holdsUnstorableText(v, depth + 1));
  if (value && typeof value === "object") return Object.entries(value).some(([k, v]) => holdsUnstorableText(k, depth + 1) || holdsUnstorableText(v, depth + 1));
  return false;
}

/** PostgreSQL's refusal of such a string: 22021 (NUL in text), 22P05 (NUL in jsonb), 22P02 (a surrogate in jsonb). */
export function isPostgresTextRefusal(error: unknown): boolean {
  return /\b(22021|22P05|22P02)\b|invalid byte sequence for encoding|unsupported Unicode escape sequence|invalid input syntax for type json/.test(String((error as Error)?.message ?? error));
}

export interface KnownBug {
  id: string;
  /** What happens, and where the fix belongs. */
  title: string;
}

/**
 * Reported: strings that no schema refuses reach PostgreSQL, which refuses NUL (and unpaired surrogates in jsonb):
 * the query fails and the request answers 500 (SQLite stores them). One rule for every string input would fix the
 * family (or answering PostgreSQL's 22021/22P05/22P02 as invalid input where route() and runAction() turn errors
 * into answers); the pinned instances are listed in each test file.
 */
export const UNSTORABLE_TEXT_ON_POSTGRES: KnownBug = {
  id: "unstorable-text-on-postgresql",
  title: "a string with NUL (or an unpaired surrogate, for jsonb) reaches a PostgreSQL query: 500 instead of 400",
};

/** Whether a failure is the known PostgreSQL one: on PostgreSQL, for an input holding such a string. */
export function isUnstorableTextFailure(input: unknown): boolean {
  return testDbKind() === "postgresql" && holdsUnstorableText(input);
}

/**
 * Reported (zod 4.6.7, the latest): safeParse throws instead of failing when a value that should be a string or an
 * array is an object whose `length` is an object that cannot become a number, e.g. the JSON
 * {"length": {"toString": ""}}: every length check compares it (`input.length >= min`) before the type error
 * stops it. A server action or a JSON route given one in place of a string answers 500. Fixed in one place each
 * by catching a throwing safeParse in runAction() and route() (answering invalid input), or by zod upstream.
 */
export const ZOD_LENGTH_TRAP: KnownBug = {
  id: "zod-length-trap",
  title: "zod's safeParse throws on {\"length\": {\"toString\": \"\"}} in place of a string: 500 instead of 400",
};

/** The smallest input that sets the trap. */
export const LENGTH_TRAP: unknown = JSON.parse('{"length":{"toString":""}}');

/** Whether `value` holds (or its JSON text spells) an object whose `length` is an object: the trap above. */
export function holdsLengthTrap(value: unknown, depth = 0): boolean {
  if (depth > 20 || value === null || value === undefined) return false;
  if (typeof value === "string") return depth === 0 && /"length"\s*:\s*[{[]/.test(value);
  if (value instanceof FormData) return false; // form values are strings
  if (typeof value !== "object") return false;
  if (!Array.isArray(value) && Object.hasOwn(value, "length") && typeof (value as { length: unknown }).length === "object" && (value as { length: unknown }).length !== null) return true;
  return Object.values(value).some((v) => holdsLengthTrap(v, depth + 1));
}

/** The TypeError the trap throws. */
export const isLengthTrapError = (error: unknown) => error instanceof TypeError && /Cannot convert object to primitive value/.test(error.message);
