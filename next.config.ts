// Security headers for every route. Respondent routes tighten Referrer-Policy further (no-referrer) so an
// invite token can never leak through a Referer header.
//
// Pages get their Content-Security-Policy from proxy.ts instead: one with a fresh script nonce per response, which
// replaces the one below (decision 44). This one, from the same builder without a nonce, covers what the proxy
// does not run for (API routes, static files) and any page that would ever escape it: no inline script at all.
// Cross-Origin-Opener-Policy is not here: it is a page's policy, set by proxy.ts per path (decision 49), so that the
// respondent's redirect chain (the invitation link, the consent and submit answers under /api/respond) carries none.
// HSTS is sent by proxy.ts too, because it depends on BRIDGE_URL at run time, and these headers are fixed when the
// app is built.
import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/response-headers";

const securityHeaders = staticSecurityHeaders();

const nextConfig: NextConfig = {
  // A separate build folder lets two checkouts' test servers run side by side (NEXT_DIST_DIR, tests only).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // pdfkit reads its font metrics and our fonts from files at runtime: not bundled, and the fonts traced with the
  // export route (lib/report, decision 41)
  serverExternalPackages: ["pdfkit"],
  outputFileTracingIncludes: { "/app/assessments/[assessmentId]/export/[format]": ["./assets/fonts/**"] },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/r/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      // browser islands carry a content hash in their names (scripts/lib/islands.ts): a new build is a new name
      { source: "/islands/:path*", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
};

export default nextConfig;
