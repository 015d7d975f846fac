// Runs before every page (not /api, not static files): it gives each response its own script nonce and the
// Content-Security-Policy that allows only scripts carrying it, HSTS when BRIDGE_URL is https (decision 44), and the
// page's Cross-Origin-Opener-Policy (none on the respondent's pages: decision 49).
// Next reads the nonce from the policy on the request and puts it on its own scripts; the respondent pages put it on
// their island loader (pages/respond/[section].tsx).
//
// On /app, /admin and /account it is also an optimistic check: a visitor without any session cookie is sent to the
// sign-in page straight away. The real checks (is the session valid, banned, admin, two-factor) are in
// lib/auth/guards.ts, on every page.
import { NextResponse, type NextRequest } from "next/server";
import { sessionCookieName } from "@/lib/auth/cookie-names";
import { PATH_HEADER } from "@/lib/auth/path-header";
import { isHttpsOrigin } from "@/lib/env";
import { contentSecurityPolicy, newScriptNonce, openerPolicyFor, STRICT_TRANSPORT_SECURITY } from "@/lib/security/response-headers";

const SIGNED_IN_AREAS = /^\/(app|admin|account)(\/|$)/;

function withSecurityHeaders(response: NextResponse, policy: string, isHttps: boolean, pathname: string) {
  response.headers.set("Content-Security-Policy", policy);
  const openerPolicy = openerPolicyFor(pathname);
  if (openerPolicy) response.headers.set("Cross-Origin-Opener-Policy", openerPolicy);
  if (isHttps) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export function proxy(request: NextRequest) {
  const isHttps = isHttpsOrigin();
  const policy = contentSecurityPolicy({ nonce: newScriptNonce(), isDevelopment: process.env.NODE_ENV === "development", isHttps });
  const { pathname, searchParams } = request.nextUrl;
  const params = new URLSearchParams(searchParams);
  params.delete("_rsc");
  const path = `${pathname}${params.size ? `?${params}` : ""}`;

  if (SIGNED_IN_AREAS.test(pathname)) {
    const signedOut = !request.cookies.has(sessionCookieName(isHttps));
    // downloads answer 401 themselves (a redirect to an HTML page would be a confusing "file")
    const isDownload = /^\/app\/assessments\/[^/]+\/(plan\/)?export\//.test(pathname) || pathname === "/admin/audit/export" || pathname.startsWith("/admin/comparisons/export/");
    if (signedOut && !isDownload && (request.method === "GET" || request.method === "HEAD")) {
      const url = new URL("/signin", request.url);
      url.searchParams.set("next", path);
      return withSecurityHeaders(NextResponse.redirect(url), policy, isHttps, pathname);
    }
  }
  const requestHeaders = new Headers(request.headers);
  // the guards use it as the default "return to" address when a session turns out to be invalid
  requestHeaders.set(PATH_HEADER, path);
  // what Next (and getServerSideProps, through scriptNonceOf) read the nonce from
  requestHeaders.set("Content-Security-Policy", policy);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy, isHttps, pathname);
}

// Every page, the Pages Router's and the App Router's; not the API routes (JSON and files, with next.config.ts's
// script-less policy), Next's static files, the islands' bundles or the icon.
export const config = { matcher: ["/((?!api/|_next/static/|_next/image|islands/|icon\\.svg$|favicon\\.ico$).*)"] };
