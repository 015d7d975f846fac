// Tests only: a request as the fuzz tests generate it (a plain description, so fast-check can print and shrink
// it), the arbitraries for its parts, and the fetch Request it becomes.
import fc from "fast-check";
import { deepJson, hostileJson, hostileString, INVALID_UTF8, NASTY_STRINGS, stringNear } from "./hostile";

export type SentBody =
  | { kind: "none" }
  | { kind: "text"; text: string }
  | { kind: "bytes"; bytes: Uint8Array<ArrayBuffer> }
  | { kind: "multipart"; entries: [string, string | { file: string }][] };

/** Who the request says it comes from: which session cookie, which invite cookie, what else. */
export interface SentCookies {
  /** A user's valid session, a session cookie with a forged signature, garbage, or none. */
  session: string | null;
  /** An invite token (a respondent's, by its index in the world's list), one nobody holds, garbage, or none. */
  invite: number | "unknown" | "garbage" | null;
  /** better-auth's pending two-factor cookie of a sign-in in progress, when the world has one. */
  twoFactorPending: boolean;
  extra: string[];
}

export interface SentRequest {
  method: string;
  path: string;
  query: string;
  params: Record<string, string | string[]>;
  cookies: SentCookies;
  origin: string | null;
  host: string | null;
  forwardedHost: string | null;
  fetchSite: string | null;
  forwardedFor: string | null;
  /** "auto": what the body implies (FormData sets its own multipart boundary); null: none. */
  contentType: string | null;
  contentLength: string | null;
  body: SentBody;
}

export const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "multipart/form-data; boundary=----x",
  "text/plain",
  "text/plain;charset=UTF-8",
  "application/json; charset=utf-16",
  "application/x-www-form-urlencoded; charset=iso-8859-1",
  "garbage/;;;==",
  "",
] as const;

/** Percent-encoding as a browser does it: a lone surrogate (which no URL can carry) becomes U+FFFD first. */
export function encode(s: string): string {
  return encodeURIComponent(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));
}

/** One of `valid` exactly (three times in four), else a near miss or a hostile string (stringNear). */
export function exactOrNear(valid: readonly string[]): fc.Arbitrary<string> {
  return valid.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: stringNear(valid) }) : hostileString;
}

/**
 * A query string over `fields` (name → plausible values): none, plausible pairs only, or plausible, near-miss and
 * hostile pairs with repeated and unknown keys; sometimes raw text that is not valid percent-encoding.
 */
export function queryOf(fields: Record<string, readonly string[]>): fc.Arbitrary<string> {
  const names = Object.keys(fields);
  const hostilePair = fc.tuple(hostileString, hostileString);
  const validPair = names.length ? fc.constantFrom(...names).chain((k) => fc.constantFrom(...fields[k]!).map((v): [string, string] => [k, v])) : hostilePair;
  const nearPair = names.length ? fc.constantFrom(...names).chain((k) => stringNear(fields[k]!).map((v): [string, string] => [k, v])) : hostilePair;
  const join = (pairs: [string, string][]) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&");
  const raw = fc.constantFrom("%", "%zz", "a=%E0%A4%A", "=&=&&", "a", "a[b]=1&a[c]=2", "__proto__[x]=1", "x=1#frag", "%00=%00", "a=1;b=2", "a=" + "b".repeat(9000));
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.constant("") },
      { weight: 3, arbitrary: fc.array(validPair, { maxLength: 2 }).map(join) },
      { weight: 3, arbitrary: fc.array(fc.oneof(validPair, nearPair, hostilePair), { maxLength: 5 }).map(join) },
      { weight: 1, arbitrary: raw },
    )
    .map((q) => (q ? `?${q}` : ""));
}

