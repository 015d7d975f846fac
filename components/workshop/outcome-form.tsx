"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type DefaultValues } from "react-hook-form";
import {
  clearWorkshopOutcomeAction,
  clearWorkshopOutcomeFormAction,
  saveWorkshopOutcomeAction,
  saveWorkshopOutcomeFormAction,
} from "@/app/(app)/app/assessments/[assessmentId]/workshop/actions";
import { MAX_OUTCOME_TEXT, OUTCOME_LABEL, WORKSHOP_OUTCOMES, type VoteOption, type WorkshopOutcomeRecord } from "@/lib/results/workshop-outcome";
import { ZWorkshopOutcome, type TWorkshopOutcome, type TWorkshopOutcomeInput } from "@/lib/validation/workshop";

type Values = TWorkshopOutcomeInput;

const OUTCOME_HINT: Record<(typeof WORKSHOP_OUTCOMES)[number], string> = {
  agreed: "Both sides share one position: write it down.",
  "agree-to-differ": "The sides see it differently and can work with that: note each side's position.",
  "needs-data": "The room cannot settle it without evidence: note what data would.",
};

const control = "mt-1 block w-full rounded-md border-2 border-slate-600 bg-white px-3 py-2 text-xl text-ink aria-[invalid=true]:border-red-800";
const button = "min-h-12 rounded-md px-5 text-xl font-semibold";

function valuesOf(props: { assessmentId: string; waveNumber: number; itemKey: string; voteOptions: VoteOption[] }, outcome: WorkshopOutcomeRecord | null): DefaultValues<Values> {
  return {
    assessmentId: props.assessmentId,
    waveNumber: props.waveNumber,
    itemKey: props.itemKey,
    outcome: outcome?.outcome,
    position: outcome?.position ?? "",
    notes: outcome?.notes ?? "",
    votes: props.voteOptions.map((o) => ({ option: o.id, count: outcome?.votes?.[o.id] === undefined ? "" : String(outcome.votes[o.id]) })),
  };
}

/**
 * The outcome of one gap: agreed position, agree to differ or needs data, the position and notes, and the hands
 * counted per answer. Validated by the action's own schema; posted without JavaScript it still saves (the form's
 * action), and returns to this screen.
 */
