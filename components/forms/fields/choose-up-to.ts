// The choose-up-to control's rule, pure: "None of these" excludes every other choice, and choosing another option
// clears it. The stored value is the chosen ids in the order chosen; no choice at all is no answer (null).
import { NONE_OPTION } from "@/lib/validation/answer";

export function toggleChoice(chosen: readonly string[], option: string, checked: boolean): string[] | null {
  const others = option === NONE_OPTION ? [] : chosen.filter((c) => c !== NONE_OPTION);
  const next = checked ? [...others.filter((c) => c !== option), option] : chosen.filter((c) => c !== option);
  return next.length ? next : null;
}
