import { primaryButtonClass } from "@/components/ui/styles";
import type { ReviewAnswer, ReviewPageData } from "@/lib/respondent/review-page";
import { ProgressSteps } from "./progress-steps";

const SOURCE_TEXT = { invitation: "from your invitation", organization: "from your organization's profile" } as const;

/** One question and its answer in words, with a link to change it (no script: a plain link to the section). */
function AnswerRow({ item }: { item: ReviewAnswer }) {
  const open = item.status === "unanswered" || item.status === "incomplete";
  return (
    <div className="border-t border-slate-200 py-3 first:border-t-0">
      <dt className="font-medium">{item.prompt}</dt>
      <dd className="mt-1 ml-0 [overflow-wrap:anywhere]">
        {item.answer !== null ? <span className="whitespace-pre-line">{item.answer}</span> : null}
        {item.status === "unanswered" ? <strong className="text-amber-900">Not answered yet (required)</strong> : null}
        {item.status === "skipped" ? <span className="text-muted">Not answered (optional)</span> : null}
        {item.status === "incomplete" ? <strong className="block text-amber-900">Not complete yet (required before you submit)</strong> : null}
        {item.source ? (
          <span className="block text-sm text-muted">
            Given {SOURCE_TEXT[item.source]}. If it is wrong, tell your facilitator.
          </span>
        ) : null}
        {item.href ? (
          <a href={item.href} className={`mt-1 block w-fit py-0.5 text-sm ${open ? "font-semibold" : ""}`}>
            {item.status === "unanswered" ? "Answer" : "Change"}
            <span className="sr-only">{item.status === "unanswered" ? " the question: " : " your answer to: "}{item.prompt}</span>
          </a>
        ) : null}
      </dd>
    </div>
  );
}

/**
 * Every section with each question and the answer in words, the questions still open, and submit: a plain form (POST /api/respond/submit). Submitting twice (double click,
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
      <h2 className="mt-8 text-xl font-semibold">Your answers</h2>
      {page.sections.map((section) => (
        <section key={section.id} aria-labelledby={`review-${section.id}`} className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
          <h3 id={`review-${section.id}`} className="text-lg font-semibold">
            {section.title}
          </h3>
          <dl className="mt-2">
            {section.items.map((item) => (
              <AnswerRow key={item.key} item={item} />
            ))}
          </dl>
        </section>
      ))}
      <form method="post" action="/api/respond/submit" className="mt-6">
        <button type="submit" className={primaryButtonClass}>
          Submit my answers
        </button>
        <p className="mt-2 text-sm text-muted">After you submit, your answers can no longer be changed.</p>
      </form>
    </div>
  );
}
