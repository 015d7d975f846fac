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
import { PanelExplanation } from "./panel-explanation";

export function OrganizationForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TOrganizationCreate>({ resolver: zodResolver(ZOrganizationCreate), defaultValues: { panelOptIn: false } });
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
      <fieldset className="grid gap-2 rounded-md border border-slate-200 p-3">
        <legend className="px-1 font-medium">Benchmark panel</legend>
        <div className="flex items-start gap-3">
          <input id="org-panel" type="checkbox" className="mt-1 size-5" {...form.register("panelOptIn")} aria-describedby="org-panel-help" />
          <label htmlFor="org-panel" className="font-medium">
            Join the benchmark panel (optional)
          </label>
        </div>
        <PanelExplanation id="org-panel-help" />
      </fieldset>
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
