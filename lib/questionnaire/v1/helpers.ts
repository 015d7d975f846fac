import type { AnswerPredicate, ItemBenchmarkLink, QuestionnaireItemDef } from "../types";

export const AGREE: AnswerPredicate = { type: "scale-at-least", min: 4 };

export function link(
  figureId: string,
  population: "marketing" | "it",
  match: AnswerPredicate = AGREE,
  option?: string,
): ItemBenchmarkLink {
  return option ? { figureId, population, match, option } : { figureId, population, match };
}

/** An agreement item with defaults for the common fields. */
export function agreement(item: Omit<QuestionnaireItemDef, "kind" | "required"> & { required?: boolean }): QuestionnaireItemDef {
  return { kind: "agreement", required: true, ...item };
}
