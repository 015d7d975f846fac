"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { startNextWaveAction } from "@/app/(app)/app/actions";
import { Field } from "@/components/forms/field";
import { primaryButtonClass } from "@/components/ui/styles";
import { ZWaveStart } from "@/lib/validation/wave";
import { useInviteLinks } from "./invite-links-context";
import { NewLinks } from "./new-links";
import { WaveParticipantsFields } from "./wave-participants-fields";
import { WaveSettingsFields } from "./wave-settings-fields";

type Input = z.input<typeof ZWaveStart>;
type Output = z.output<typeof ZWaveStart>;

/**
 * Starts the next wave: its label, questionnaire version, benchmark sources and quorum (the previous wave's by
 * default), and who is invited in which side and tier. On success the new links are listed once, with copy buttons and a CSV, as on the assessment page.
 */
export function NextWaveForm({
  defaults,
  versions,
  sources,
  blocked,
  participants,
}: {
  defaults: Input;
  /** The current participants, in the order of `defaults.participants`. */
  participants: { id: string; name: string }[];
  /** Why no wave can start now (the latest is not revealed), or null. */
  blocked: string | null;
  versions: { id: string; title: string }[];
  sources: { id: string; label: string }[];
}) {
  const { add } = useInviteLinks();
  const [formError, setFormError] = useState<string | null>(null);
  const [started, setStarted] = useState<number | null>(null);
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(ZWaveStart), defaultValues: defaults });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await startNextWaveAction(values);
    if (result.ok) {
      add(result.data.links);
      setStarted(result.data.number);
      return;
    }
    setFormError(result.error);
    for (const [key, message] of Object.entries(result.fieldErrors ?? {})) form.setError(key as keyof Input, { message });
  });

  if (started !== null) {
    return (
      <div className="grid gap-4">
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 font-medium">
          Wave {started} has started. The links of earlier waves no longer work; earlier waves keep their results.
        </p>
        <NewLinks />
        <p>
          <Link href={`/app/assessments/${defaults.assessmentId}`}>Back to the assessment</Link> (copy or download the links first: they are shown only here)
        </p>
      </div>
    );
  }
  if (blocked) {
    return (
      <p role="status" className="max-w-2xl rounded-md border border-slate-300 bg-slate-50 p-3">
        {blocked} <Link href={`/app/assessments/${defaults.assessmentId}/results`}>Open the results</Link>
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-xl gap-4">
      <p className="max-w-2xl">
        Everyone invited below gets a new invitation link. The links of earlier waves stop working; those waves keep their answers and
        results, and stay readable.
      </p>
      <input type="hidden" {...form.register("assessmentId")} />
      <Field id="w-label" label="Name of the wave" error={errors.label?.message}>
        {(p) => <input {...p} {...form.register("label")} />}
      </Field>
      <WaveSettingsFields
        register={(name) => form.register(name)}
        errors={errors}
        versions={versions}
        sources={sources}
        idPrefix="w"
        wording={{ sources: "Benchmark sources", versionHint: "Only questions asked the same way in both waves are compared over time", quorumHint: "Submitted responses needed before this wave can be revealed" }}
      />
      <WaveParticipantsFields register={form.register} participants={participants} error={errors.participants?.message ?? errors.participants?.root?.message} />
      {formError ? (
        <p role="alert" className="font-medium text-red-700">
          {formError}
        </p>
      ) : null}
      <div>
        <button type="submit" className={primaryButtonClass} disabled={form.formState.isSubmitting}>
          Start the next wave
        </button>
      </div>
    </form>
  );
}
