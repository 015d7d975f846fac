"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveQuestionnaireItemAction } from "@/app/(app)/admin/questionnaires/actions";
import { Field } from "@/components/forms/field";
import { primaryButtonClass } from "@/components/ui/styles";
import { IMPERATIVES } from "@/lib/domain";
import {
  ASKED_OF,
  FIDELITIES,
  ITEM_KINDS,
  POLARITIES,
  RULE_HELP,
  ZQuestionnaireItem,
  type TQuestionnaireItem,
  type TQuestionnaireItemInput,
} from "@/lib/validation/questionnaire-item";
import { LinkRows, OptionRows, type LinkableFigure } from "./questionnaire-item-rows";

const OPTION_KINDS = new Set(["single-choice", "choose-up-to", "ranking", "trade-off"]);
const MAX_KINDS = new Set(["choose-up-to", "ranking"]);
const ASKED_OF_LABEL: Record<(typeof ASKED_OF)[number], string> = { both: "Both sides", marketing: "Marketing only", it: "IT only" };
const FIDELITY_LABEL: Record<(typeof FIDELITIES)[number], string> = {
  exact: "Exact: asked as the survey asked it",
  adapted: "Adapted: close to the survey's question",
  new: "New: no published figure",
};
const SAME = "Leave empty to show the marketing wording to both sides.";

/** What the chosen kind (or an unticked mirror) cannot use is neither validated nor stored. */
function withoutUnused(values: TQuestionnaireItemInput): TQuestionnaireItemInput {
  return {
    ...values,
    options: OPTION_KINDS.has(String(values.kind)) ? values.options : [],
    max: MAX_KINDS.has(String(values.kind)) ? values.max : "",
    ...(values.mirror ? {} : { predictMarketing: "", predictIt: "", mirrorRule: "" }),
  };
}
const schemaResolver = zodResolver(ZQuestionnaireItem);
const resolver: typeof schemaResolver = (values, context, options) => schemaResolver(withoutUnused(values), context, options);

