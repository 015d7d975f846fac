// Browser only: an item's answer as its native controls hold it, written back into them, and the controls' live
// parts (counts, points left, which ranking options are taken) kept current. The markup and its ids are
// components/forms/question-field.tsx and components/forms/fields/*; the words are fields/texts.ts.
import { controlId, predictionId } from "@/components/forms/fields/ids";
import { toggleChoice } from "@/components/forms/fields/choose-up-to";
import { chooseAt, rankedElsewhere, rankingSlots, storedRanking } from "@/components/forms/fields/ranking";
import { characterCountText, chooseUpToLimit, chosenCountText, numberFrom, pointsLeft, rankingOptionText } from "@/components/forms/fields/texts";
import type { ClientItem } from "@/lib/questionnaire/client-item";
import type { ItemKind } from "@/lib/questionnaire/types";

/** One control of an item: its own control, or the prediction of a mirror item (a percentage). */
interface Part {
  kind: ItemKind;
  id: string;
}

type MirrorValue = { self?: unknown; predicted?: unknown };

const selfPart = (item: ClientItem): Part => ({ kind: item.kind, id: controlId(item.key) });
const predictedPart = (item: ClientItem): Part => ({ kind: "percentage", id: predictionId(item.key) });

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const named = (root: ParentNode, id: string) => [...root.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`)];
const rankingSelects = (item: ClientItem, id: string) =>
  Array.from({ length: item.max ?? item.options?.length ?? 3 }, (_, i) => byId<HTMLSelectElement>(`${id}-${i}`));

function readPart(root: ParentNode, item: ClientItem, part: Part, before: unknown): unknown {
  switch (part.kind) {
    case "agreement":
    case "yes-no":
    case "single-choice": {
      const raw = named(root, part.id).find((i) => i.checked)?.value;
      if (raw === undefined) return null;
      return part.kind === "agreement" ? Number(raw) : part.kind === "yes-no" ? raw === "true" : raw;
    }
    case "choose-up-to": {
      // the order chosen, as far as it is known: earlier choices first, then the ones not yet seen
      const checked = named(root, part.id).filter((i) => i.checked).map((i) => i.value);
      const earlier = Array.isArray(before) ? before.filter((v): v is string => typeof v === "string" && checked.includes(v)) : [];
      const all = [...earlier, ...checked.filter((v) => !earlier.includes(v))];
      return all.length ? all : null;
    }
    case "ranking":
      return storedRanking(rankingSelects(item, part.id).map((s) => (s?.value ? s.value : null)));
    case "percentage":
      return numberFrom(byId<HTMLInputElement>(part.id)?.value ?? "");
    case "trade-off": {
      const points: Record<string, number> = {};
      for (const option of item.options ?? []) {
        const n = numberFrom(byId<HTMLInputElement>(`${part.id}-${option.id}`)?.value ?? "");
        if (n !== null) points[option.id] = n;
      }
      return Object.keys(points).length ? points : null;
    }
    case "free-text": {
      const text = byId<HTMLTextAreaElement>(part.id)?.value ?? "";
      return text === "" ? null : text;
    }
  }
}

function writePart(root: ParentNode, item: ClientItem, part: Part, value: unknown) {
  switch (part.kind) {
    case "agreement":
    case "yes-no":
    case "single-choice":
      for (const input of named(root, part.id)) input.checked = value !== null && value !== undefined && input.value === String(value);
      break;
    case "choose-up-to": {
      const chosen = Array.isArray(value) ? value : [];
      for (const input of named(root, part.id)) input.checked = chosen.includes(input.value);
      break;
    }
    case "ranking": {
      const selects = rankingSelects(item, part.id);
      const slots = rankingSlots(value, selects.length);
      selects.forEach((s, i) => {
        if (s) s.value = slots[i] ?? "";
      });
      break;
    }
    case "percentage":
    case "free-text": {
      const input = byId<HTMLInputElement | HTMLTextAreaElement>(part.id);
      if (input) input.value = value === null || value === undefined ? "" : String(value);
      break;
    }
    case "trade-off": {
      const points = (value ?? {}) as Record<string, unknown>;
      for (const option of item.options ?? []) {
        const input = byId<HTMLInputElement>(`${part.id}-${option.id}`);
        if (input) input.value = points[option.id] === undefined ? "" : String(points[option.id]);
      }
      break;
    }
  }
}

/** Counts, points left, and which options can be chosen, for the value the part now holds. */
function refreshPart(root: ParentNode, item: ClientItem, part: Part, value: unknown) {
  switch (part.kind) {
    case "choose-up-to": {
      const chosen = Array.isArray(value) ? value : [];
      const { max, all } = chooseUpToLimit(item.max, item.options?.length ?? 0);
      const count = byId(`${part.id}-count`);
      if (count) count.textContent = chosenCountText(chosen.length, max, all);
      for (const input of named(root, part.id)) input.disabled = !input.checked && !all && chosen.length >= max;
      break;
    }
    case "ranking": {
      const selects = rankingSelects(item, part.id);
      const slots = rankingSlots(value, selects.length);
      selects.forEach((select, position) => {
        for (const option of select ? [...select.options] : []) {
          if (!option.value) continue;
          const elsewhere = rankedElsewhere(slots, position, option.value);
          option.disabled = elsewhere !== -1;
          option.textContent = rankingOptionText(option.dataset.label ?? option.value, elsewhere);
        }
      });
      break;
    }
    case "trade-off": {
      const left = pointsLeft((value ?? {}) as Record<string, number>);
      const line = byId(`${part.id}-left`);
      if (line) {
        line.textContent = left.text;
        line.toggleAttribute("data-over", left.over);
      }
      break;
    }
    case "free-text": {
      const count = byId(`${part.id}-count`);
      if (count) count.textContent = characterCountText(typeof value === "string" ? value.length : 0);
      break;
    }
    default:
      break;
  }
}

function compose(item: ClientItem, self: unknown, predicted: unknown): unknown {
  if (!item.mirror) return self;
  const next: MirrorValue = {};
  if (self !== null && self !== undefined) next.self = self;
  if (predicted !== null && predicted !== undefined) next.predicted = predicted;
  return next.self === undefined && next.predicted === undefined ? null : next;
}

const partsOf = (value: unknown) => (value && typeof value === "object" ? (value as MirrorValue) : {});

/**
 * Whether the person changed any of the item's controls since the server rendered them: each control against its
 * own default (the stored answer as the HTML carried it), so a stored value whose keys come back from the database
 * in another order (PostgreSQL's jsonb sorts them) is not mistaken for a change.
 */
export function changedSinceRendered(box: ParentNode): boolean {
  for (const control of box.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input, select, textarea")) {
    if (control instanceof HTMLSelectElement) {
      if ([...control.options].some((o) => o.selected !== o.defaultSelected)) return true;
    } else if (control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox")) {
      if (control.checked !== control.defaultChecked) return true;
    } else if (control.value !== control.defaultValue) return true;
  }
  return false;
}

/** The item's answer as its controls hold it now (`before`: its last known value, for the order of choices). */
export function readItem(root: ParentNode, item: ClientItem, before: unknown): unknown {
  if (!item.mirror) return readPart(root, item, selfPart(item), before);
  const was = partsOf(before);
  return compose(item, readPart(root, item, selfPart(item), was.self), readPart(root, item, predictedPart(item), was.predicted));
}

/** Puts an answer into the item's controls and refreshes their live parts. */
export function writeItem(root: ParentNode, item: ClientItem, value: unknown) {
  const self = item.mirror ? partsOf(value).self : value;
  writePart(root, item, selfPart(item), self);
  if (item.mirror) writePart(root, item, predictedPart(item), partsOf(value).predicted);
  refreshPart(root, item, selfPart(item), self);
}

/**
 * The item's answer after a change of `control`, following the controls' rules: a ranking keeps every choice where
 * it was made (./ranking.ts), "None of these" excludes the other choices. Writes the result back when the rule
 * changed what the controls show, and refreshes their live parts.
 */
export function changeItem(root: ParentNode, item: ClientItem, before: unknown, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): unknown {
  const predicted = Boolean(item.mirror) && control.id === predictionId(item.key);
  const part = predicted ? predictedPart(item) : selfPart(item);
  const was = item.mirror ? (predicted ? partsOf(before).predicted : partsOf(before).self) : before;
  let value: unknown;
  if (part.kind === "ranking") {
    const selects = rankingSelects(item, part.id);
    const position = selects.indexOf(control as HTMLSelectElement);
    value = storedRanking(chooseAt(rankingSlots(was, selects.length), position, control.value));
    writePart(root, item, part, value);
  } else if (part.kind === "choose-up-to" && control instanceof HTMLInputElement) {
    value = toggleChoice(Array.isArray(was) ? (was as string[]) : [], control.value, control.checked);
    writePart(root, item, part, value);
  } else {
    value = readPart(root, item, part, was);
  }
  refreshPart(root, item, part, value);
  if (!item.mirror) return value;
  const other = predicted ? partsOf(before).self : partsOf(before).predicted;
  return predicted ? compose(item, other, value) : compose(item, value, other);
}