export function OutcomeForm(props: {
  assessmentId: string;
  waveNumber: number;
  itemKey: string;
  screen: number;
  present: boolean;
  voteOptions: VoteOption[];
  outcome: WorkshopOutcomeRecord | null;
}) {
  const { assessmentId, waveNumber, itemKey, screen, present, voteOptions, outcome } = props;
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values, unknown, TWorkshopOutcome>({
    resolver: zodResolver(ZWorkshopOutcome),
    defaultValues: valuesOf(props, outcome),
  });
  const { errors, isSubmitting } = form.formState;
  // The same values written into the HTML: react-hook-form fills its fields only once its script runs, and the form
  // must post them (and show the recorded outcome) without it.
  const initial = valuesOf(props, outcome);
  const id = (name: string) => `outcome-${screen}-${name}`;
  const describedBy = (name: string, hint?: boolean) => [hint ? `${id(name)}-hint` : null, errors[name as keyof Values] ? `${id(name)}-error` : null].filter(Boolean).join(" ") || undefined;

  const onSave = form.handleSubmit(async () => {
    setStatus(null);
    setProblem(null);
    const result = await saveWorkshopOutcomeAction(form.getValues());
    if (!result.ok) {
      setProblem(result.error);
      for (const [k, m] of Object.entries(result.fieldErrors ?? {})) form.setError(k as keyof Values, { message: m });
      return;
    }
    form.reset(valuesOf(props, result.data));
    setStatus(`Outcome saved: ${OUTCOME_LABEL[result.data.outcome]}.`);
    router.refresh();
  });

  const onClear = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    setProblem(null);
    const result = await clearWorkshopOutcomeAction({ assessmentId, waveNumber, itemKey });
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    form.reset(valuesOf(props, null));
    setStatus("Outcome cleared.");
    router.refresh();
  };

  const hidden = (
    <>
      <input type="hidden" name="screen" value={screen} />
      {present ? <input type="hidden" name="present" value="1" /> : null}
    </>
  );

  return (
    <div className="grid gap-4">
      <form action={saveWorkshopOutcomeFormAction} onSubmit={onSave} noValidate aria-labelledby={id("title")} className="grid gap-5">
        <h3 id={id("title")} className="text-2xl font-bold">
          Record the outcome
        </h3>
        <input type="hidden" defaultValue={assessmentId} {...form.register("assessmentId")} />
        <input type="hidden" defaultValue={waveNumber} {...form.register("waveNumber")} />
        <input type="hidden" defaultValue={itemKey} {...form.register("itemKey")} />
        {hidden}
        <fieldset aria-describedby={errors.outcome ? id("outcome-error") : undefined}>
          <legend className="text-xl font-semibold">Outcome</legend>
          <div className="mt-2 grid gap-2 md:grid-cols-3">
            {WORKSHOP_OUTCOMES.map((value) => (
              <label key={value} className="flex min-h-12 cursor-pointer items-start gap-3 rounded-md border-2 border-slate-600 p-3 has-[:checked]:border-brand-dark has-[:checked]:bg-slate-100">
                <input type="radio" value={value} defaultChecked={initial.outcome === value} className="mt-1.5 size-5 shrink-0" aria-describedby={`${id(value)}-hint`} {...form.register("outcome")} />
                <span>
                  <span className="block text-xl font-semibold">{OUTCOME_LABEL[value]}</span>
                  <span id={`${id(value)}-hint`} className="block text-base text-muted">
                    {OUTCOME_HINT[value]}
                  </span>
                </span>
              </label>
            ))}
          </div>
          {errors.outcome ? (
            <p id={id("outcome-error")} className="mt-1 text-lg font-semibold text-red-800">
              {errors.outcome.message}
            </p>
          ) : null}
        </fieldset>
        <div>
          <label htmlFor={id("position")} className="text-xl font-semibold">
            Position
          </label>
          <p id={`${id("position")}-hint`} className="text-base text-muted">
            The position both sides agreed on, or each side&apos;s position. At most {MAX_OUTCOME_TEXT.toLocaleString("en-US")} characters.
          </p>
          <textarea id={id("position")} defaultValue={initial.position} rows={3} maxLength={MAX_OUTCOME_TEXT} className={control} aria-invalid={errors.position ? true : undefined} aria-describedby={describedBy("position", true)} {...form.register("position")} />
          {errors.position ? (
            <p id={`${id("position")}-error`} className="mt-1 text-lg font-semibold text-red-800">
              {errors.position.message}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor={id("notes")} className="text-xl font-semibold">
            Notes
          </label>
          <textarea id={id("notes")} defaultValue={initial.notes} rows={3} maxLength={MAX_OUTCOME_TEXT} className={control} aria-invalid={errors.notes ? true : undefined} aria-describedby={describedBy("notes")} {...form.register("notes")} />
          {errors.notes ? (
            <p id={`${id("notes")}-error`} className="mt-1 text-lg font-semibold text-red-800">
              {errors.notes.message}
            </p>
          ) : null}
        </div>
        {voteOptions.length ? (
          <fieldset aria-describedby={`${id("votes")}-hint${errors.votes ? ` ${id("votes")}-error` : ""}`}>
            <legend className="text-xl font-semibold">Votes (optional)</legend>
            <p id={`${id("votes")}-hint`} className="text-base text-muted">
              Hands raised in the room for each answer; leave empty when you did not count.
            </p>
            <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {voteOptions.map((option, index) => {
                const error = errors.votes?.[index]?.count?.message;
                return (
                  <div key={option.id}>
                    <input type="hidden" defaultValue={option.id} {...form.register(`votes.${index}.option`)} />
                    <label htmlFor={id(`vote-${index}`)} className="block text-lg font-medium">
                      {option.label}
                    </label>
                    <input
                      id={id(`vote-${index}`)}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={10000}
                      step={1}
                      defaultValue={String(initial.votes?.[index]?.count ?? "")}
                      className={`${control} max-w-40`}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id(`vote-${index}`)}-error` : undefined}
                      {...form.register(`votes.${index}.count`)}
                    />
                    {error ? (
                      <p id={`${id(`vote-${index}`)}-error`} className="mt-1 text-lg font-semibold text-red-800">
                        {error}
                      </p>
                    ) : null}
                  </div>
                );
              })}
            </div>
            {errors.votes?.message ? (
              <p id={`${id("votes")}-error`} className="mt-1 text-lg font-semibold text-red-800">
                {errors.votes.message}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {problem ? (
          <p role="alert" className="text-lg font-semibold text-red-800">
            {problem}
          </p>
        ) : null}
        <div>
          <button type="submit" className={`${button} bg-brand-dark text-white hover:bg-ink disabled:opacity-60`} disabled={isSubmitting}>
            Save outcome
          </button>
        </div>
      </form>
      <p role="status" className="min-h-7 text-lg font-semibold text-ink">
        {status}
      </p>
      {outcome ? (
        <form action={clearWorkshopOutcomeFormAction} onSubmit={onClear}>
          <input type="hidden" name="assessmentId" value={assessmentId} />
          <input type="hidden" name="waveNumber" value={waveNumber} />
          <input type="hidden" name="itemKey" value={itemKey} />
          {hidden}
          <button type="submit" className={`${button} border-2 border-slate-600 bg-white text-ink hover:border-brand-dark`}>
            Clear outcome
          </button>
        </form>
      ) : null}
    </div>
  );
}
