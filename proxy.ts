// An optimistic check only: a visitor without any session cookie is sent to the sign-in page straight away.
// The real checks (is the session valid, banned, admin, two-factor) are in lib/auth/guards.ts, on every page.
import { NextResponse, type NextRequest } from "next/server";
import { PATH_HEADER } from "@/lib/auth/path-header";

const SESSION_COOKIES = ["bridge.session_token", "__Secure-bridge.session_token"];

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const params = new URLSearchParams(searchParams);
  params.delete("_rsc");
  const path = `${pathname}${params.size ? `?${params}` : ""}`;
  const signedOut = !SESSION_COOKIES.some((name) => request.cookies.has(name));
  // downloads answer 401 themselves (a redirect to an HTML page would be a confusing "file")
  const isDownload = /^\/app\/assessments\/[^/]+\/(plan\/)?export\//.test(pathname) || pathname === "/admin/audit/export" || pathname.startsWith("/admin/comparisons/export/");
  if (signedOut && !isDownload && (request.method === "GET" || request.method === "HEAD")) {
    const url = new URL("/signin", request.url);
    url.searchParams.set("next", path);
    return NextResponse.redirect(url);
  }
  // the guards use it as the default "return to" address when a session turns out to be invalid
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(PATH_HEADER, path);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = { matcher: ["/app/:path*", "/admin/:path*", "/account/:path*"] };
