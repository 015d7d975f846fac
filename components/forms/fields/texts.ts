// The questionnaire controls' changing words, once: the server renders them into the page and the questionnaire
// script (components/islands/questionnaire/) rewrites them as answers change. Pure, no DOM.
import { FREE_TEXT_MAX } from "@/lib/validation/answer";

/** "1st", "2nd", "3rd", "4th" … "11th", "12th", "13th" … "21st": a ranking position (0-based) in words. */
export function ordinal(position: number): string {
  const n = position + 1;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** How many of a choose-up-to item's options may be chosen, and whether that is all of them. */
export function chooseUpToLimit(max: number | undefined, optionCount: number) {
  const limit = max ?? 3;
  return { max: limit, all: limit >= optionCount };
}

export function chosenCountText(chosen: number, max: number, all: boolean) {
  return all ? `Choose all that apply: ${chosen} chosen` : `${chosen} of ${max} chosen`;
}

/** A trade-off item's remaining points: what the line under the inputs says, and whether it is an error. */
export function pointsLeft(points: Record<string, number>) {
  const used = Object.values(points).reduce((sum, n) => sum + (Number.isFinite(n) ? n : 0), 0);
  const left = 100 - used;
  return { over: left < 0, text: left >= 0 ? `${left} of 100 points left` : `${-left} points too many: the total cannot exceed 100` };
}

export function characterCountText(length: number) {
  return `${length} of ${FREE_TEXT_MAX} characters`;
}

/** A ranking option's label in a position where it cannot be chosen, because it is ranked in another one. */
export function rankingOptionText(label: string, rankedAt: number) {
  return rankedAt === -1 ? label : `${label} (ranked ${ordinal(rankedAt)})`;
}

/** A number typed into a percentage or points input ("" = no answer). */
export function numberFrom(raw: string): number | null {
  if (raw.trim() === "") return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}
