// The ranking control never drops a choice: property tests of its pure logic, and the stored value against the
// same zod schema the browser and the autosave route apply.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerSchema, isAnswerComplete } from "@/lib/validation/answer";
import { chooseAt, rankedElsewhere, rankingSlots, storedRanking, type RankingSlots } from "./ranking";

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

  it("ignores an option ranked elsewhere (the control disables it there), and empties a position on 'Choose…'", () => {
    const slots = ["ceo", "cfo", null, null];
    expect(chooseAt(slots, 0, "cfo")).toBe(slots);
    expect(rankedElsewhere(slots, 0, "cfo")).toBe(1);
    expect(rankedElsewhere(slots, 1, "cfo")).toBe(-1);
    expect(chooseAt(slots, 1, "")).toEqual(["ceo", null, null, null]);
    expect(chooseAt(slots, 1, "coo")).toEqual(["ceo", "coo", null, null]);
    expect(storedRanking([null, null, null, null])).toBeNull();
  });

  it("a keyboard's type-ahead passing over a ranked option loses nothing ('Chief f…' touches CEO on the way to CFO)", () => {
    let slots = chooseAt(rankingSlots(null, POSITIONS), 0, "ceo");
    slots = chooseAt(slots, 1, "ceo"); // disabled there: ignored
    slots = chooseAt(slots, 1, "cfo");
    expect(slots).toEqual(["ceo", "cfo", null, null]);
  });

  it("one choice: it lands where chosen and nothing else changes; only the option replaced there can leave", () => {
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 12 }), choice, (history, { position, option }) => {
        const before = history.reduce((s, c) => chooseAt(s, c.position, c.option), rankingSlots(null, POSITIONS));
        const after = chooseAt(before, position, option);
        expect(after).toHaveLength(POSITIONS);
        const elsewhere = option !== null && rankedElsewhere(before, position, option) !== -1;
        if (elsewhere) {
          expect(after).toEqual(before);
          return;
        }
        expect(after[position]).toBe(option);
        for (let j = 0; j < POSITIONS; j++) if (j !== position) expect(after[j]).toBe(before[j]);
        expect(new Set(filled(after)).size).toBe(filled(after).length); // never twice
        const lost = filled(before).filter((o) => !after.includes(o));
        expect(lost).toEqual(before[position] !== null && before[position] !== option ? [before[position]] : []);
      }),
    );
  });

  it("any sequence of choices, saved and reloaded after each: every choice stays in its position until that position is changed", () => {
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 30 }), (choices) => {
        // the reference model: what the person last put in each position, that the control accepted
        const model: RankingSlots = Array.from({ length: POSITIONS }, () => null);
        let slots = rankingSlots(null, POSITIONS);
        for (const { position, option } of choices) {
          slots = reload(chooseAt(slots, position, option));
          if (option === null || !model.some((m, i) => m === option && i !== position)) model[position] = option;
          expect(slots).toEqual(model);
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
