// The shared look of controls: one place for buttons and text inputs (44-px targets, visible invalid state).
export const primaryButtonClass =
  "min-h-11 rounded-md bg-brand px-5 font-semibold text-white hover:bg-brand-dark disabled:opacity-60";
export const secondaryButtonClass =
  "min-h-11 rounded-md border border-slate-400 bg-white px-4 font-semibold text-ink hover:border-brand disabled:opacity-60";
export const inputClass =
  "min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
