import type { ReactNode } from "react";

const control = "mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

/** Label, control, hint and error, tied together for screen readers. `children` receives the aria props. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string; className: string }) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, className: control })}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 whitespace-pre-line text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const buttonClass = "min-h-11 rounded-md bg-brand px-5 font-semibold text-white hover:bg-brand-dark disabled:opacity-60";
export const secondaryButtonClass = "min-h-11 rounded-md border border-slate-400 bg-white px-4 font-medium text-ink hover:bg-slate-50 disabled:opacity-60";
