import { describe, expect, it } from "vitest";
import { authCookiePrefix, sessionCookieName } from "@/lib/auth/cookie-names";
import { INVITE_COOKIE, inviteCookieName } from "@/lib/respondent/cookie";
import { contentSecurityPolicy, newScriptNonce, openerPolicyFor, scriptNonceOf, staticSecurityHeaders, STRICT_TRANSPORT_SECURITY } from "./response-headers";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("a page's Content-Security-Policy", () => {
  it("runs only scripts with this response's nonce (and what they load), never inline ones", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123+/==" });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123+/==' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("adds 'unsafe-eval' in development only, and upgrade-insecure-requests on https", () => {
    // without a nonce (next.config.ts: API routes, static files): script files from this origin, nothing inline
    expect(directive(contentSecurityPolicy(), "script-src")).toBe("script-src 'self'");
    expect(directive(contentSecurityPolicy({ nonce: "n", isDevelopment: true }), "script-src")).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", isHttps: true })).toContain("; upgrade-insecure-requests");
  });

  it("reads back the nonce it wrote, as Next does, and nothing from a policy without one", () => {
    const nonce = newScriptNonce();
    expect(scriptNonceOf(contentSecurityPolicy({ nonce }))).toBe(nonce);
    expect(scriptNonceOf("default-src 'self'; script-src 'self'")).toBeUndefined();
    expect(scriptNonceOf("style-src 'nonce-abc'; script-src 'self'")).toBeUndefined(); // a style nonce is not a script nonce
    expect(scriptNonceOf(undefined)).toBeUndefined();
    expect(scriptNonceOf(["script-src 'nonce-abc'"])).toBeUndefined();
  });

  it("makes a new 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 200 }, newScriptNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("HSTS: two years, subdomains included, not preloaded", () => {
    expect(STRICT_TRANSPORT_SECURITY).toBe("max-age=63072000; includeSubDomains");
  });
});

describe("a page's Cross-Origin-Opener-Policy (decision 49)", () => {
  it("is same-origin everywhere but on the respondent's own pages and the invitation links to them", () => {
    for (const path of ["/", "/signin", "/app", "/app/assessments/a1/results", "/admin/users", "/account", "/respondents", "/responder", "/rss", "/reset-password"])
      expect(openerPolicyFor(path), path).toBe("same-origin");
    for (const path of ["/respond", "/respond/", "/respond/context", "/respond/review", "/respond/results", "/respond/link-problem", "/r/abc", "/r"])
      expect(openerPolicyFor(path), path).toBeNull();
  });

  it("is a page's header, set by the proxy: not among the headers of every response", () => {
    const names = staticSecurityHeaders().map((h) => h.key.toLowerCase());
    expect(names).not.toContain("cross-origin-opener-policy");
    expect(names).toEqual(expect.arrayContaining(["x-frame-options", "x-content-type-options", "content-security-policy"]));
  });
});

describe("cookie names by scheme", () => {
  it("keep today's names on http and are __Host- on https", () => {
    expect(authCookiePrefix(false)).toBe("bridge");
    expect(sessionCookieName(false)).toBe("bridge.session_token");
    expect(sessionCookieName(true)).toBe("__Host-bridge.session_token");
    expect(inviteCookieName(false)).toBe(INVITE_COOKIE);
    expect(INVITE_COOKIE).toBe("bridge_invite");
    expect(inviteCookieName(true)).toBe("__Host-bridge_invite");
  });
});
