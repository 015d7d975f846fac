// The questionnaire items as the results show them: the wording each side saw, options, links.
import { SIDES } from "@/lib/domain";
import { textFor } from "@/lib/questionnaire/text";
import type { QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { predicateKey } from "@/lib/scoring/answers";
import type { FigureInfo, ItemInfo } from "./types";
import type { AssessmentCatalogue } from "@/lib/catalogue/types";

/**
 * Context items describe the respondent (side, tier, job title, industry …). They are not opinions: "context-side"
 * differs between the sides by construction and would count as a 100-point gap. Team results compare the rest.
 */
export function comparedQuestionnaire(q: QuestionnaireDef): QuestionnaireDef {
  return { ...q, items: q.items.filter((i) => i.section !== "context") };
}

/** An option's label as the sides saw it: once when the same, else marketing's with IT's beside it. */
export function optionText(info: Pick<ItemInfo, "options">, id: string): string {
  const o = info.options.find((x) => x.id === id);
  if (!o) return id;
  return o.label.marketing === o.label.it ? o.label.marketing : `${o.label.marketing} (IT: ${o.label.it})`;
}

export function itemInfo(item: QuestionnaireItemDef): ItemInfo {
  const both = (t: Parameters<typeof textFor>[0]) => ({ marketing: textFor(t, "marketing"), it: textFor(t, "it") });
  return {
    key: item.key,
    section: item.section,
    kind: item.kind,
    imperatives: item.imperatives,
    polarity: item.polarity,
    prompt: both(item.prompt),
    sides: item.sides ?? [...SIDES],
    options: (item.options ?? []).map((o) => ({ id: o.id, label: both(o.label) })),
    links: item.benchmarks.map((l) => ({
      figureId: l.figureId,
      population: l.population,
      ...(l.option !== undefined ? { option: l.option } : {}),
      predicateKey: predicateKey(l.match, l.option),
    })),
  };
}

/** A chosen figure as the results show it, with its source and sample size; null when it is not chosen. */
export function figureInfo(catalogue: Pick<AssessmentCatalogue, "figures" | "sources">, id: string): FigureInfo | null {
  const f = catalogue.figures.figure(id);
  const s = f && catalogue.sources.find((x) => x.id === f.sourceId);
  if (!f || !s) return null;
  return {
    id: f.id,
    statement: f.statement,
    population: f.population,
    value: f.value,
    unit: f.unit,
    n: catalogue.figures.sampleSize(f),
    source: { id: s.id, publisher: s.publisher, title: s.title, year: s.year },
    locator: { file: f.locator.file, figure: f.locator.figure ?? null, quote: f.locator.quote },
    isDefault: f.isDefault,
  };
}
