// Which questions two waves asked identically, so their change can be read (issue #15): the same key, kind, sides,
// wording on each side, options (ids and words), limits and mirror question. Anything else differs and is left
// out of the trend, saying why (lib/scoring/trend.ts). Pure.
import type { QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";

/** What must match for an item to be "asked identically" (help texts, imperatives and benchmark links may change). */
function askedAs(item: QuestionnaireItemDef) {
  return JSON.stringify({ kind: item.kind, sides: item.sides ?? null, prompt: item.prompt, options: item.options ?? null, max: item.max ?? null, mirror: item.mirror ?? null });
}

/** Keys of the items both versions ask identically (every key when the two are the same version). */
export function identicalItemKeys(earlier: QuestionnaireDef, later: QuestionnaireDef): string[] {
  const before = new Map(earlier.items.map((i) => [i.key, askedAs(i)]));
  return later.items.filter((i) => before.get(i.key) === askedAs(i)).map((i) => i.key);
}
