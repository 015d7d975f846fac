import type { ClientItem } from "@/lib/questionnaire/client-item";

/**
 * One control as the server renders it: native form controls holding the stored answer, usable before any script
 * runs. The questionnaire script (components/islands/questionnaire/) reads them by the ids and names set here.
 */
export interface FieldProps<V = unknown> {
  item: ClientItem;
  /** id prefix for this control's elements (radios and checkboxes are named by it) */
  id: string;
  label: string;
  value: V | undefined;
  /** ids of the help texts this control is described by */
  describedBy?: string;
  disabled?: boolean;
}

export const fieldsetClass = "min-w-0 border-0 p-0";
export const legendClass = "mb-3 text-base font-medium text-ink";
export const optionClass =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 px-3 py-2 hover:border-brand has-[:checked]:border-brand has-[:checked]:bg-blue-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60";
export { inputClass } from "@/components/ui/styles";