/** The structured form for one item of a draft: add (no originalKey) or change. The server validates it again. */
export function QuestionnaireItemForm({
  defaultValues,
  sections,
  figures,
}: {
  defaultValues: TQuestionnaireItem;
  sections: { id: string; title: string }[];
  figures: LinkableFigure[];
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TQuestionnaireItemInput, unknown, TQuestionnaireItem>({ resolver, defaultValues: { ...defaultValues, max: defaultValues.max ?? "" } });
  const errors = form.formState.errors;
  const kind = form.watch("kind");
  const mirror = form.watch("mirror");
  const isNew = defaultValues.originalKey === "";
  const versionPage = `/admin/questionnaires/${defaultValues.versionId}`;

  const onSubmit = form.handleSubmit(
    async (values) => {
      setFormError(null);
      const result = await saveQuestionnaireItemAction(values);
      if (!result.ok) {
        setFormError(result.error);
        for (const [key, message] of Object.entries(result.fieldErrors ?? {})) form.setError(key as keyof TQuestionnaireItemInput, { message });
        return;
      }
      router.push(`${versionPage}#item-${result.data.key}`);
      router.refresh();
    },
    () => setFormError("Please correct the highlighted fields"),
  );

  const text = (name: "key" | "promptMarketing" | "promptIt" | "helpMarketing" | "helpIt" | "predictMarketing" | "predictIt" | "mirrorRule", label: string, hint?: string, multiline = false) => (
    <Field id={`item-${name}`} label={label} hint={hint} error={errors[name]?.message}>
      {(p) => (multiline ? <textarea rows={2} {...p} {...form.register(name)} /> : <input {...p} {...form.register(name)} />)}
    </Field>
  );
  const select = <T extends string>(name: "section" | "kind" | "askedOf" | "polarity" | "fidelity", label: string, values: readonly T[], labelOf: (v: T) => string) => (
    <Field id={`item-${name}`} label={label} error={errors[name]?.message}>
      {(p) => (
        <select {...p} {...form.register(name)}>
          {values.map((v) => (
            <option key={v} value={v}>
              {labelOf(v)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-4xl gap-6">
      <fieldset className="grid gap-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Question</legend>
        {text("key", "Key", "Stable across versions, lowercase with hyphens, e.g. tr-shared-roadmap. Answers are stored under it.")}
        <div className="grid gap-4 sm:grid-cols-3">
          {select("section", "Section", sections.map((s) => s.id), (id) => sections.find((s) => s.id === id)?.title ?? id)}
          {select("kind", "Kind of question", ITEM_KINDS, (k) => k)}
          {select("askedOf", "Asked of", ASKED_OF, (a) => ASKED_OF_LABEL[a])}
        </div>
        <div className="flex items-center gap-2">
          <input id="item-required" type="checkbox" className="size-5" {...form.register("required")} />
          <label htmlFor="item-required" className="font-medium">
            An answer is required
          </label>
        </div>
        {text("promptMarketing", "Question for marketing respondents", undefined, true)}
        {text("promptIt", "Question for IT respondents (optional)", SAME, true)}
        {text("helpMarketing", "Help text for marketing respondents (optional)", undefined, true)}
        {text("helpIt", "Help text for IT respondents (optional)", SAME, true)}
      </fieldset>

      {OPTION_KINDS.has(kind) ? <OptionRows form={form} /> : null}
      {MAX_KINDS.has(kind) ? (
        <Field id="item-max" label="How many may be chosen or ranked" hint="Between 1 and the number of options." error={errors.max?.message}>
          {(p) => <input {...p} inputMode="numeric" {...form.register("max")} />}
        </Field>
      ) : null}

      <fieldset className="grid gap-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Scoring</legend>
        <fieldset aria-describedby={errors.imperatives ? "item-imperatives-error" : undefined}>
          <legend className="font-medium">Imperatives this item informs</legend>
          <div className="mt-1 grid gap-1">
            {IMPERATIVES.map((imp) => (
              <div key={imp.id} className="flex items-center gap-2">
                <input id={`item-imperative-${imp.id}`} type="checkbox" className="size-5" value={imp.id} {...form.register("imperatives")} />
                <label htmlFor={`item-imperative-${imp.id}`}>{imp.short}</label>
              </div>
            ))}
          </div>
          {errors.imperatives ? (
            <p id="item-imperatives-error" className="mt-1 text-sm font-medium text-red-700">
              {errors.imperatives.message ?? "Unknown imperative"}
            </p>
          ) : null}
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          {select("polarity", "Polarity", POLARITIES, (p) => p)}
          {select("fidelity", "Fidelity to the published survey", FIDELITIES, (f) => FIDELITY_LABEL[f])}
        </div>
      </fieldset>

      <LinkRows form={form} figures={figures} />

      <fieldset className="grid gap-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Mirror</legend>
        <div className="flex items-center gap-2">
          <input id="item-mirror" type="checkbox" className="size-5" {...form.register("mirror")} />
          <label htmlFor="item-mirror" className="font-medium">
            Also ask respondents to predict the other side&apos;s answer (agreement and yes-no items)
          </label>
        </div>
        {mirror ? (
          <>
            {text("predictMarketing", "Prediction question for marketing respondents", "e.g. What share of your IT colleagues agree?", true)}
            {text("predictIt", "Prediction question for IT respondents", undefined, true)}
            {text("mirrorRule", "Which of the other side's answers count as agreeing", RULE_HELP)}
          </>
        ) : null}
      </fieldset>

      {formError ? (
        <p role="alert" className="font-medium text-red-700">
          {formError}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={primaryButtonClass} disabled={form.formState.isSubmitting}>
          {isNew ? "Add the item" : "Save the item"}
        </button>
        <a href={versionPage}>Cancel</a>
      </div>
    </form>
  );
}
