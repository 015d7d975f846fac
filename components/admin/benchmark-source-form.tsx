"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createSourceAction } from "@/app/(app)/admin/benchmarks/actions";
import { Field } from "@/components/forms/field";
import { primaryButtonClass } from "@/components/ui/styles";
import { SAMPLE_FIELDS, ZBenchmarkSourceCreate } from "@/lib/validation/benchmark-source";

type Input = z.input<typeof ZBenchmarkSourceCreate>;
type Output = z.output<typeof ZBenchmarkSourceCreate>;

const TEXT_FIELDS = [
  { name: "id", label: "Source id", hint: "Lowercase letters, digits and hyphens, e.g. accenture-2016. It cannot change later." },
  { name: "publisher", label: "Publisher" },
  { name: "title", label: "Title" },
  { name: "year", label: "Year", hint: "The year the figures describe (fieldwork or publication).", inputMode: "numeric" },
  { name: "fieldwork", label: "Fieldwork", hint: "When the survey ran, e.g. June-August 2016." },
  { name: "method", label: "Method", hint: "How it ran, e.g. online survey, interviews." },
  { name: "regions", label: "Regions (optional)" },
  { name: "industries", label: "Industries (optional)" },
] as const;

export function BenchmarkSourceForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(ZBenchmarkSourceCreate) });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await createSourceAction(values);
    if (result.ok) return router.push(`/admin/benchmarks/sources/${result.data.id}`);
    setFormError(result.error);
    for (const [key, message] of Object.entries(result.fieldErrors ?? {})) form.setError(key as keyof Input, { message });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-xl gap-4">
      {TEXT_FIELDS.map((f) => (
        <Field key={f.name} id={`source-${f.name}`} label={f.label} hint={"hint" in f ? f.hint : undefined} error={errors[f.name]?.message}>
          {(p) => <input {...p} {...form.register(f.name)} inputMode={"inputMode" in f ? f.inputMode : undefined} />}
        </Field>
      ))}
      <Field id="source-notes" label="Notes (optional)" error={errors.notes?.message}>
        {(p) => <textarea {...p} {...form.register("notes")} rows={3} />}
      </Field>
      <fieldset className="grid gap-3 rounded-md border border-slate-300 p-4" aria-describedby="source-samples-hint">
        <legend className="px-1 font-medium">Sample size (n) per population</legend>
        <p id="source-samples-hint" className="text-sm text-muted">
          Fill each population the source reports; leave the others blank. At least one is required.
        </p>
        {SAMPLE_FIELDS.map((s) => (
          <Field key={s.field} id={`source-${s.field}`} label={`${s.label} n`} error={errors[s.field]?.message}>
            {(p) => <input {...p} {...form.register(s.field)} inputMode="numeric" />}
          </Field>
        ))}
      </fieldset>
      {formError ? (
        <p role="alert" className="font-medium text-red-700">
          {formError}
        </p>
      ) : null}
      <div>
        <button type="submit" className={primaryButtonClass} disabled={form.formState.isSubmitting}>
          Add source
        </button>
      </div>
    </form>
  );
}
