// @vitest-environment jsdom
// The questionnaire script and the server's markup agree (decision 47): for every item of the built-in
// questionnaires, on both sides, and random draft answers the shared schema accepts (fast-check), the script reads
// from the server's controls exactly the answer they were rendered with, finds nothing changed, and writing that
// answer into empty controls, or over another answer, leaves them as the server would have rendered it (checked,
// selected, disabled, counts, points left, "(ranked 2nd)"). Plus the controls' rules on a change: "None of these",
// the choose-up-to limit, a ranking, a mirror item's two parts.
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QuestionField } from "@/components/forms/question-field";
import { controlId, itemBoxId, predictionId } from "@/components/forms/fields/ids";
import { storedRanking } from "@/components/forms/fields/ranking";
import { QUESTIONNAIRES } from "@/lib/questionnaire/builtin";
import { toClientItem, type ClientItem } from "@/lib/questionnaire/client-item";
import type { ItemKind } from "@/lib/questionnaire/types";
import { answerSchema, NONE_OPTION } from "@/lib/validation/answer";
import { changedSinceRendered, changeItem, readItem, writeItem } from "./controls";

const SIDES = ["marketing", "it"] as const;
const ITEMS: ClientItem[] = [
  ...new Map(
    QUESTIONNAIRES.flatMap((q) => q.items).flatMap((def) => SIDES.filter((s) => !def.sides || def.sides.includes(s)).map((side) => toClientItem(def, side))).map((item) => [`${item.key}:${JSON.stringify(item)}`, item]),
  ).values(),
];

function render(item: ClientItem, value: unknown) {
  document.body.innerHTML = renderToStaticMarkup(createElement(QuestionField, { item, value }));
  return document.getElementById(itemBoxId(item.key))!;
}

/** Everything a person sees of the item's controls, read from their live properties (the script sets those). */
function shown(box: Element) {
  const controls = [...box.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input, select, textarea")].map((c) =>
    c instanceof HTMLSelectElement
      ? { id: c.id, value: c.value, options: [...c.options].map((o) => ({ value: o.value, text: o.textContent, disabled: o.disabled })) }
      : { id: c.id, name: c.getAttribute("name"), value: c.value, checked: c instanceof HTMLInputElement ? c.checked : undefined, disabled: c.disabled },
  );
  // the words around the controls (a textarea's own text is its default value, not what it shows: left out)
  const words = box.cloneNode(true) as Element;
  for (const area of words.querySelectorAll("textarea")) area.textContent = "";
  return { controls, text: words.textContent };
}

const ids = (item: ClientItem) => (item.options ?? []).map((o) => o.id);

/** Any value of one kind the item could hold while being answered (filtered by the shared schema below). */
function kindValue(item: ClientItem, kind: ItemKind): fc.Arbitrary<unknown> {
  const options = ids(item);
  switch (kind) {
    case "agreement":
      return fc.integer({ min: 1, max: 5 });
    case "yes-no":
      return fc.boolean();
    case "single-choice":
      return fc.constantFrom(...options);
    case "choose-up-to": {
      const chosen = fc.shuffledSubarray(options, { minLength: 1, maxLength: item.max ?? 3 });
      // "None of these" alone is rare among random subsets: drawn in about half the draws
      return options.includes(NONE_OPTION) ? fc.oneof(chosen, fc.constant([NONE_OPTION])) : chosen;
    }
    case "ranking": {
      const positions = item.max ?? options.length;
      return fc
        .shuffledSubarray(options, { minLength: positions, maxLength: positions })
        .chain((order) => fc.array(fc.boolean(), { minLength: positions, maxLength: positions }).map((keep) => order.map((o, i) => (keep[i] ? o : null))))
        .map((slots) => storedRanking(slots));
    }
    case "percentage":
      return fc.integer({ min: 0, max: 100 });
    case "trade-off":
      // 0 points (an option entered and then emptied of points) for about half the options
      return fc.dictionary(fc.constantFrom(...options), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 })), { minKeys: 1 });
    case "free-text":
      // what a textarea can hold as typed: printable text (fast-check's graphemes, from all of Unicode) with line
      // breaks (LF: a textarea's value never holds CR) and tabs between pieces, and leading line breaks, which the
      // HTML parser drops one of unless the markup carries one more
      return fc
        .tuple(
          fc.constantFrom("", "\n", "\n\n", " "),
          fc.array(fc.oneof(fc.string({ maxLength: 60, unit: "grapheme" }), fc.constantFrom("\n", "\n\n", "\t", "  ")), { maxLength: 8 }),
        )
        .map(([start, pieces]) => `${start}${pieces.join("")}`)
        .filter((text) => text !== "");
  }
}

function answer(item: ClientItem): fc.Arbitrary<unknown> {
  const self = kindValue(item, item.kind);
  const value = item.mirror
    ? fc.record({ self, predicted: fc.integer({ min: 0, max: 100 }) }, { requiredKeys: [] })
    : self;
  const schema = answerSchema(item, "draft");
  return value.filter((v) => v !== null && schema.safeParse(v).success);
}

