import { PagesShell } from "@/components/ui/pages-shell";

/**
 * A respondent page while the database cannot be reached (a 503, lib/respondent/page-request.ts): what happened
 * and that nothing typed is lost. No script: reloading is the retry.
 */
export function UnavailableView() {
  return (
    <PagesShell title="Briefly unavailable">
      <section aria-labelledby="unavailable-title" className="max-w-xl">
        <h1 id="unavailable-title" className="text-2xl font-semibold">
          Briefly unavailable
        </h1>
        <p className="mt-3">
          Bridge cannot reach its database for a moment, so this page cannot be shown. Your saved answers are kept, and
          answers waiting on this device are sent when the page is back.
        </p>
        <p className="mt-3">Please reload the page in a few seconds.</p>
      </section>
    </PagesShell>
  );
}
