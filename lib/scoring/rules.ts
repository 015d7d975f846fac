// Answer patterns recognised from item keys and option ids: a credible signal on such an item or option points
// to the actions that answer that pattern, whatever the item's imperative.

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

/** The flag an item (by key) or one of its options (by id) carries, if any. */
export function flagFor(itemKey: string, option?: string): AnswerFlag | undefined {
  return ANSWER_FLAGS.find((f) => (option !== undefined && f.pattern.test(option)) || f.pattern.test(itemKey));
}
