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
import { WaveSettingsFields } from "./wave-settings-fields";

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
      <WaveSettingsFields
        register={(name) => form.register(name)}
        errors={errors}
        versions={versions}
        sources={sources}
        idPrefix="a"
        wording={{ sources: "Default benchmark sources", quorumHint: "Submitted responses needed before results can be revealed" }}
      />
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
