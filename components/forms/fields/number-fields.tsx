import { FREE_TEXT_MAX } from "@/lib/validation/answer";
import { characterCountText, pointsLeft } from "./texts";
import { fieldsetClass, inputClass, legendClass, type FieldProps } from "./types";

export function PercentageField({ id, label, value, describedBy, disabled }: FieldProps<number>) {
  return (
    <div className="grid gap-2">
      <label htmlFor={id} className="text-base font-medium text-ink">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          data-field={id}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          defaultValue={value ?? ""}
          aria-describedby={describedBy}
          disabled={disabled}
          className={`${inputClass} w-28`}
        />
        <span aria-hidden="true">%</span>
      </div>
    </div>
  );
}

export function TradeOffField({ item, id, label, value, describedBy, disabled }: FieldProps<Record<string, number>>) {
  const points = value ?? {};
  const left = pointsLeft(points);
  return (
    <fieldset data-field={id} className={fieldsetClass} aria-describedby={`${id}-left ${describedBy ?? ""}`.trim()} disabled={disabled}>
      <legend className={legendClass}>{label}</legend>
      <div className="grid gap-3">
        {(item.options ?? []).map((option) => (
          <div key={option.id} className="grid gap-1 sm:grid-cols-[1fr_8rem] sm:items-center">
            <label htmlFor={`${id}-${option.id}`}>{option.label}</label>
            <input
              id={`${id}-${option.id}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              defaultValue={points[option.id] ?? ""}
              className={`${inputClass} w-28`}
            />
          </div>
        ))}
      </div>
      <p id={`${id}-left`} aria-live="polite" data-over={left.over || undefined} className="mt-3 font-medium text-ink data-over:text-red-700">
        {left.text}
      </p>
    </fieldset>
  );
}

export function FreeTextField({ id, label, value, describedBy, disabled }: FieldProps<string>) {
  const text = value ?? "";
  return (
    <div className="grid gap-2">
      <label htmlFor={id} className="text-base font-medium text-ink">
        {label}
      </label>
      <textarea
        id={id}
        data-field={id}
        rows={4}
        maxLength={FREE_TEXT_MAX}
        defaultValue={text}
        aria-describedby={`${id}-count ${describedBy ?? ""}`.trim()}
        disabled={disabled}
        className={`${inputClass} w-full`}
      />
      <p id={`${id}-count`} className="text-sm text-muted">
        {characterCountText(text.length)}
      </p>
    </div>
  );
}
