import type { ClientItem } from "@/lib/questionnaire/client-item";
import { AGREEMENT_SCALE as SCALE } from "@/lib/questionnaire/types";


/** A stored answer in plain words, for the respondent's own results page (a mirror item: the answer, not the prediction). */
export function formatAnswer(item: ClientItem, value: unknown): string {
  if (value === null || value === undefined) return "Not answered";
  if (item.mirror && typeof value === "object" && value !== null && "self" in value) {
    return formatAnswer({ ...item, mirror: undefined }, (value as { self: unknown }).self);
  }
  const label = (id: unknown) => item.options?.find((o) => o.id === id)?.label ?? String(id);
  switch (item.kind) {
    case "agreement":
      return SCALE[(value as number) - 1] ?? String(value);
    case "yes-no":
      return value ? "Yes" : "No";
    case "single-choice":
      return label(value);
    case "choose-up-to":
      return (value as string[]).map(label).join("; ");
    case "ranking": {
      // a ranking still being answered may have empty positions (null): they are left out, numbers kept
      const ranked = (value as (string | null)[]).flatMap((v, i) => (v === null ? [] : [`${i + 1}. ${label(v)}`]));
      return ranked.length ? ranked.join("; ") : "Not answered";
    }
    case "percentage":
      return `${value as number}%`;
    case "trade-off":
      return Object.entries(value as Record<string, number>)
        .map(([k, v]) => `${label(k)}: ${v}`)
        .join("; ");
    case "free-text":
      return String(value);
  }
}

/** A stored answer in plain words with, for a mirror item, the prediction too (the review page). */
export function formatAnswerWithPrediction(item: ClientItem, value: unknown): string {
  if (!item.mirror || value === null || typeof value !== "object" || Array.isArray(value)) return formatAnswer(item, value);
  const { self, predicted } = value as { self?: unknown; predicted?: unknown };
  const own = formatAnswer({ ...item, mirror: undefined }, self);
  const prediction = typeof predicted === "number" ? `${predicted}%` : "not answered";
  return `${own}. Your prediction about the ${item.mirror.otherSide} side: ${prediction}`;
}
