"use client";

// Shown when a page fails to render. The message stays generic: details go to the server log, never the page.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="err-title" className="max-w-xl" role="alert">
      <h1 id="err-title" className="text-2xl font-semibold">
        Something went wrong
      </h1>
      <p className="mt-3 text-muted">
        The page could not be shown. Nothing you entered has been lost. Try again, and if it keeps happening, quote
        this reference to your facilitator: <code>{error.digest ?? "n/a"}</code>.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark"
      >
        Try again
      </button>
    </section>
  );
}
