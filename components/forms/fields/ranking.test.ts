// The ranking control never drops a choice: property tests of its pure logic, and the stored value against the
// same zod schema the browser and the autosave route apply.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerSchema, isAnswerComplete } from "@/lib/validation/answer";
import { chooseAt, rankingSlots, storedRanking, type RankingSlots } from "./ranking";

const OPTIONS = ["ceo", "cfo", "coo", "sales", "counterpart", "business-units", "procurement", "product"];
const POSITIONS = 4;
const item = { kind: "ranking" as const, required: true, max: POSITIONS, options: OPTIONS.map((id) => ({ id })) };

const choice = fc.record({ position: fc.integer({ min: 0, max: POSITIONS - 1 }), option: fc.option(fc.constantFrom(...OPTIONS), { nil: null }) });
const filled = (slots: RankingSlots) => slots.filter((s): s is string => s !== null);

/** What the person sees after a reload: the stored value, read back into positions. */
const reload = (slots: RankingSlots) => rankingSlots(JSON.parse(JSON.stringify(storedRanking(slots))), POSITIONS);

describe("ranking choices", () => {
  it("keeps the issue's sequence: 2nd = CFO while 1st is empty, then 1st = CEO", () => {
    let slots = rankingSlots(null, POSITIONS);
    slots = chooseAt(slots, 1, "cfo");
    expect(slots).toEqual([null, "cfo", null, null]);
    expect(storedRanking(slots)).toEqual([null, "cfo"]);
    slots = chooseAt(reload(slots), 0, "ceo");
    expect(slots).toEqual(["ceo", "cfo", null, null]);
  });

  it("swaps when an option ranked elsewhere is chosen, and empties a position on 'Choose…'", () => {
    expect(chooseAt(["ceo", "cfo", null, null], 0, "cfo")).toEqual(["cfo", "ceo", null, null]);
    expect(chooseAt(["ceo", null, null, null], 2, "ceo")).toEqual([null, null, "ceo", null]);
    expect(chooseAt(["ceo", "cfo", null, null], 1, "")).toEqual(["ceo", null, null, null]);
    expect(storedRanking([null, null, null, null])).toBeNull();
  });

  it("one choice: it lands where chosen, nothing else moves except a swapped partner, and only the replaced option can leave", () => {
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 12 }), choice, (history, { position, option }) => {
        const before = history.reduce((s, c) => chooseAt(s, c.position, c.option), rankingSlots(null, POSITIONS));
        const after = chooseAt(before, position, option);
        expect(after).toHaveLength(POSITIONS);
        expect(after[position]).toBe(option);
        const from = option === null ? -1 : before.indexOf(option);
        for (let j = 0; j < POSITIONS; j++) {
          if (j === position) continue;
          expect(after[j]).toBe(j === from ? before[position] : before[j]);
        }
        expect(new Set(filled(after)).size).toBe(filled(after).length); // never twice
        const lost = filled(before).filter((o) => !after.includes(o));
        // only the option at the chosen position can go, and only when replaced by one not ranked yet (or cleared)
        expect(lost).toEqual(before[position] !== null && before[position] !== option && from === -1 ? [before[position]] : []);
      }),
    );
  });

  it("any sequence of choices: every choice stays in the position chosen until that position is chosen again or it is swapped", () => {
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 30 }), (choices) => {
        // the reference: each position remembers the last option the person put there, and a swap moves the
        // displaced option to the chosen option's old position
        let slots = rankingSlots(null, POSITIONS);
        for (const { position, option } of choices) {
          const before = slots;
          slots = reload(chooseAt(slots, position, option)); // saved and read back after every change
          const chosenBefore = new Set(filled(before));
          for (const o of chosenBefore) {
            const replacedHere = before[position] === o && option !== o && (option === null || !chosenBefore.has(option));
            if (!replacedHere) expect(slots).toContain(o);
          }
          if (option !== null) expect(slots[position]).toBe(option);
        }
      }),
    );
  });

  it("every stored value passes the draft schema and reloads unchanged; complete only with every position filled", () => {
    const draft = answerSchema(item, "draft");
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 20 }), (choices) => {
        const slots = choices.reduce((s, c) => chooseAt(s, c.position, c.option), rankingSlots(null, POSITIONS));
        const stored = storedRanking(slots);
        if (stored === null) {
          expect(filled(slots)).toEqual([]);
          return;
        }
        expect(draft.safeParse(stored).success).toBe(true);
        expect(reload(slots)).toEqual(slots);
        expect(isAnswerComplete(item, stored)).toBe(filled(slots).length === POSITIONS);
      }),
    );
  });

  it("the schema: holes only while drafting, each option once, at most four positions, known options only", () => {
    const draft = answerSchema(item, "draft");
    const final = answerSchema(item, "final");
    expect(draft.safeParse([null, "cfo"]).success).toBe(true);
    expect(final.safeParse([null, "cfo", "ceo", "coo"]).success).toBe(false);
    expect(final.safeParse(["cfo", "ceo", "coo", "sales"]).success).toBe(true);
    expect(draft.safeParse(["cfo", null, "cfo"]).success).toBe(false);
    expect(draft.safeParse([null, null]).success).toBe(false);
    expect(draft.safeParse(["a", "b"]).success).toBe(false);
    expect(draft.safeParse(["ceo", "cfo", "coo", "sales", "product"]).success).toBe(false);
  });
});
