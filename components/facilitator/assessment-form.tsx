"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createAssessmentAction } from "@/app/(app)/app/actions";
import { Field } from "@/components/forms/field";
import { primaryButtonClass } from "@/components/ui/styles";
import { ZAssessmentCreate } from "@/lib/validation/assessment";

type Input = z.input<typeof ZAssessmentCreate>;
type Output = z.output<typeof ZAssessmentCreate>;

export function AssessmentForm({
  organizationId,
  versions,
  sources,
}: {
  organizationId: string;
  versions: { id: string; title: string }[];
  sources: { id: string; label: string }[];
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(ZAssessmentCreate),
    defaultValues: { organizationId, questionnaireVersionId: versions[0]?.id, sourceIds: ["accenture-2012"], quorumMarketing: 1, quorumIt: 1 },
  });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await createAssessmentAction(values);
    if (result.ok) return router.push(`/app/assessments/${result.data.id}`);
    setFormError(result.error);
    for (const [key, message] of Object.entries(result.fieldErrors ?? {})) form.setError(key as keyof Input, { message });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-xl gap-4">
      <input type="hidden" {...form.register("organizationId")} />
      <Field id="a-title" label="Title" error={errors.title?.message}>
        {(p) => <input {...p} {...form.register("title")} />}
      </Field>
      <Field id="a-version" label="Questionnaire version" error={errors.questionnaireVersionId?.message}>
        {(p) => (
          <select {...p} {...form.register("questionnaireVersionId")}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.id}: {v.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset aria-describedby={errors.sourceIds ? "a-sources-error" : undefined}>
        <legend className="font-medium">Default benchmark sources</legend>
        <div className="mt-1 grid gap-1">
          {sources.map((s) => (
            <label key={s.id} className="flex items-start gap-2">
              <input type="checkbox" value={s.id} {...form.register("sourceIds")} className="mt-1 size-5 accent-brand" />
              <span>{s.label}</span>
            </label>
          ))}
        </div>
        {errors.sourceIds ? (
          <p id="a-sources-error" className="mt-1 text-sm font-medium text-red-700">
            {errors.sourceIds.message}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="a-quorum-m" label="Quorum: marketing responses" hint="Submitted responses needed before results can be revealed" error={errors.quorumMarketing?.message}>
          {(p) => <input {...p} type="number" min={1} max={100} inputMode="numeric" {...form.register("quorumMarketing")} />}
        </Field>
        <Field id="a-quorum-i" label="Quorum: IT responses" error={errors.quorumIt?.message}>
          {(p) => <input {...p} type="number" min={1} max={100} inputMode="numeric" {...form.register("quorumIt")} />}
        </Field>
      </div>
      {formError ? (
        <p role="alert" className="font-medium text-red-700">
          {formError}
        </p>
      ) : null}
      <div>
        <button type="submit" className={primaryButtonClass} disabled={form.formState.isSubmitting}>
          Create assessment
        </button>
      </div>
    </form>
  );
}
