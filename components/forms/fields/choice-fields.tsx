import { fieldsetClass, legendClass, optionClass, type FieldProps } from "./types";
import { AGREEMENT_SCALE as SCALE } from "@/lib/questionnaire/types";
import { rankedElsewhere, rankingSlots } from "./ranking";
import { chooseUpToLimit, chosenCountText, ordinal, rankingOptionText } from "./texts";

export function AgreementField({ id, label, value, describedBy, disabled }: FieldProps<number>) {
  return (
    <fieldset data-field={id} className={fieldsetClass} aria-describedby={describedBy} disabled={disabled}>
      <legend className={legendClass}>{label}</legend>
      <div className="grid gap-2 sm:grid-cols-5">
        {SCALE.map((text, index) => (
          <label key={text} className={`${optionClass} sm:flex-col sm:text-center sm:text-sm`}>
            <input type="radio" name={id} value={index + 1} defaultChecked={value === index + 1} className="size-5 accent-brand" />
            <span>{text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ChoiceField({ item, id, label, value, describedBy, disabled }: FieldProps<string | boolean>) {
  const options: { id: string | boolean; label: string }[] =
    item.kind === "yes-no" ? [{ id: true, label: "Yes" }, { id: false, label: "No" }] : (item.options ?? []);
  return (
    <fieldset data-field={id} className={fieldsetClass} aria-describedby={describedBy} disabled={disabled}>
      <legend className={legendClass}>{label}</legend>
      <div className={item.kind === "yes-no" ? "grid grid-cols-2 gap-2 sm:max-w-xs" : "grid gap-2"}>
        {options.map((option) => (
          <label key={String(option.id)} className={optionClass}>
            <input type="radio" name={id} value={String(option.id)} defaultChecked={value === option.id} className="size-5 shrink-0 accent-brand" />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ChooseUpToField({ item, id, label, value, describedBy, disabled }: FieldProps<string[]>) {
  const chosen = value ?? [];
  const { max, all } = chooseUpToLimit(item.max, item.options?.length ?? 0);
  return (
    <fieldset data-field={id} className={fieldsetClass} aria-describedby={`${id}-count ${describedBy ?? ""}`.trim()} disabled={disabled}>
      <legend className={legendClass}>{label}</legend>
      <p id={`${id}-count`} className="mb-2 text-sm text-muted" aria-live="polite">
        {chosenCountText(chosen.length, max, all)}
      </p>
      <div className="grid gap-2">
        {(item.options ?? []).map((option) => {
          const checked = chosen.includes(option.id);
          return (
            <label key={option.id} className={optionClass}>
              <input
                type="checkbox"
                name={id}
                value={option.id}
                defaultChecked={checked}
                disabled={!checked && !all && chosen.length >= max}
                className="size-5 shrink-0 accent-brand"
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * Ranking with one select per position: fully usable by keyboard and announced by screen readers. Each choice
 * stays in the position chosen; an option ranked in one position is offered, disabled, in the others (./ranking.ts).
 */
export function RankingField({ item, id, label, value, describedBy, disabled }: FieldProps<(string | null)[]>) {
  const max = item.max ?? item.options?.length ?? 3;
  const slots = rankingSlots(value, max);
  return (
    <fieldset data-field={id} className={fieldsetClass} aria-describedby={`${id}-how ${describedBy ?? ""}`.trim()} disabled={disabled}>
      <legend className={legendClass}>{label}</legend>
      <p id={`${id}-how`} className="mb-3 text-sm text-muted">
        Choose one option for each position, in any order. To move an option, first choose another one (or “Choose…”) where it is.
      </p>
      <ol className="grid gap-3">
        {slots.map((chosen, position) => (
          <li key={position} className="grid gap-1 sm:grid-cols-[6rem_1fr] sm:items-center">
            <label htmlFor={`${id}-${position}`} className="font-medium">
              {ordinal(position)} most important
            </label>
            <select
              id={`${id}-${position}`}
              defaultValue={chosen ?? ""}
              className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 py-2 text-base"
            >
              <option value="">Choose…</option>
              {(item.options ?? []).map((option) => {
                const elsewhere = rankedElsewhere(slots, position, option.id);
                return (
                  <option key={option.id} value={option.id} disabled={elsewhere !== -1} data-label={option.label}>
                    {rankingOptionText(option.label, elsewhere)}
                  </option>
                );
              })}
            </select>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
