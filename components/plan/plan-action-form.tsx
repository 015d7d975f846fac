"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { createPlanActionAction, updatePlanActionAction } from "@/app/(app)/app/assessments/[assessmentId]/plan/actions";
import { Field } from "@/components/forms/field";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";
import { IMPERATIVES, SIDE_LABEL, TIER_LABEL, type Side, type Tier } from "@/lib/domain";
import { MAX_CHECKLIST_ITEMS, PLAN_PRIORITIES, PLAN_PRIORITY_LABEL, PLAN_STATUSES, PLAN_STATUS_LABEL, type PlanOriginKind } from "@/lib/plan/vocabulary";
import { ZPlanActionFields } from "@/lib/validation/plan-action";

type Input = z.input<typeof ZPlanActionFields>;
type Output = z.output<typeof ZPlanActionFields>;

export interface PlanActionFormProps {
  assessmentId: string;
  /** Editing this action; creating a new one when absent. */
  actionId?: string;
  origin?: { kind: PlanOriginKind; ref: string };
  waveNumber?: number;
  participants: { id: string; name: string; side: string; tier: string }[];
  items: { key: string; wording: string }[];
  defaults: Output;
}

/** Create or edit an action: the same zod schema as the server action, field errors from either mapped onto the fields. */
export function PlanActionForm({ assessmentId, actionId, origin, waveNumber, participants, items, defaults }: PlanActionFormProps) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(ZPlanActionFields), defaultValues: defaults });
  const checklist = useFieldArray({ control: form.control, name: "checklist" });
  const linked = useWatch({ control: form.control, name: "itemKeys" });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = actionId
      ? await updatePlanActionAction({ ...values, actionId })
      : await createPlanActionAction({ ...values, assessmentId, ...(origin ? { origin } : {}), ...(waveNumber ? { waveNumber } : {}) });
    if (result.ok) return router.push(`/app/assessments/${assessmentId}/plan#action-${result.data.id}`);
    setFormError(result.error);
    for (const [key, message] of Object.entries(result.fieldErrors ?? {})) form.setError(key as keyof Input, { message });
  });
  const checklistError = errors.checklist?.message ?? errors.checklist?.root?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-5">
      <Field id="pa-title" label="Title" error={errors.title?.message}>
        {(p) => <input {...p} {...form.register("title")} maxLength={200} />}
      </Field>
      <Field id="pa-description" label="Description (optional)" error={errors.description?.message}>
        {(p) => <textarea {...p} rows={4} {...form.register("description")} />}
      </Field>
      <Field id="pa-imperative" label="Imperative" error={errors.imperative?.message}>
        {(p) => (
          <select {...p} {...form.register("imperative")}>
            {IMPERATIVES.map((i) => (
              <option key={i.id} value={i.id}>
                {i.short}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="pa-owner" label="Owner: a participant" hint="Or type a named person below" error={errors.ownerParticipantId?.message}>
          {(p) => (
            <select {...p} {...form.register("ownerParticipantId")}>
              <option value="">No participant</option>
              {participants.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name} ({SIDE_LABEL[x.side as Side] ?? x.side} {(TIER_LABEL[x.tier as Tier] ?? x.tier).toLowerCase()})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="pa-owner-name" label="Owner: a named person" hint="Someone who is not a participant" error={errors.ownerName?.message}>
          {(p) => <input {...p} {...form.register("ownerName")} maxLength={120} autoComplete="off" />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="pa-due" label="Due date (optional)" error={errors.dueDate?.message}>
          {(p) => <input {...p} type="date" {...form.register("dueDate")} />}
        </Field>
        <Field id="pa-status" label="Status" error={errors.status?.message}>
          {(p) => (
            <select {...p} {...form.register("status")}>
              {PLAN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {PLAN_STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="pa-priority" label="Priority" error={errors.priority?.message}>
          {(p) => (
            <select {...p} {...form.register("priority")}>
              {PLAN_PRIORITIES.map((s) => (
                <option key={s} value={s}>
                  {PLAN_PRIORITY_LABEL[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <fieldset aria-describedby={checklistError ? "pa-checklist-error" : undefined}>
        <legend className="font-medium">Checklist</legend>
        <ol className="mt-2 grid gap-2">
          {checklist.fields.map((entry, index) => (
            <li key={entry.id} className="flex flex-wrap items-start gap-2">
              <label className="flex min-h-11 items-center gap-2">
                <input type="checkbox" className="size-5 accent-brand" {...form.register(`checklist.${index}.done`)} />
                <span className="sr-only">Step {index + 1} done</span>
              </label>
              <div className="min-w-0 flex-1">
                <Field id={`pa-step-${index}`} label={`Step ${index + 1}`} error={errors.checklist?.[index]?.text?.message}>
                  {(p) => <input {...p} {...form.register(`checklist.${index}.text`)} maxLength={300} />}
                </Field>
              </div>
              <button type="button" className={`${secondaryButtonClass} mt-7`} onClick={() => checklist.remove(index)}>
                Remove step {index + 1}
              </button>
            </li>
          ))}
        </ol>
        {checklist.fields.length < MAX_CHECKLIST_ITEMS ? (
          <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={() => checklist.append({ text: "", done: false })}>
            Add a step
          </button>
        ) : null}
        {checklistError ? (
          <p id="pa-checklist-error" className="mt-1 text-sm font-medium text-red-700">
            {checklistError}
          </p>
        ) : null}
      </fieldset>

      <details className="rounded-md border border-slate-300 p-3" open={defaults.itemKeys.length > 0}>
        <summary className="cursor-pointer font-medium">Linked questions ({Array.isArray(linked) ? linked.length : 0})</summary>
        <fieldset className="mt-2" aria-describedby={errors.itemKeys ? "pa-items-error" : undefined}>
          <legend className="sr-only">Linked questions</legend>
          <div className="grid max-h-96 gap-1 overflow-y-auto">
            {items.map((item) => (
              <label key={item.key} className="flex items-start gap-2 text-sm">
                <input type="checkbox" value={item.key} {...form.register("itemKeys")} className="mt-0.5 size-5 shrink-0 accent-brand" />
                <span>{item.wording}</span>
              </label>
            ))}
          </div>
          {errors.itemKeys ? (
            <p id="pa-items-error" className="mt-1 text-sm font-medium text-red-700">
              {errors.itemKeys.message}
            </p>
          ) : null}
        </fieldset>
      </details>

      <div>
        <label className="flex items-start gap-2">
          <input type="checkbox" {...form.register("visibleToParticipants")} aria-describedby="pa-visible-hint" className="mt-1 size-5 accent-brand" />
          <span>Participants can see this action</span>
        </label>
        <p id="pa-visible-hint" className="ml-7 text-sm text-muted">
          Once you share the plan: its title, description, imperative, owner, due date and status.
        </p>
      </div>

      {formError ? (
        <p role="alert" className="font-medium text-red-700">
          {formError}
        </p>
      ) : null}
      <div>
        <button type="submit" className={primaryButtonClass} disabled={form.formState.isSubmitting}>
          {actionId ? "Save changes" : "Add to plan"}
        </button>
      </div>
    </form>
  );
}