describe("questionnaire controls: the script and the server's markup", () => {
  it("the built-in questionnaires give every kind of item, mirror items included", () => {
    expect(new Set(ITEMS.map((i) => i.kind))).toEqual(new Set(["agreement", "yes-no", "single-choice", "choose-up-to", "ranking", "percentage", "trade-off", "free-text"]));
    expect(ITEMS.some((i) => i.mirror)).toBe(true);
  });

  // the same key can appear in both versions and, differently worded, on both sides: the index keeps names unique
  const CASES = ITEMS.map((item, i) => [`#${i + 1} ${item.key} (${item.kind}${item.mirror ? ", mirror" : ""})`, item] as const);

  it.each(CASES)(
    "%s: reads back what the server rendered, unchanged; writing it into empty controls shows what the server shows",
    (_name, item) => {
      fc.assert(
        fc.property(answer(item), (value) => {
          const box = render(item, value);
          // a trailing null is no answer in a ranking, and the order of a trade-off's keys carries nothing
          expect(readItem(document, item, value)).toEqual(value);
          expect(changedSinceRendered(box)).toBe(false);
          const server = shown(box);

          const empty = render(item, null);
          expect(readItem(document, item, null)).toBeNull();
          writeItem(document, item, value);
          expect(readItem(document, item, value)).toEqual(value);
          expect(changedSinceRendered(empty)).toBe(true);
          expect(shown(empty)).toEqual(server);
        }),
        { numRuns: 40 },
      );
    },
  );

  it.each(CASES)("%s: writing an answer over another shows what the server shows for the new one", (_name, item) => {
    fc.assert(
      fc.property(answer(item), fc.option(answer(item), { nil: null }), (first, next) => {
        const expected = shown(render(item, next));
        const box = render(item, first);
        writeItem(document, item, next);
        expect(readItem(document, item, next)).toEqual(next);
        expect(shown(box)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  const find = (kind: ItemKind, test: (item: ClientItem) => boolean = () => true) => ITEMS.find((i) => i.kind === kind && !i.mirror && test(i))!;
  const checkbox = (item: ClientItem, option: string) => document.querySelector<HTMLInputElement>(`input[name="${controlId(item.key)}"][value="${option}"]`)!;
  const box = (item: ClientItem) => document.getElementById(itemBoxId(item.key))!;

  it("choose-up-to: at the limit the other options are disabled; unticking one enables them again", () => {
    const item = find("choose-up-to", (i) => (i.max ?? 3) < ids(i).filter((o) => o !== NONE_OPTION).length);
    const options = ids(item).filter((o) => o !== NONE_OPTION);
    const max = item.max ?? 3;
    render(item, null);
    let value: unknown = null;
    for (const option of options.slice(0, max)) {
      checkbox(item, option).checked = true;
      value = changeItem(document, item, value, checkbox(item, option));
    }
    expect(value).toEqual(options.slice(0, max));
    expect(options.slice(max).every((o) => checkbox(item, o).disabled)).toBe(true);
    expect(box(item).textContent).toContain(`${max} of ${max}`);

    checkbox(item, options[0]!).checked = false;
    value = changeItem(document, item, value, checkbox(item, options[0]!));
    expect(value).toEqual(options.slice(1, max));
    expect(options.some((o) => checkbox(item, o).disabled)).toBe(false);
    expect(box(item).textContent).toContain(`${max - 1} of ${max}`);
  });

  it("choose-up-to: “None of these” unticks the other choices, and a choice unticks “None of these”", () => {
    const item = find("choose-up-to", (i) => ids(i).includes(NONE_OPTION));
    const [first] = ids(item).filter((o) => o !== NONE_OPTION);
    render(item, [first]);
    checkbox(item, NONE_OPTION).checked = true;
    let value = changeItem(document, item, [first], checkbox(item, NONE_OPTION));
    expect(value).toEqual([NONE_OPTION]);
    expect(checkbox(item, first!).checked).toBe(false);
    checkbox(item, first!).checked = true;
    value = changeItem(document, item, value, checkbox(item, first!));
    expect(value).toEqual([first]);
    expect(checkbox(item, NONE_OPTION).checked).toBe(false);
  });

  it("ranking: a choice stays where it was made; the option is offered, disabled and marked, in the other positions", () => {
    const item = find("ranking");
    const [a, b] = ids(item);
    render(item, null);
    const select = (position: number) => document.getElementById(`${controlId(item.key)}-${position}`) as HTMLSelectElement;
    select(1).value = a!;
    let value = changeItem(document, item, null, select(1));
    expect(value).toEqual([null, a]);
    const inFirst = [...select(0).options].find((o) => o.value === a)!;
    expect(inFirst.disabled).toBe(true);
    expect(inFirst.textContent).toContain("ranked 2nd");
    select(0).value = b!;
    value = changeItem(document, item, value, select(0));
    expect(value).toEqual([b, a]);
    expect(readItem(document, item, value)).toEqual([b, a]);
  });

  it("a mirror item: the prediction and the answer change independently and are stored together", () => {
    const item = ITEMS.find((i) => i.mirror && i.kind === "agreement")!;
    const radio = (score: number) => document.querySelector<HTMLInputElement>(`input[name="${controlId(item.key)}"][value="${score}"]`)!;
    render(item, { self: 3, predicted: 40 });
    const prediction = document.getElementById(predictionId(item.key)) as HTMLInputElement;
    prediction.value = "65";
    let value = changeItem(document, item, { self: 3, predicted: 40 }, prediction);
    expect(value).toEqual({ self: 3, predicted: 65 });
    radio(4).checked = true;
    value = changeItem(document, item, value, radio(4));
    expect(value).toEqual({ self: 4, predicted: 65 });
    prediction.value = "";
    value = changeItem(document, item, value, prediction);
    expect(value).toEqual({ self: 4 });
    // no control unticks a radio (an artificial state): an item with neither part is no answer
    radio(4).checked = false;
    expect(changeItem(document, item, value, radio(4))).toBeNull();
  });
});
