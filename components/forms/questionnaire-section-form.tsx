// One questionnaire section as the server renders it: native controls holding the stored answers, a status line
// and the section's buttons. No React runs in the browser: the questionnaire script
// (components/islands/questionnaire/, decision 47) reads the props embedded beside this markup and adds
// validation, autosave and the controls' live counts. Nothing here may import from next/*.
import type { SectionFormProps } from "@/lib/respondent/section-page";
import { QuestionField } from "./question-field";
import { PREPARING_TEXT } from "./questionnaire-status";
import { primaryButtonClass } from "@/components/ui/styles";

export function QuestionnaireSectionForm({ items, answers, previousHref, nextLabel }: SectionFormProps) {
  return (
    // autocomplete off: the browser must not restore an older state of the controls over the stored answers
    <form noValidate autoComplete="off" data-questionnaire="">
      {/* disabled in the HTML, enabled by the island's loader as the page is parsed: usable from the first
          paint when JavaScript runs, and not usable (nothing could be saved) when it does not */}
      <fieldset disabled data-needs-script="" className="m-0 grid min-w-0 gap-4 border-0 p-0">
        {items.map((item) => (
          <QuestionField key={item.key} item={item} value={answers[item.key]} />
        ))}
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4">
          <p role="status" aria-live="polite" className="text-sm text-muted">
            {PREPARING_TEXT}
          </p>
          <div className="flex gap-3">
            {previousHref ? (
              <a
                href={previousHref}
                className="inline-flex min-h-11 items-center rounded-md border border-slate-400 px-4 font-medium text-ink no-underline hover:bg-slate-50">
                Back
              </a>
            ) : null}
            <button type="submit" className={primaryButtonClass}>
              {nextLabel}
            </button>
          </div>
        </div>
      </fieldset>
    </form>
  );
}
