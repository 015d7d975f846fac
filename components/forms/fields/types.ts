import type { ClientItem } from "@/lib/questionnaire/client-item";

export interface FieldProps<V = unknown> {
  item: ClientItem;
  /** id prefix for this control's elements */
  id: string;
  label: string;
  value: V | undefined;
  onChange: (value: V | null) => void;
  /** ids of the help and error texts this control is described by */
  describedBy?: string;
  invalid: boolean;
  disabled?: boolean;
}

export const fieldsetClass = "min-w-0 border-0 p-0";
export const legendClass = "mb-3 text-base font-medium text-ink";
export const optionClass =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 px-3 py-2 hover:border-brand has-[:checked]:border-brand has-[:checked]:bg-blue-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60";
export { inputClass } from "@/components/ui/styles";
