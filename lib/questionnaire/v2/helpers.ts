// Helpers for questionnaire v2. v1's helpers stay untouched (v1 is immutable); these add what v2 needs: links for
// a figure published for CMOs and CIOs together ("both"), forced yes/no items and "choose all that apply" lists.
import type { AnswerPredicate, ItemBenchmarkLink, ItemOption, QuestionnaireItemDef } from "../types";
import { agreement } from "../v1/helpers";

export { agreement };

/** A yes/no item counts "yes" as agreeing with the published statement. */
export const YES: AnswerPredicate = { type: "equals", value: true };

/** A link to a published figure, compared with the same population (or both sides pooled for a "both" figure). */
export function link(figureId: string, population: ItemBenchmarkLink["population"], match: AnswerPredicate = YES, option?: string): ItemBenchmarkLink {
  return option ? { figureId, population, match, option } : { figureId, population, match };
}

/** A link for one option of a list ("choose all that apply"): the share of the population that chose it. */
export function optionLink(figureId: string, population: ItemBenchmarkLink["population"], option: string): ItemBenchmarkLink {
  return { figureId, population, match: { type: "includes", option }, option };
}

type ItemFields = Omit<QuestionnaireItemDef, "kind" | "required"> & { required?: boolean };

/** A forced yes/no item: the published figure is the share answering yes. */
export function yesNo(item: ItemFields): QuestionnaireItemDef {
  return { kind: "yes-no", required: true, ...item };
}

/**
 * "Choose all that apply" over the whole list: a choose-up-to item whose `max` is the number of options, so each
 * option's share is comparable with the share of the survey's respondents who named it.
 */
export function chooseAll(item: Omit<ItemFields, "max" | "polarity"> & { options: ItemOption[] }): QuestionnaireItemDef {
  return { kind: "choose-up-to", required: true, polarity: "none", max: item.options.length, ...item };
}
