import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";
import { PageFrame } from "@/components/ui/page-frame";

export const metadata: Metadata = {
  title: { default: "Bridge: CMO-CIO alignment assessment", template: "%s · Bridge" },
  description:
    "A ten-minute self-assessment for marketing and IT leaders, built from the published CMO-CIO alignment surveys.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1e3a8a" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, never prerendered: Next puts the request's script nonce (proxy.ts) on its
  // inline scripts only while rendering, and a prerendered page's scripts would be refused (decision 44).
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <PageFrame>{children}</PageFrame>
      </body>
    </html>
  );
}
