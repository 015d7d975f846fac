"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "@/components/forms/field";

/** The settings every wave has (lib/validation/assessment.ts): its questionnaire version, sources and quorum. */
type WaveSetting = "questionnaireVersionId" | "sourceIds" | "quorumMarketing" | "quorumIt";

/**
 * The version, benchmark sources and quorum fields, shared by the new-assessment form (the defaults of its waves)
 * and the next-wave form. `idPrefix` keeps the ids unique on a page; `wording` tells the two uses apart.
 */
export function WaveSettingsFields({
  register,
  errors,
  versions,
  sources,
  idPrefix,
  wording,
}: {
  /** The form's own register for these four names, e.g. `(name) => form.register(name)`. */
  register: (name: WaveSetting) => UseFormRegisterReturn;
  errors: Partial<Record<WaveSetting, { message?: string }>>;
  versions: { id: string; title: string }[];
  sources: { id: string; label: string }[];
  idPrefix: string;
  wording: { sources: string; versionHint?: string; quorumHint: string };
}) {
  return (
    <>
      <Field id={`${idPrefix}-version`} label="Questionnaire version" hint={wording.versionHint} error={errors.questionnaireVersionId?.message}>
        {(p) => (
          <select {...p} {...register("questionnaireVersionId")}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.id}: {v.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset aria-describedby={errors.sourceIds ? `${idPrefix}-sources-error` : undefined}>
        <legend className="font-medium">{wording.sources}</legend>
        <div className="mt-1 grid gap-1">
          {sources.map((s) => (
            <label key={s.id} className="flex items-start gap-2">
              <input type="checkbox" value={s.id} {...register("sourceIds")} className="mt-1 size-5 accent-brand" />
              <span>{s.label}</span>
            </label>
          ))}
        </div>
        {errors.sourceIds ? (
          <p id={`${idPrefix}-sources-error`} className="mt-1 text-sm font-medium text-red-700">
            {errors.sourceIds.message}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${idPrefix}-quorum-m`} label="Quorum: marketing responses" hint={wording.quorumHint} error={errors.quorumMarketing?.message}>
          {(p) => <input {...p} type="number" min={1} max={100} inputMode="numeric" {...register("quorumMarketing")} />}
        </Field>
        <Field id={`${idPrefix}-quorum-i`} label="Quorum: IT responses" error={errors.quorumIt?.message}>
          {(p) => <input {...p} type="number" min={1} max={100} inputMode="numeric" {...register("quorumIt")} />}
        </Field>
      </div>
    </>
  );
}
