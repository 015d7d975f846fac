/**
 * Refuses cross-site writes: a browser always sends Origin on a POST; when it is present it must match the
 * host the request was sent to. (SameSite=Lax cookies already stay home; this is the second lock.)
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
