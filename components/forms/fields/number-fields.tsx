"use client";

import { FREE_TEXT_MAX } from "@/lib/validation/answer";
import { fieldsetClass, inputClass, legendClass, type FieldProps } from "./types";

function toNumber(raw: string): number | null {
  if (raw.trim() === "") return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

export function PercentageField({ id, label, value, onChange, describedBy, invalid, disabled }: FieldProps<number>) {
  return (
    <div className="grid gap-2">
      <label htmlFor={id} className="text-base font-medium text-ink">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={value ?? ""}
          onChange={(e) => onChange(toNumber(e.target.value))}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          disabled={disabled}
          className={`${inputClass} w-28`}
        />
        <span aria-hidden="true">%</span>
      </div>
    </div>
  );
}

export function TradeOffField({ item, id, label, value, onChange, describedBy, invalid, disabled }: FieldProps<Record<string, number>>) {
  const points = value ?? {};
  const used = Object.values(points).reduce((sum, n) => sum + (Number.isFinite(n) ? n : 0), 0);
  const left = 100 - used;
  const set = (option: string, raw: string) => {
    const next = { ...points };
    const n = toNumber(raw);
    if (n === null) delete next[option];
    else next[option] = n;
    onChange(Object.keys(next).length ? next : null);
  };
  return (
    <fieldset className={fieldsetClass} aria-describedby={`${id}-left ${describedBy ?? ""}`} aria-invalid={invalid || undefined} disabled={disabled}>
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
              value={points[option.id] ?? ""}
              onChange={(e) => set(option.id, e.target.value)}
              className={`${inputClass} w-28`}
            />
          </div>
        ))}
      </div>
      <p id={`${id}-left`} aria-live="polite" className={`mt-3 font-medium ${left < 0 ? "text-red-700" : "text-ink"}`}>
        {left >= 0 ? `${left} of 100 points left` : `${-left} points too many: the total cannot exceed 100`}
      </p>
    </fieldset>
  );
}

export function FreeTextField({ id, label, value, onChange, describedBy, invalid, disabled }: FieldProps<string>) {
  const text = value ?? "";
  return (
    <div className="grid gap-2">
      <label htmlFor={id} className="text-base font-medium text-ink">
        {label}
      </label>
      <textarea
        id={id}
        rows={4}
        maxLength={FREE_TEXT_MAX}
        value={text}
        onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
        aria-describedby={`${id}-count ${describedBy ?? ""}`}
        aria-invalid={invalid || undefined}
        disabled={disabled}
        className={`${inputClass} w-full`}
      />
      <p id={`${id}-count`} className="text-sm text-muted">
        {text.length} of {FREE_TEXT_MAX} characters
      </p>
    </div>
  );
}
