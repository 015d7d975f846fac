// What a respondent's browser receives of an item: the wording for their side only, no benchmark links.
import type { Side } from "../domain";
import { SIDE_LABEL } from "../domain";
import { textFor } from "./text";
import type { ItemKind, QuestionnaireItemDef } from "./types";

export interface ClientItem {
  key: string;
  kind: ItemKind;
  required: boolean;
  prompt: string;
  help?: string;
  options?: { id: string; label: string }[];
  max?: number;
  mirror?: { predictPrompt: string; otherSide: string };
}

export function toClientItem(item: QuestionnaireItemDef, side: Side): ClientItem {
  const other: Side = side === "marketing" ? "it" : "marketing";
  return {
    key: item.key,
    kind: item.kind,
    required: item.required,
    prompt: textFor(item.prompt, side),
    ...(item.help ? { help: textFor(item.help, side) } : {}),
    ...(item.options ? { options: item.options.map((o) => ({ id: o.id, label: textFor(o.label, side) })) } : {}),
    ...(item.max ? { max: item.max } : {}),
    ...(item.mirror ? { mirror: { predictPrompt: item.mirror.predictPrompt[side], otherSide: SIDE_LABEL[other] } } : {}),
  };
}
