// A complete, valid set of answers for a questionnaire and side (tests and benchmarks).
import type { Side } from "../domain";
import type { QuestionnaireDef, QuestionnaireItemDef } from "../questionnaire/types";
import { askedItems, type Prefilled } from "../respondent/prefilled";

function valueFor(item: QuestionnaireItemDef, pick: number): unknown {
  const ids = (item.options ?? []).map((o) => o.id);
  const base = (() => {
    switch (item.kind) {
      case "agreement":
        return 1 + (pick % 5);
      case "yes-no":
        return pick % 2 === 0;
      case "single-choice":
        return ids[pick % ids.length];
      case "choose-up-to":
        return [ids[pick % ids.length], ids[(pick + 1) % ids.length]];
      case "ranking":
        return ids.slice(0, item.max ?? ids.length);
      case "percentage":
        return (pick * 17) % 101;
      case "trade-off":
        return Object.fromEntries(ids.map((id, i) => [id, i === 0 ? 100 - 20 * (ids.length - 1) : 20]));
      case "free-text":
        return `Answer ${pick}`;
    }
  })();
  return item.mirror ? { self: base, predicted: (pick * 29) % 101 } : base;
}

const FROM_INVITATION: Prefilled = {
  "context-side": { value: "", source: "invitation" },
  "context-tier": { value: "", source: "invitation" },
};

/**
 * Answers to every item the respondent is asked. `prefilled` (lib/respondent/prefilled.ts) leaves out what is
 * answered for them; by default only side and tier (an organization without a profile), so context items such as
 * the industry get an answer too.
 */
export function completeAnswers(q: QuestionnaireDef, side: Side, seed = 1, prefilled: Prefilled = FROM_INVITATION): Record<string, unknown> {
  return Object.fromEntries(askedItems(q.items, side, prefilled).map((item, index) => [item.key, valueFor(item, seed + index)]));
}
