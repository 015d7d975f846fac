"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { copyQuestionnaireAction } from "@/app/(app)/admin/questionnaires/actions";
import { Field } from "@/components/forms/field";
import { primaryButtonClass } from "@/components/ui/styles";
import { ZQuestionnaireCopy } from "@/lib/validation/questionnaire-version";

type Input = z.input<typeof ZQuestionnaireCopy>;
type Output = z.output<typeof ZQuestionnaireCopy>;

export function QuestionnaireCopyForm({ versions }: { versions: { id: string; title: string }[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(ZQuestionnaireCopy), defaultValues: { sourceVersionId: versions.at(-1)?.id ?? "v1", title: "" } });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setCreated(null);
    const result = await copyQuestionnaireAction(values);
    if (!result.ok) {
      setFormError(result.error);
      for (const [key, message] of Object.entries(result.fieldErrors ?? {})) form.setError(key as keyof Input, { message });
      return;
    }
    setCreated(`Draft ${result.data.id} started from ${values.sourceVersionId}: ${result.data.items} items, ${result.data.figureLinks} benchmark links copied.`);
    form.reset({ sourceVersionId: values.sourceVersionId, title: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-xl gap-4">
      <Field id="copy-source" label="Copy from" error={errors.sourceVersionId?.message}>
        {(p) => (
          <select {...p} {...form.register("sourceVersionId")}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.id}: {v.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="copy-title" label="Title of the new version" error={errors.title?.message}>
        {(p) => <input {...p} {...form.register("title")} />}
      </Field>
      {formError ? (
        <p role="alert" className="font-medium text-red-700">
          {formError}
        </p>
      ) : null}
      <p role="status" className="text-sm">
        {created ?? ""}
      </p>
      <div>
        <button type="submit" className={primaryButtonClass} disabled={form.formState.isSubmitting}>
          Start a new version as a copy
        </button>
      </div>
    </form>
  );
}
