// The default recommendation rules, and the answer patterns recognised from item keys and option ids.
import type { AnswerPredicate, QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import type { AnswerPatternRule, RecommendationRule } from "./types";

export const DEFAULT_THRESHOLDS = {
  /** An imperative score (per side) below this is low. */
  lowImperative: 50,
  /** An item whose largest marketing-IT gap is at least this many points is a wide gap. */
  wideGap: 25,
  /** A mirror prediction off by at least this many points is a mis-prediction. */
  misPrediction: 20,
  /** An answer pattern fires when at least this share (percent) of a side gives it. */
  answerPatternMinShare: 25,
} as const;

/**
 * Answer patterns recognised by name: an item whose KEY matches `pattern` (agreement: agree or strongly agree;
 * yes-no: yes; the item must be worded so that agreeing means the pattern happens), or an OPTION whose id
 * matches it (choose-up-to: chosen; ranking: ranked at all; single-choice: chosen).
 */
export interface AnswerFlag {
  id: string;
  pattern: RegExp;
  label: string;
  actions: string[];
}

export const ANSWER_FLAGS: readonly AnswerFlag[] = [
  {
    id: "bypass",
    pattern: /bypass/i,
    label: "marketing bypasses IT and goes straight to the vendor",
    actions: ["sp-involve-it-in-planning", "bl-manage-investments-together"],
  },
  {
    id: "out-of-the-loop",
    pattern: /out-of(-the)?-loop/i,
    label: "IT keeps marketing out of the loop",
    actions: ["tr-open-communication", "tr-join-each-others-meetings"],
  },
];

function keyPredicate(item: QuestionnaireItemDef): AnswerPredicate | null {
  if (item.kind === "agreement") return { type: "scale-at-least", min: 4 };
  if (item.kind === "yes-no") return { type: "equals", value: true };
  return null;
}

function optionPredicate(item: QuestionnaireItemDef, option: string): AnswerPredicate | null {
  if (item.kind === "choose-up-to") return { type: "includes", option };
  if (item.kind === "ranking") return { type: "ranked-within", option, top: item.max ?? item.options?.length ?? 1 };
  if (item.kind === "single-choice") return { type: "equals", value: option };
  return null;
}

/** One answer-pattern rule per (flag, item) whose key matches and per (flag, item, option) whose id matches. */
export function flaggedPatternRules(
  q: QuestionnaireDef,
  flags: readonly AnswerFlag[] = ANSWER_FLAGS,
  minShare: number = DEFAULT_THRESHOLDS.answerPatternMinShare,
): AnswerPatternRule[] {
  const rules: AnswerPatternRule[] = [];
  for (const flag of flags) {
    for (const item of q.items) {
      const base = { kind: "answer-pattern" as const, itemKey: item.key, minShare, label: flag.label, actions: flag.actions };
      const kp = flag.pattern.test(item.key) ? keyPredicate(item) : null;
      if (kp) rules.push({ ...base, id: `pattern:${flag.id}:${item.key}`, predicate: kp });
      for (const o of item.options ?? []) {
        const op = flag.pattern.test(o.id) ? optionPredicate(item, o.id) : null;
        if (op) rules.push({ ...base, id: `pattern:${flag.id}:${item.key}:${o.id}`, predicate: op });
      }
    }
  }
  return rules;
}

/** The rules `recommend` uses when none are given. */
export function defaultRules(q: QuestionnaireDef): RecommendationRule[] {
  return [
    { id: "low-imperative", kind: "low-imperative", threshold: DEFAULT_THRESHOLDS.lowImperative },
    { id: "wide-gap", kind: "wide-gap", threshold: DEFAULT_THRESHOLDS.wideGap },
    { id: "mis-prediction", kind: "mis-prediction", threshold: DEFAULT_THRESHOLDS.misPrediction },
    { id: "benchmark", kind: "benchmark" },
    ...flaggedPatternRules(q),
  ];
}
