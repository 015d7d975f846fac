"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { addFigureAction } from "@/app/(app)/admin/benchmarks/actions";
import { Field } from "@/components/forms/field";
import { primaryButtonClass } from "@/components/ui/styles";
import { POPULATION_LABEL, POPULATIONS } from "@/lib/domain";
import { FIGURE_UNITS, ZBenchmarkFigureAdd } from "@/lib/validation/benchmark-figure";

type Input = z.input<typeof ZBenchmarkFigureAdd>;
type Output = z.output<typeof ZBenchmarkFigureAdd>;

const POPULATION_OPTION: Record<string, string> = { ...POPULATION_LABEL, both: "Both (pooled)" };

export function BenchmarkFigureForm({ sourceId }: { sourceId: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const defaultValues = { sourceId, population: "marketing", unit: "percent" } as const;
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(ZBenchmarkFigureAdd), defaultValues });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setAdded(null);
    const result = await addFigureAction(values);
    if (result.ok) {
      setAdded(result.data.id);
      form.reset(defaultValues);
      return router.refresh();
    }
    setFormError(result.error);
    for (const [key, message] of Object.entries(result.fieldErrors ?? {})) form.setError(key as keyof Input, { message });
  });
  const text = (name: "id" | "topic" | "statement" | "value" | "valueFrom" | "yearFrom" | "yearTo" | "rankOf" | "n" | "locatorFile" | "locatorFigure" | "sameMeasureAs", label: string, hint?: string) => (
    <Field id={`figure-${name}`} label={label} hint={hint} error={errors[name]?.message}>
      {(p) => <input {...p} {...form.register(name)} />}
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-xl gap-4">
      <input type="hidden" {...form.register("sourceId")} />
      {text("id", "Figure id", "Unique in the whole library, e.g. a16-need-alignment-cio.")}
      <Field id="figure-population" label="Population" error={errors.population?.message}>
        {(p) => (
          <select {...p} {...form.register("population")}>
            {POPULATIONS.map((x) => (
              <option key={x} value={x}>
                {POPULATION_OPTION[x]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text("topic", "Topic", "Groups the figures of one list, e.g. obstacles; reuse an existing topic to compare waves.")}
      {text("statement", "Statement", "In plain words, e.g. 77% of CIOs agree marketing and IT need to be aligned.")}
      <Field id="figure-unit" label="Unit" error={errors.unit?.message}>
        {(p) => (
          <select {...p} {...form.register("unit")}>
            {FIGURE_UNITS.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text("value", "Value", "A percent is 0-100; a rank is its position (1 = first).")}
      {text("n", "Sample size n (optional)", "Only when this figure's sample differs from the source's sample for its population.")}
      {text("rankOf", "Rank out of (rank only, optional)")}
      {text("valueFrom", "Earlier value (year-over-year only)")}
      {text("yearFrom", "Earlier year (year-over-year only)")}
      {text("yearTo", "Later year (year-over-year only)")}
      {text("sameMeasureAs", "Same measure as (optional)", "The id of a percent the questionnaire already measures, e.g. a12-need-alignment-cio, that this figure measures again: the comparisons then show it against the same question.")}
      {text("locatorFile", "Document (file name or URL)")}
      {text("locatorFigure", "Figure or table (optional)", "e.g. Figure 8")}
      <Field id="figure-locatorQuote" label="Verbatim quote" hint="Copy the sentence that states the number, word for word." error={errors.locatorQuote?.message}>
        {(p) => <textarea {...p} {...form.register("locatorQuote")} rows={3} />}
      </Field>
      {formError ? (
        <p role="alert" className="font-medium text-red-700">
          {formError}
        </p>
      ) : null}
      <p role="status" className="text-sm">
        {added ? `Added figure ${added}.` : ""}
      </p>
      <div>
        <button type="submit" className={primaryButtonClass} disabled={form.formState.isSubmitting}>
          Add figure
        </button>
      </div>
    </form>
  );
}