/** Bodies every write route gets: empty, random and invalid-UTF-8 bytes, wrong JSON types, huge and deeply nested text. */
export const genericBody: fc.Arbitrary<SentBody> = fc.oneof(
  fc.constant<SentBody>({ kind: "none" }),
  fc.constant<SentBody>({ kind: "text", text: "" }),
  fc.uint8Array({ maxLength: 2048 }).map((bytes): SentBody => ({ kind: "bytes", bytes })),
  fc.constantFrom(...INVALID_UTF8).map((bytes): SentBody => ({ kind: "bytes", bytes })),
  hostileJson.map((v): SentBody => ({ kind: "text", text: JSON.stringify(v) ?? "" })),
  fc.constantFrom(...NASTY_STRINGS).map((text): SentBody => ({ kind: "text", text })),
  fc.tuple(fc.constantFrom(100, 5000, 100_000), fc.constantFrom("array" as const, "object" as const)).map(([d, k]): SentBody => ({ kind: "text", text: deepJson(d, k) })),
  fc.constantFrom(4 * 1024 + 1, 16 * 1024 + 1, 70_000, 1_100_000).map((n): SentBody => ({ kind: "text", text: "a".repeat(n) })),
  fc.constantFrom('{"a":1,"a":2}', '{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"x":1}}}', "[]", "null", "0", '"str"', "true", "{", '{"a":"\\ud800"}', '{"a":"\\u0000"}').map((text): SentBody => ({ kind: "text", text })),
);

/** A urlencoded form over `fields`, with unknown and hostile fields. */
export function formBody(fields: Record<string, readonly string[]>): fc.Arbitrary<SentBody> {
  return fc
    .array(fc.oneof(fc.constantFrom(...Object.keys(fields)).chain((k) => stringNear(fields[k]!).map((v) => [k, v] as const)), fc.tuple(hostileString, hostileString)), { maxLength: 5 })
    .map((pairs): SentBody => ({ kind: "text", text: new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString() }));
}

/** A multipart form over `fields`, files among the values. */
export function multipartBody(fields: Record<string, readonly string[]>): fc.Arbitrary<SentBody> {
  const value = (k: string) => fc.oneof(stringNear(fields[k] ?? []).map((v): string | { file: string } => v), hostileString.map((file) => ({ file })));
  return fc
    .array(fc.oneof(fc.constantFrom(...Object.keys(fields)), hostileString).chain((k) => value(k).map((v) => [k, v] as [string, string | { file: string }])), { maxLength: 5 })
    .map((entries): SentBody => ({ kind: "multipart", entries }));
}

export interface HeaderChoices {
  /** The same-origin value (BRIDGE_URL's origin), which writes need to get past the origin checks. */
  origin: string;
  host: string;
}

/** A client address out of `n` (198.18.0.0/15 is for tests): a small pool reaches the rate limits, a large one rarely. */
const forwardedFor = (n: number) => fc.nat(n - 1).map((i) => `198.${18 + (i >> 16)}.${(i >> 8) & 255}.${(i & 255) || 1}`);

/**
 * Everything but the method, path, params and body: cookies and the headers that guards and origin checks read.
 * Three requests in four are what a browser on the app's own pages sends (same origin, one real cookie), so the
 * generated bodies get past the guards to the handlers; the fourth is hostile throughout.
 */
