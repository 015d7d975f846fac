// The security headers proxy.ts puts on every page (decision 44). Pure: no request, no environment read here.

/** Two years, every subdomain; sent only when BRIDGE_URL is https. Not `preload`: see decision 44. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** A fresh nonce for one response: 128 random bits, base64 (what CSP's nonce-source grammar allows). */
export function newScriptNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The Content-Security-Policy. A page's (proxy.ts): scripts run only with this response's nonce; 'strict-dynamic'
 * lets a nonce-bearing script load others (Next's chunks, the respondent island), and 'self' is the fallback of
 * browsers without it (CSP 2), which ignore 'strict-dynamic'. Without a nonce (next.config.ts: API routes, static
 * files, anything the proxy does not run for): same-origin script files only, no inline script at all. Never
 * 'unsafe-inline' for scripts. Styles keep 'unsafe-inline' (React's style attributes, Chart.js; an injected style
 * cannot run code). Development adds 'unsafe-eval', which React's dev build needs for its error overlays.
 */
export function contentSecurityPolicy({ nonce, isDevelopment = false, isHttps = false }: { nonce?: string; isDevelopment?: boolean; isHttps?: boolean } = {}): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

const NONCE_SOURCE = /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/;

/** The nonce of a policy's script-src (what Next itself reads from the request's policy), or undefined. */
export function scriptNonceOf(policy: string | string[] | null | undefined): string | undefined {
  if (typeof policy !== "string") return undefined;
  const scriptSrc = policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src "));
  for (const source of scriptSrc?.split(/\s+/).slice(1) ?? []) {
    const match = NONCE_SOURCE.exec(source);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * A page's Cross-Origin-Opener-Policy (proxy.ts, decision 49): `same-origin` everywhere, so that no other site's
 * window keeps a handle on a Bridge page, except the respondent's pages (/respond and below) and the invitation
 * links that redirect to them (/r/<token>: browsers apply the policy of every response of a redirect chain). There
 * it would make the browser switch to a fresh browsing context group, and so a new renderer process, whenever a
 * respondent arrives from anywhere else: the largest share of the questionnaire's blocking time on a phone.
 * Respondent pages have no frames, no message listeners and no sign-in, and keep X-Frame-Options, frame-ancestors
 * and the nonce policy. null: send no such header (the browser's default, unsafe-none).
 */
export function openerPolicyFor(pathname: string): string | null {
  return /^\/(respond|r)(\/|$)/.test(pathname) ? null : "same-origin";
}

/**
 * The headers of every response (next.config.ts; and the routes the production server answers without Next,
 * lib/http/direct-routes.ts): pages replace the Content-Security-Policy with proxy.ts's nonce policy, and get their
 * Cross-Origin-Opener-Policy there too (openerPolicyFor: it is a page's policy, and depends on the path).
 */
export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    { key: "Content-Security-Policy", value: contentSecurityPolicy() },
  ];
}
