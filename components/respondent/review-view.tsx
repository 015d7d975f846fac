import { primaryButtonClass } from "@/components/ui/styles";
import type { ReviewPageData } from "@/lib/respondent/review-page";
import { ProgressSteps } from "./progress-steps";

/**
 * The questions still open, and submit: a plain form (POST /api/respond/submit). Submitting twice (double click,
 * retry, two tabs) creates one submission: the server makes it idempotent.
 */
export function ReviewView({ page }: { page: ReviewPageData }) {
  const open = page.missing.length;
  return (
    <div className="max-w-3xl">
      <ProgressSteps sections={page.progress} current="review" />
      <h1 className="text-2xl font-bold">Review and submit</h1>
      {page.error ? (
        // the submit came back refused: the message takes the focus, so it is read out on arrival
        <p role="alert" tabIndex={-1} autoFocus className="mt-4 font-medium text-red-700">
          {page.error}
        </p>
      ) : null}
      {open ? (
        <section aria-labelledby="missing-title" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="missing-title" className="font-semibold">
            {open} question{open === 1 ? "" : "s"} still need{open === 1 ? "s" : ""} an answer
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {page.missing.map((item) => (
              <li key={item.key}>
                <a href={item.href}>{item.prompt}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="mt-4">Every question is answered. You can still go back and change any answer before you submit.</p>
      )}
      <form method="post" action="/api/respond/submit" className="mt-6">
        <button type="submit" className={primaryButtonClass}>
          Submit my answers
        </button>
        <p className="mt-2 text-sm text-muted">After you submit, your answers can no longer be changed.</p>
      </form>
    </div>
  );
}
