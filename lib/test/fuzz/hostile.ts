// Tests only: the hostile inputs the fuzz tests draw from (fast-check arbitraries). Strings that have broken
// parsers, validators, databases and exports elsewhere (NUL, lone surrogates, bidirectional overrides, formula
// prefixes, path traversal, invalid percent-encoding), values of every type a server action can receive, and
// request bodies (random and invalid UTF-8 bytes, bounded huge text, deeply nested JSON, wrong JSON types).
import fc from "fast-check";

export const NASTY_STRINGS = [
  "", " ", "\u0000", "a\u0000b", "\u202eevil\u202c", "\u2066x\u2069", "\u2028", "\ufeff", "\ud800", "\udfff", "x\ud83d", "🙂", "𝕏", "\r\n", "\t",
  "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "null", "undefined", "NaN", "Infinity", "-0", "1e309", "0x10", "9007199254740993",
  "../../../etc/passwd", "..%2F..%2F", "%00", "%", "%zz", "%E0%A4%A", "%C0%AF", "<script>alert(1)</script>", "' OR '1'='1", '"; DROP TABLE "User"; --',
  '=HYPERLINK("http://evil.example")', "+1", "@SUM(1)", "{{7*7}}", "${7*7}", "v1", "v0", "v99999", " v1", "V1", "v1\n",
  "csv", "pdf", "xlsx", "json", "ics", "leader", "team", "marketing", "it", "both", "on", "off", "true", "false", "admin", "facilitator",
  "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "-1", "0", "1", "1.5", "10000",
] as const;

/**
 * Characters that a text field must refuse or store faithfully. NUL and lone surrogates come first and twice:
 * PostgreSQL refuses both (text cannot hold NUL; jsonb neither, nor an unpaired surrogate), SQLite stores them.
 */
const NASTY_CHARS = ["\u0000", "\u0000", "\ud800", "\udfff", "\u0007", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069", "\ud800", "\udc00", "\ufeff", "\ufffe", "'", '"', "\\", "%", "<", "=", "\n", "\r"];

/** One of the characters above, NUL and unpaired surrogates half the time (what PostgreSQL refuses outright). */
export const nastyChar: fc.Arbitrary<string> = fc.oneof(fc.constantFrom("\u0000", "\ud800", "\udc00"), fc.constantFrom(...NASTY_CHARS));

/** `s` with a nasty character put in at `at` (a fraction of its length). */
export const spoilString = (s: string, c: string, at: number) => {
  const i = Math.floor(at * (s.length + 1));
  return s.slice(0, i) + c + s.slice(i);
};

/** A valid value with one string in it spoiled (strings at any depth of arrays and objects). */
export function spoil(value: unknown): fc.Arbitrary<unknown> {
  const walk = (v: unknown, c: string, at: number): unknown =>
    typeof v === "string"
      ? spoilString(v, c, at)
      : Array.isArray(v)
        ? v.map((x) => walk(x, c, at))
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, c, at)]))
          : v;
  return fc.tuple(fc.constantFrom(...NASTY_CHARS), fc.double({ min: 0, max: 1, noNaN: true })).map(([c, at]) => walk(value, c, at));
}

/** Any string: nasty constants, random full-Unicode text, text with nasty characters mixed in, or long text (bounded). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.array(fc.oneof(fc.constantFrom(...NASTY_CHARS), fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("x", "é", "🙂", "\u0000", "a,b;c\t"), fc.constantFrom(61, 121, 301, 1001, 2001, 4001, 20_001, 100_001)).map(([s, n]) => s.repeat(n)) },
);

/** A string that is sometimes one of `valid` (real ids, enum values), sometimes one of them spoiled, sometimes hostile. */
export function stringNear(valid: readonly string[]): fc.Arbitrary<string> {
  if (!valid.length) return hostileString;
  const pick = fc.constantFrom(...valid);
  return fc.oneof(
    { weight: 4, arbitrary: pick },
    { weight: 3, arbitrary: fc.tuple(pick, fc.constantFrom(...NASTY_CHARS, " ", "x", "-"), fc.double({ min: 0, max: 1, noNaN: true })).map(([v, c, at]) => spoilString(v, c, at)) },
    { weight: 1, arbitrary: pick.map((v) => v.toUpperCase()) },
    { weight: 1, arbitrary: pick.map((v) => ` ${v} `) },
    { weight: 2, arbitrary: hostileString },
  );
}

