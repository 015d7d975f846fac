// A server error on a respondent page (Pages Router): the same words as app/error.tsx, without any JavaScript.
import type { PageConfig } from "next";
import Link from "next/link";
import { PagesShell } from "@/components/ui/pages-shell";

export const config: PageConfig = { unstable_runtimeJS: false };

export default function ServerErrorPage() {
  return (
    <PagesShell title="Something went wrong">
      <section aria-labelledby="error-title" className="max-w-xl">
        <h1 id="error-title" className="text-2xl font-semibold">
          Something went wrong
        </h1>
        <p className="mt-3 text-muted">
          The page could not be shown. Your saved answers are kept. Please reload the page in a moment; if it keeps
          happening, tell the person who invited you.
        </p>
        <p className="mt-6">
          <Link href="/">Go to the Bridge home page</Link>
        </p>
      </section>
    </PagesShell>
  );
}
