"use client";

// The repeatable row groups of the item form: options (id and label per side) and benchmark links (figure,
// population, "agreeing" rule, option, wording-fidelity note). Each control has its own label naming its row.
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { inputClass, secondaryButtonClass } from "@/components/ui/styles";
import { POPULATION_LABEL, POPULATIONS } from "@/lib/domain";
import { RULE_HELP, type TQuestionnaireItem, type TQuestionnaireItemInput } from "@/lib/validation/questionnaire-item";

type Form = UseFormReturn<TQuestionnaireItemInput, unknown, TQuestionnaireItem>;

export interface LinkableFigure {
  id: string;
  sourceId: string;
  population: string;
  unit: string;
  value: number;
  statement: string;
}

const control = `${inputClass} mt-1 block w-full`;
const small = `${secondaryButtonClass} px-3 text-sm`;

function RowField({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: (p: { id: string; className: string; "aria-invalid"?: boolean; "aria-describedby"?: string }) => React.ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children({ id, className: control, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function OptionRows({ form }: { form: Form }) {
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "options" });
  const errors = form.formState.errors.options;
  return (
    <fieldset className="grid gap-3 rounded-md border border-slate-300 p-4">
      <legend className="px-1 font-semibold">Options</legend>
      <p className="text-sm text-muted">Each option has a stable id (lowercase, hyphens) and a label; leave the IT label empty to show the marketing label to both sides.</p>
      {fields.map((field, i) => (
        <div key={field.id} className="grid gap-2 border-t border-slate-200 pt-3 sm:grid-cols-[1fr_2fr_2fr]">
          <RowField id={`option-${i}-id`} label={`Option ${i + 1} id`} error={errors?.[i]?.id?.message}>
            {(p) => <input {...p} {...form.register(`options.${i}.id`)} />}
          </RowField>
          <RowField id={`option-${i}-marketing`} label={`Option ${i + 1} label (marketing)`} error={errors?.[i]?.labelMarketing?.message}>
            {(p) => <input {...p} {...form.register(`options.${i}.labelMarketing`)} />}
          </RowField>
          <RowField id={`option-${i}-it`} label={`Option ${i + 1} label (IT)`} error={errors?.[i]?.labelIt?.message}>
            {(p) => <input {...p} {...form.register(`options.${i}.labelIt`)} />}
          </RowField>
          <div className="flex flex-wrap gap-2 sm:col-span-3">
            <button type="button" className={small} disabled={i === 0} onClick={() => move(i, i - 1)}>
              Move option {i + 1} up
            </button>
            <button type="button" className={small} onClick={() => remove(i)}>
              Remove option {i + 1}
            </button>
          </div>
        </div>
      ))}
      {errors?.message || errors?.root?.message ? <p className="text-sm font-medium text-red-700">{errors.message ?? errors.root?.message}</p> : null}
      <div>
        <button type="button" className={small} onClick={() => append({ id: "", labelMarketing: "", labelIt: "" })}>
          Add an option
        </button>
      </div>
    </fieldset>
  );
}

export function LinkRows({ form, figures }: { form: Form; figures: LinkableFigure[] }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "links" });
  const errors = form.formState.errors.links;
  const bySource = new Map<string, LinkableFigure[]>();
  for (const f of figures) bySource.set(f.sourceId, [...(bySource.get(f.sourceId) ?? []), f]);
  const rootError = errors?.message ?? errors?.root?.message;
  return (
    <fieldset className="grid gap-3 rounded-md border border-slate-300 p-4" aria-describedby={rootError ? "links-error" : undefined}>
      <legend className="px-1 font-semibold">Benchmark links</legend>
      <p className="text-sm text-muted">
        The published figures this item is compared with. A percent figure needs the rule for which answers agree with it; a rank figure (“#1 of 15”) needs
        the option it ranks and one side. Fidelity “new” means no links; “exact” or “adapted” need at least one.
      </p>
      {fields.map((field, i) => (
        <div key={field.id} className="grid gap-2 border-t border-slate-200 pt-3 sm:grid-cols-2">
          <RowField id={`link-${i}-figure`} label={`Link ${i + 1} figure`} error={errors?.[i]?.figureId?.message}>
            {(p) => (
              <select {...p} {...form.register(`links.${i}.figureId`)}>
                <option value="">Choose a figure</option>
                {[...bySource.entries()].map(([source, list]) => (
                  <optgroup key={source} label={source}>
                    {list.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.id} ({POPULATION_LABEL[f.population] ?? f.population}, {f.unit === "rank" ? `rank ${f.value}` : `${f.value}%`})
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </RowField>
          <RowField id={`link-${i}-population`} label={`Link ${i + 1} compared with`} error={errors?.[i]?.population?.message}>
            {(p) => (
              <select {...p} {...form.register(`links.${i}.population`)}>
                {POPULATIONS.map((x) => (
                  <option key={x} value={x}>
                    {x === "both" ? "Both sides pooled" : POPULATION_LABEL[x]}
                  </option>
                ))}
              </select>
            )}
          </RowField>
          <RowField id={`link-${i}-rule`} label={`Link ${i + 1} agreeing answers`} hint={`${RULE_HELP} Empty for a rank figure.`} error={errors?.[i]?.rule?.message}>
            {(p) => <input {...p} {...form.register(`links.${i}.rule`)} />}
          </RowField>
          <RowField id={`link-${i}-option`} label={`Link ${i + 1} option (optional)`} hint="For a list or choice: the option this figure is about." error={errors?.[i]?.option?.message}>
            {(p) => <input {...p} {...form.register(`links.${i}.option`)} />}
          </RowField>
          <div className="sm:col-span-2">
            <RowField
              id={`link-${i}-context`}
              label={`Link ${i + 1} context only because (optional)`}
              hint="Fill in only when the item is not asked the way the survey asked it: the figure is then shown as context, with this reason, and never gets a verdict."
              error={errors?.[i]?.contextOnly?.message}>
              {(p) => <input {...p} {...form.register(`links.${i}.contextOnly`)} />}
            </RowField>
          </div>
          <div>
            <button type="button" className={small} onClick={() => remove(i)}>
              Remove link {i + 1}
            </button>
          </div>
        </div>
      ))}
      {rootError ? (
        <p id="links-error" className="whitespace-pre-line text-sm font-medium text-red-700">
          {rootError}
        </p>
      ) : null}
      <div>
        <button type="button" className={small} onClick={() => append({ figureId: "", population: "marketing", rule: "", option: "", contextOnly: "" })}>
          Add a benchmark link
        </button>
      </div>
    </fieldset>
  );
}