const nastyNumber = fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, -1, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 2 ** 31, 9999, 10_000, 100, 101);

/** Any number, many of them edge cases. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(nastyNumber, fc.integer({ min: -5, max: 120 }), fc.double());

const KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "then", "length", "0", "", " ", "\u0000", "id", "userId", "role", "isAdmin"];

/** An object whose own keys are exactly these (a `__proto__` key becomes an own property, as JSON.parse makes it). */
export function ownObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * Any value a server action can be sent as the app's own forms and buttons encode it (React's reply encoding):
 * JSON values, undefined, NaN, ±Infinity, -0, dates (valid or not), plain objects with hostile keys, and FormData
 * (the form actions' own argument; see toFormData in actions.test.ts). Maps, sets, bigints and typed arrays are
 * left out: the app never sends them, and the server is to refuse them before Next decodes them.
 */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; leaf: unknown }>((tie) => ({
  leaf: fc.oneof(
    { weight: 3, arbitrary: hostileString },
    { weight: 2, arbitrary: hostileNumber },
    fc.boolean(),
    fc.constantFrom(null, undefined),
    fc.oneof(fc.date(), fc.constant(new Date(Number.NaN))),
  ),
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: tie("leaf") },
    { weight: 2, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    { weight: 2, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), tie("value")), { maxLength: 4 }).map(ownObject) },
  ),
})).value;

/** JSON text nested `depth` levels deep (arrays or objects): parsers and serializers that recurse overflow on these. */
export function deepJson(depth: number, kind: "array" | "object"): string {
  return kind === "array" ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
}

/** Bytes that are not UTF-8: truncated sequences, overlong forms, encoded surrogates, 0xFF. */
export const INVALID_UTF8: readonly Uint8Array<ArrayBuffer>[] = [
  Uint8Array.of(0xff, 0xfe, 0xfd),
  Uint8Array.of(0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x22, 0x7d), // {"a":"<truncated é>"}
  Uint8Array.of(0xc0, 0xaf),
  Uint8Array.of(0xed, 0xa0, 0x80),
  Uint8Array.of(0xf4, 0x90, 0x80, 0x80),
  Uint8Array.of(0x61, 0x67, 0x72, 0x65, 0x65, 0x3d, 0x6f, 0x6e, 0x26, 0xe9), // agree=on&<latin-1 é>
];

/** A JSON-able value with hostile leaves and keys (what a JSON body can carry). */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 3, arbitrary: hostileString },
    { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constantFrom(1e308, -0, 0.5, 2 ** 53 + 2)) },
    fc.boolean(),
    fc.constant(null),
    { weight: 2, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    { weight: 2, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), tie("value")), { maxLength: 4 }).map(ownObject) },
  ),
})).value;

/**
 * zod 4's length trap: an object whose `length` is an object that cannot become a number, where a string belongs
 * (every length check compares it before the type check stops it, and safeParse throws; lib/validation/input.ts).
 */
export const LENGTH_TRAP: unknown = JSON.parse('{"length":{"toString":""}}');

/** What PostgreSQL refuses in a string bound to a query (text cannot hold NUL; jsonb neither, nor an unpaired surrogate). */
export const POSTGRES_REFUSES = ["\u0000", "\ud800"] as const;

/** Copies of `value` with `c` appended to one string each (every string leaf, at any depth): a sweep, not a sample. */
export function eachStringSpoiled(value: unknown, c: string): unknown[] {
  if (typeof value === "string") return [value + c];
  if (Array.isArray(value)) return value.flatMap((x, i) => eachStringSpoiled(x, c).map((y) => value.map((z, j) => (j === i ? y : z))));
  // fast-check's records have no prototype; plain objects have Object.prototype
  if (value && typeof value === "object" && [null, Object.prototype].includes(Object.getPrototypeOf(value))) {
    const entries = Object.entries(value);
    return entries.flatMap(([k, x]) => eachStringSpoiled(x, c).map((y) => ({ ...(value as object), [k]: y })));
  }
  return [];
}
