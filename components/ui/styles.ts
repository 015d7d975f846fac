// The shared look of controls: one place for buttons and text inputs (44-px targets, visible invalid state).
export const primaryButtonClass =
  "min-h-11 rounded-md bg-brand px-5 font-semibold text-white hover:bg-brand-dark disabled:opacity-60";
export const secondaryButtonClass =
  "min-h-11 rounded-md border border-slate-400 bg-white px-4 font-semibold text-ink hover:border-brand disabled:opacity-60";
export const inputClass =
  "min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

// The shared look of data tables (components/ui/table.tsx and data-table.tsx use these): a darker rule under the
// column headers, a light rule under every body row, optional zebra striping, two paddings (normal and dense).
export const tableClass = "w-full border-collapse text-left text-sm";
export const tableHeadRowClass = "border-b border-slate-300";
export const tableRowClass = "border-b border-slate-200 align-top";
export const tableZebraRowClass = "even:bg-slate-50";
export const tableCellClass = "py-2 pr-3";
export const tableDenseCellClass = "py-1 pr-2";
export const tableCaptionClass = "mb-2 text-left font-medium";