export function headersArb(h: HeaderChoices, sessions: readonly string[], invites: number, hasTwoFactorPending: boolean, addresses = 40) {
  const invite = (weight: number) =>
    fc.oneof(
      { weight: invites ? weight : 0, arbitrary: invites ? fc.nat(invites - 1) : fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom("unknown" as const, "garbage" as const) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  const plausible = fc.record({
    cookies: fc.record({
      session: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...sessions) }, { weight: 1, arbitrary: fc.constant(null) }),
      invite: invite(6),
      twoFactorPending: hasTwoFactorPending ? fc.boolean() : fc.constant(false),
      extra: fc.constant<string[]>([]),
    }),
    origin: fc.constantFrom(h.origin, h.origin, null),
    host: fc.constant<string | null>(h.host),
    forwardedHost: fc.constant<string | null>(null),
    fetchSite: fc.constantFrom(null, "same-origin"),
    forwardedFor: fc.oneof({ weight: 5, arbitrary: forwardedFor(addresses) }, { weight: 1, arbitrary: fc.constant(null) }),
    contentType: fc.constant<string | null>("auto"),
    contentLength: fc.constant<string | null>(null),
  });
  const hostile = fc.record({
    cookies: fc.record({
      session: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...sessions) }, { weight: 2, arbitrary: fc.constantFrom("tampered", "garbage") }, { weight: 2, arbitrary: fc.constant(null) }),
      invite: invite(3),
      twoFactorPending: hasTwoFactorPending ? fc.boolean() : fc.constant(false),
      extra: fc.array(fc.constantFrom("a=b", "=", ";;", "bridge_invite=", "bridge.session_token=%", "x=%E0%A4%A", "__Host-x=1", "y=\u00e9"), { maxLength: 2 }),
    }),
    origin: fc.oneof(fc.constant(h.origin), fc.constant(null), fc.constantFrom("https://evil.example", "null", "garbage", `${h.origin}.evil.example`, h.origin.replace("http:", "https:"))),
    host: fc.oneof({ weight: 3, arbitrary: fc.constant(h.host) }, { weight: 1, arbitrary: fc.constantFrom(null, "evil.example", "") }),
    forwardedHost: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(h.host, "evil.example") }),
    fetchSite: fc.constantFrom(null, "same-origin", "cross-site", "same-site", "none"),
    forwardedFor: fc.oneof(fc.constant(null), forwardedFor(addresses), fc.constantFrom("garbage", "1.2.3.4, 5.6.7.8", "::1", "")),
    contentType: fc.oneof({ weight: 2, arbitrary: fc.constant("auto") }, { weight: 3, arbitrary: fc.constantFrom(...CONTENT_TYPES) }, { weight: 1, arbitrary: fc.constant(null) }),
    contentLength: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom("0", "-1", "abc", "99999999999", "16385", "1e3") }),
  });
  return fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: hostile });
}

export interface CookieValues {
  session: (choice: string) => string | null;
  invite: (choice: SentCookies["invite"]) => string | null;
  twoFactorPending: () => string | null;
}

function setIfValid(headers: Headers, name: string, value: string | null) {
  if (value === null) return;
  try {
    headers.set(name, value);
  } catch {
    // a value no HTTP client could send (a newline, a character outside Latin-1): the request never arrives with it
  }
}

/** The fetch Request a description stands for (as Next hands it to a route handler). */
export function toRequest(base: string, sent: SentRequest, cookies: CookieValues): Request {
  const headers = new Headers();
  const cookie = [
    sent.cookies.session ? cookies.session(sent.cookies.session) : null,
    cookies.invite(sent.cookies.invite),
    sent.cookies.twoFactorPending ? cookies.twoFactorPending() : null,
    ...sent.cookies.extra,
  ].filter(Boolean);
  setIfValid(headers, "cookie", cookie.length ? cookie.join("; ") : null);
  setIfValid(headers, "origin", sent.origin);
  setIfValid(headers, "host", sent.host);
  setIfValid(headers, "x-forwarded-host", sent.forwardedHost);
  setIfValid(headers, "sec-fetch-site", sent.fetchSite);
  setIfValid(headers, "x-forwarded-for", sent.forwardedFor);
  setIfValid(headers, "content-length", sent.contentLength);
  const hasBody = sent.method !== "GET" && sent.method !== "HEAD" && sent.body.kind !== "none";
  let body: BodyInit | undefined;
  if (hasBody) {
    const b = sent.body;
    if (b.kind === "text") body = b.text;
    else if (b.kind === "bytes") body = b.bytes;
    else if (b.kind === "multipart") {
      const form = new FormData();
      for (const [k, v] of b.entries) {
        if (typeof v === "string") form.append(k, v);
        else form.append(k, new Blob([v.file]), "upload.csv");
      }
      body = form;
    }
  }
  if (sent.contentType !== "auto") setIfValid(headers, "content-type", sent.contentType);
  else if (hasBody && sent.body.kind === "text") headers.set("content-type", sent.body.text.trimStart().startsWith("{") || sent.body.text.trimStart().startsWith("[") ? "application/json" : "application/x-www-form-urlencoded");
  return new Request(`${base}${sent.path}${sent.query}`, { method: sent.method, headers, body });
}
