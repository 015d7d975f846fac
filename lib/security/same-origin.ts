/**
 * Refuses cross-site writes: a browser always sends Origin on a POST; when it is present it must match the
 * host the request was sent to. (SameSite=Lax cookies already stay home; this is the second lock.) The route
 * wrapper asks with a Request, the production server's request gate with Node's headers: one rule.
 */
/** The one answer to a refused cross-origin write (403), wherever it is refused. */
export const CROSS_ORIGIN_REFUSED = "Cross-origin requests are not allowed";

export function isSameOrigin(request: Request): boolean {
  return isSameOriginHeaders({
    origin: request.headers.get("origin"),
    host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    fetchSite: request.headers.get("sec-fetch-site"),
  });
}

export function isSameOriginHeaders(headers: { origin: string | null; host: string | null; fetchSite: string | null }): boolean {
  if (!headers.origin) return headers.fetchSite !== "cross-site";
  try {
    return new URL(headers.origin).host === headers.host;
  } catch {
    return false;
  }
}
