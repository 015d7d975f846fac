"use client";

// Rendered on the server by the pages-router page and hydrated in the browser by the questionnaire island
// (components/islands/questionnaire.tsx), which ships React and this form only: no Next.js runtime, so nothing
// here may import from next/*. Navigation between sections is an ordinary page load.
import { useEffect, useSyncExternalStore } from "react";
import { Controller, useForm } from "react-hook-form";
import type { ClientItem } from "@/lib/questionnaire/client-item";
import type { SectionFormProps } from "@/lib/respondent/section-page";
import { answerSchema } from "@/lib/validation/answer";
import { QuestionField } from "./question-field";
import { useAutosave, type SaveStatus } from "./use-autosave";
import { primaryButtonClass } from "@/components/ui/styles";

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: "Answers are saved as you go",
  saving: "Saving…",
  saved: "All answers saved",
  retrying: "Connection problem: retrying. Your answers are kept on this device until they are saved.",
  offline: "You are offline. Your answers are kept on this device and will be saved when you are back online.",
  blocked: "This link can no longer save answers (it was replaced, withdrawn or closed). Your latest answers are kept on this device: open your current invitation link to save them.",
};

const noSubscription = () => () => {};

/** False in the server's HTML and until React has hydrated the form in the browser, then true. */
function useHydrated() {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/** Validates one value with the item's draft schema: the same schema the autosave route applies. */
function validateDraft(item: ClientItem, value: unknown): true | string {
  if (value === null || value === undefined) return true;
  const result = answerSchema(item, "draft").safeParse(value);
  return result.success ? true : (result.error.issues[0]?.message ?? "This answer is not valid");
}

export function QuestionnaireSectionForm({ items, answers, storageKey, previousHref, nextHref, nextLabel }: SectionFormProps) {
  const form = useForm<Record<string, unknown>>({ defaultValues: answers, mode: "onChange" });
  const autosave = useAutosave({
    endpoint: "/api/respond/answers",
    storageKey,
    onRejected: (key, message) => form.setError(key, { type: "server", message }),
  });

  // Until the island's script has run, a click would change the page but not the form (and the submit button
  // would post the page to itself): the controls stay disabled for that moment.
  const hydrated = useHydrated();
  const { unsaved, settled, hasPending } = autosave;
  useEffect(() => {
    // any link on the page (Back, the progress steps, the header) waits for pending saves before leaving, so
    // the next page, rendered from the database, shows them (what is not saved in 3 s stays on the device)
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target || link.origin !== window.location.origin || !hasPending()) return;
      if (link.pathname === window.location.pathname && link.hash) return; // a jump within this page
      event.preventDefault();
      void settled(3000).then(() => window.location.assign(link.href));
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [settled, hasPending]);
  useEffect(() => {
    // answers typed on an earlier visit but never acknowledged take precedence over the stored ones
    const pending = unsaved();
    for (const item of items) if (item.key in pending) form.setValue(item.key, pending[item.key]);
  }, [unsaved, form, items]);

  const onNext = form.handleSubmit(
    async () => {
      // the next page is rendered on the server from the stored answers: let the last saves land first (the
      // ones that do not are kept on this device and sent again from the next page)
      await autosave.settled(3000);
      window.location.assign(nextHref);
    },
    (errors) => document.getElementById(`item-${Object.keys(errors)[0]}`)?.querySelector<HTMLElement>("input, select, textarea")?.focus(),
  );

  return (
    <form onSubmit={onNext} noValidate>
      <fieldset disabled={!hydrated} className="m-0 grid min-w-0 gap-4 border-0 p-0">
        {items.map((item) => (
          <Controller
            key={item.key}
            name={item.key}
            control={form.control}
            rules={{ validate: (value) => validateDraft(item, value) }}
            render={({ field, fieldState }) => (
              <QuestionField
                item={item}
                value={field.value}
                error={fieldState.error?.message}
                onChange={(value) => {
                  field.onChange(value);
                  const valid = validateDraft(item, value);
                  if (valid === true) {
                    form.clearErrors(item.key);
                    autosave.save(item.key, value ?? null);
                  } else {
                    form.setError(item.key, { type: "validate", message: valid });
                  }
                }}
              />
            )}
          />
        ))}
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4">
          <p role="status" aria-live="polite" className="text-sm text-muted">
            {hydrated ? STATUS_TEXT[autosave.status] : "Preparing the form…"}
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
