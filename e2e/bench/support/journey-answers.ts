// What a simulated respondent answers, one question at a time, as the questionnaire island sends it: every change
// of a field is one autosave (lib/validation/answer.ts's draft schema), and the last one completes the question
// (its final schema), so the submit that follows finds nothing missing. Choosing three options is three saves,
// ranking four is four, a mirror question is the own answer and then the prediction.
import type { ClientItem } from "../../../lib/questionnaire/client-item";
import { mulberry32 } from "../../../lib/scoring/prng";
import { checkAnswer, NONE_OPTION } from "../../../lib/validation/answer";

export type Random = () => number;

/** The scoring model's seeded generator (mulberry32): the same seed gives the same run. */
export const seededRandom: (seed: number) => Random = mulberry32;

export const between = (random: Random, from: number, to: number) => from + random() * (to - from);
const integer = (random: Random, from: number, to: number) => Math.floor(between(random, from, to + 1));

function shuffled<T>(random: Random, values: T[]): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = integer(random, 0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const prefixes = <T>(values: T[]) => values.map((_, i) => values.slice(0, i + 1));

/** The successive values of the question's own answer (without the mirror's prediction). */
function ownAnswerSteps(item: ClientItem, random: Random): unknown[] {
  const options = (item.options ?? []).map((o) => o.id);
  switch (item.kind) {
    case "agreement":
      return [integer(random, 1, 5)];
    case "yes-no":
      return [random() < 0.5];
    case "single-choice":
      return [options[integer(random, 0, options.length - 1)]];
    case "choose-up-to": {
      const choices = options.filter((id) => id !== NONE_OPTION);
      if (options.includes(NONE_OPTION) && random() < 0.1) return [[NONE_OPTION]];
      // at most five: nobody ticks eleven obstacles one by one (tr-obstacles allows twelve)
      const max = Math.min(item.max ?? 3, choices.length, 5);
      return prefixes(shuffled(random, choices).slice(0, integer(random, 1, max)));
    }
    case "ranking":
      return prefixes(shuffled(random, options).slice(0, item.max ?? options.length));
    case "percentage":
      return [integer(random, 0, 100)];
    case "trade-off": {
      // points given option by option; the last option takes what is left, so the total is exactly 100
      const chosen = shuffled(random, options).slice(0, Math.min(options.length, integer(random, 2, 4)));
      const steps: Record<string, number>[] = [];
      let left = 100;
      const points: Record<string, number> = {};
      chosen.forEach((id, i) => {
        points[id] = i === chosen.length - 1 ? left : integer(random, 0, left);
        left -= points[id]!;
        steps.push({ ...points });
      });
      return steps;
    }
    case "free-text":
      return ["Our two teams meet every month, and the roadmap is shared."];
  }
}

/**
 * The autosave values for one question, in order; the last is a complete answer. Each is checked against the
 * same schemas the server applies, so a refused save in the bench is the server's doing, not the generator's.
 */
export function answerSteps(item: ClientItem, random: Random): unknown[] {
  const own = ownAnswerSteps(item, random);
  const steps = item.mirror ? [...own.map((self) => ({ self })), { self: own.at(-1), predicted: integer(random, 0, 100) }] : own;
  for (const value of steps) {
    if (!checkAnswer(item, value, "draft").ok) throw new Error(`generated an invalid draft for ${item.key}: ${JSON.stringify(value)}`);
  }
  if (!checkAnswer(item, steps.at(-1), "final").ok) throw new Error(`generated an incomplete answer for ${item.key}: ${JSON.stringify(steps.at(-1))}`);
  return steps;
}

/** JSON with object keys sorted, so two equal answers compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
