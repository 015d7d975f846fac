import type { Metadata, Viewport } from "next";
import "./globals.css";
import { PageFrame } from "@/components/ui/page-frame";

export const metadata: Metadata = {
  title: { default: "Bridge: CMO-CIO alignment assessment", template: "%s · Bridge" },
  description:
    "A ten-minute self-assessment for marketing and IT leaders, built from the published CMO-CIO alignment surveys.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1e3a8a" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <PageFrame>{children}</PageFrame>
      </body>
    </html>
  );
}
