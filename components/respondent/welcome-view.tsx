import { primaryButtonClass } from "@/components/ui/styles";
import type { WelcomePageData } from "@/lib/respondent/welcome-page";
import { consentLines, NAME_ME_LABEL } from "@/lib/results/anonymity-text";

/**
 * Who asks, what is measured, how long it takes, who sees what, and consent. The consent form is a plain form
 * (POST /api/respond/consent, validated with ZConsent there): it works before and without any JavaScript.
 */
export function WelcomeView({ page }: { page: WelcomePageData }) {
  return (
    <article aria-labelledby="welcome-title" className="max-w-2xl">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-dark">{page.organizationName}</p>
      <h1 id="welcome-title" className="mt-1 text-3xl font-bold">
        Welcome, {page.participantName}
      </h1>
      <p className="mt-3 text-lg text-muted">
        {page.invitedBy} to the assessment <strong className="text-ink">{page.assessmentTitle}</strong>. You take part as{" "}
        <strong className="text-ink">{page.takesPartAs}</strong>.
      </p>

      <h2 className="mt-8 text-xl font-semibold">What it measures</h2>
      <p className="mt-2">
        How marketing and IT work together, along Accenture&apos;s five imperatives: the CMO as chief experience officer,
        IT as a strategic partner, agreed business levers, the skill mix, and trust. Your answers are compared with
        published surveys of CMOs and CIOs
        {page.survey
          ? ` (for example ${page.survey.publisher}'s ${page.survey.year} survey of ${page.survey.marketingN} marketing and ${page.survey.itN} IT executives)`
          : ""}
        . A few questions ask you to predict how the other side answers.
      </p>

      <h2 className="mt-8 text-xl font-semibold">How long it takes</h2>
      <p className="mt-2">
        About ten minutes for {page.questionCount} questions. Every answer is saved as you go: you can stop at any time and come
        back with the same link, on any device.
      </p>

      <h2 className="mt-8 text-xl font-semibold">Who sees what</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {consentLines(page.isLeader).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <form method="post" action="/api/respond/consent" className="mt-6 grid gap-4 rounded-lg border border-slate-200 bg-surface p-4 sm:p-5">
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="agree"
            required
            aria-invalid={page.error ? true : undefined}
            // the form came back refused: focus the field, so its error (described-by) is announced with it
            autoFocus={Boolean(page.error)}
            aria-describedby={page.error ? "consent-error" : undefined}
            className="mt-1 size-5 shrink-0 accent-brand"
          />
          <span>I agree to take part. My answers are used for this assessment as described above.</span>
        </label>
        {page.isLeader ? (
          <label className="flex items-start gap-3">
            <input type="checkbox" name="showName" className="mt-1 size-5 shrink-0 accent-brand" />
            <span>{NAME_ME_LABEL}</span>
          </label>
        ) : null}
        {page.error ? (
          <p id="consent-error" role="alert" className="font-medium text-red-700">
            {page.error}
          </p>
        ) : null}
        <div>
          <button type="submit" className={primaryButtonClass}>
            Start the assessment
          </button>
        </div>
      </form>
    </article>
  );
}
