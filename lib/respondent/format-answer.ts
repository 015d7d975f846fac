import type { ClientItem } from "@/lib/questionnaire/client-item";
import { AGREEMENT_SCALE as SCALE } from "@/lib/questionnaire/types";


/** A stored answer in plain words, for the respondent's own results page. */
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
    case "ranking":
      return (value as string[]).map((v, i) => `${i + 1}. ${label(v)}`).join("; ");
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
