"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createOrganizationAction } from "@/app/(app)/app/actions";
import { Field } from "@/components/forms/field";
import { primaryButtonClass } from "@/components/ui/styles";
import { BUSINESS_MODELS, INDUSTRIES, REGIONS } from "@/lib/domain";
import { REVENUE_BANDS, ZOrganizationCreate, type TOrganizationCreate } from "@/lib/validation/organization";

export function OrganizationForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TOrganizationCreate>({ resolver: zodResolver(ZOrganizationCreate), defaultValues: { panelOptIn: true } });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await createOrganizationAction(values);
    if (result.ok) return router.push(`/app/organizations/${result.data.id}`);
    setFormError(result.error);
    for (const [key, message] of Object.entries(result.fieldErrors ?? {})) form.setError(key as keyof TOrganizationCreate, { message });
  });
  const select = (options: readonly { id: string; label: string }[]) => [
    <option key="" value="">
      Choose…
    </option>,
    ...options.map((o) => (
      <option key={o.id} value={o.id}>
        {o.label}
      </option>
    )),
  ];
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-xl gap-4">
      <Field id="org-name" label="Name" error={errors.name?.message}>
        {(p) => <input {...p} {...form.register("name")} autoComplete="organization" />}
      </Field>
      <Field id="org-industry" label="Industry" error={errors.industry?.message}>
        {(p) => <select {...p} {...form.register("industry")}>{select([...INDUSTRIES, "Other"].map((i) => ({ id: i, label: i })))}</select>}
      </Field>
      <Field id="org-region" label="Region" error={errors.region?.message}>
        {(p) => <select {...p} {...form.register("region")}>{select(REGIONS)}</select>}
      </Field>
      <Field id="org-revenue" label="Annual revenue" error={errors.revenueBand?.message}>
        {(p) => <select {...p} {...form.register("revenueBand")}>{select(REVENUE_BANDS)}</select>}
      </Field>
      <Field id="org-model" label="Business model" error={errors.businessModel?.message}>
        {(p) => <select {...p} {...form.register("businessModel")}>{select(BUSINESS_MODELS)}</select>}
      </Field>
      <div className="flex items-start gap-3">
        <input id="org-panel" type="checkbox" className="mt-1 size-5" {...form.register("panelOptIn")} aria-describedby="org-panel-help" />
        <div>
          <label htmlFor="org-panel" className="font-medium">
            Join the benchmark panel
          </label>
          <p id="org-panel-help" className="text-sm text-muted">
            Once results are revealed, this organization&apos;s shares (never names or answers) are pooled with other organizations to update the
            published 2010-2014 benchmarks. Comparisons appear only where at least 5 organizations contribute. You can leave the panel at any time.
          </p>
        </div>
      </div>
      {formError ? (
        <p role="alert" className="font-medium text-red-700">
          {formError}
        </p>
      ) : null}
      <div>
        <button type="submit" className={primaryButtonClass} disabled={form.formState.isSubmitting}>
          Create organization
        </button>
      </div>
    </form>
  );
}
