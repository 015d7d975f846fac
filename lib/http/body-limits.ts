/**
 * How many bytes of body each request may carry: the one table the production server's request gate
 * (lib/http/request-gate.ts) and the route wrapper (lib/http/route.ts) both read. A body past its limit is refused
 * with 413 once that many bytes have arrived, whatever the transfer encoding (Content-Length or chunked): nothing
 * past the limit is read, buffered or stored.
 */

/** An autosaved answer: a 2,000-character answer is far below it. */
export const ANSWER_BODY_LIMIT = 16 * 1024;
/** The welcome page's consent form: two checkboxes. */
export const CONSENT_BODY_LIMIT = 4 * 1024;
/** The review page's submit form: no fields. */
export const SUBMIT_BODY_LIMIT = 4 * 1024;
/** better-auth's endpoints: an email, a password, a code. */
export const AUTH_BODY_LIMIT = 16 * 1024;
/** A server action (every other POST): Next's own default limit for server actions, 1 MB (next.config.ts sets none). */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/** The autosave island shows the 413's message beside the question. */
export const ANSWER_TOO_LARGE = "This answer is too long";

export interface BodyLimit {
  bytes: number;
  /** The 413's message. */
  tooLarge: string;
}

const limit = (bytes: number, tooLarge = `Request too large (at most ${formatLimit(bytes)} here)`): BodyLimit => ({ bytes, tooLarge });

const ROUTE_LIMITS: readonly (readonly [prefix: string, limit: BodyLimit])[] = [
  ["/api/respond/answers", limit(ANSWER_BODY_LIMIT, ANSWER_TOO_LARGE)],
  ["/api/respond/consent", limit(CONSENT_BODY_LIMIT)],
  ["/api/respond/submit", limit(SUBMIT_BODY_LIMIT)],
  ["/api/auth/", limit(AUTH_BODY_LIMIT)],
];

/**
 * The limit for a request. GET, HEAD and OPTIONS carry no body in this app (0 bytes); the route handlers under
 * /api and /r that take a body have their own line; any other write is a server action.
 */
export function bodyLimitFor(method: string, pathname: string): BodyLimit {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return limit(0, "This request takes no body");
  for (const [prefix, routeLimit] of ROUTE_LIMITS) {
    if (pathname === prefix || (prefix.endsWith("/") && pathname.startsWith(prefix))) return routeLimit;
  }
  // no other route handler takes a body: a write to one is answered by the handler (405) with nothing read
  if (pathname.startsWith("/api/") || pathname.startsWith("/r/")) return limit(CONSENT_BODY_LIMIT);
  return limit(SERVER_ACTION_BODY_LIMIT);
}

/** "16 KB", "1 MB". */
function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
