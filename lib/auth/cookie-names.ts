// Cookie names that depend on the scheme of BRIDGE_URL (decision 44). Its own module, without server-only imports,
// because proxy.ts reads the session cookie's name too.

/**
 * better-auth's cookie prefix. On https every auth cookie is `__Host-bridge.…`: the browser accepts it only with
 * Secure, Path=/ and no Domain, so no sibling subdomain and no plain-http response can set or shadow it. On http
 * (`npm start` on localhost) the browser would refuse a `__Host-` cookie, so the names stay `bridge.…`.
 */
export function authCookiePrefix(isHttps: boolean): string {
  return isHttps ? "__Host-bridge" : "bridge";
}

/** The session cookie: `bridge.session_token` on http, `__Host-bridge.session_token` on https. */
export function sessionCookieName(isHttps: boolean): string {
  return `${authCookiePrefix(isHttps)}.session_token`;
}
