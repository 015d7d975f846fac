// Simulated teams for the calibration bench (e2e/bench/calibration.bench.ts) and the property tests: answers
// drawn from a stated "world" (one distribution per item and side), so the false-alarm rate and the power of
// every label can be measured. Not used by the app.
import type { Side } from "@/lib/domain";
import type { AnswerValue, QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { mulberry32 } from "./prng";
import type { ScoringRespondent } from "./types";

/**
 * What one side's answers to one item are drawn from. `share` = P(the item's primary "agreeing" answer):
 * agreement P(4 or 5) (4 and 5 in 3:2, the rest over 1-3 as 1:2:2, so share 0.4 is the uniform scale), yes-no
 * P(yes), percentage the mean (answers uniform within ±30 of it, clipped), list items: each option's chance of
 * being chosen (`options`, default 0.5; capped lists keep a random `max` of those chosen).
 */
export interface ItemWorld {
  share: number;
  options?: Record<string, number>;
}
export type World = Record<string, Record<Side, ItemWorld>>;

/** The world where the two sides answer alike: uniform agreement scales, 50% yes, percentages around 50. */
export function alikeWorld(q: QuestionnaireDef): World {
  const w: World = {};
  for (const item of q.items) {
    const one: ItemWorld = { share: item.kind === "agreement" ? 0.4 : 0.5 };
    w[item.key] = { marketing: one, it: one };
  }
  return w;
}

/** Every option's and item's shares drawn at random, separately per side (random true effects). */
export function randomWorld(q: QuestionnaireDef, rand: () => number): World {
  const w: World = {};
  for (const item of q.items) {
    const side = (): ItemWorld => {
      const options: Record<string, number> = {};
      for (const o of item.options ?? []) options[o.id] = 0.1 + 0.8 * rand();
      return { share: 0.1 + 0.8 * rand(), options };
    };
    w[item.key] = { marketing: side(), it: side() };
  }
  return w;
}

function agreement(share: number, rand: () => number): number {
  const u = rand();
  if (u < share) return u < share * 0.6 ? 4 : 5;
  const v = (u - share) / (1 - share);
  return v < 0.2 ? 1 : v < 0.6 ? 2 : 3;
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** One answer to one item from a side's world; `mirrorTruth` = the other side's true share for predictions. */
export function drawAnswer(item: QuestionnaireItemDef, w: ItemWorld, rand: () => number, mirrorTruth: number | null): AnswerValue {
  const ids = (item.options ?? []).map((o) => o.id);
  const p = (id: string) => w.options?.[id] ?? 0.5;
  let self: AnswerValue;
  switch (item.kind) {
    case "agreement":
      self = agreement(w.share, rand);
      break;
    case "yes-no":
      self = rand() < w.share;
      break;
    case "percentage":
      self = Math.round(Math.min(100, Math.max(0, 100 * w.share + (rand() * 60 - 30))));
      break;
    case "single-choice": {
      const total = ids.reduce((s, id) => s + p(id), 0);
      let u = rand() * total;
      self = ids.find((id) => (u -= p(id)) <= 0) ?? ids[ids.length - 1]!;
      break;
    }
    case "choose-up-to": {
      const chosen = shuffle(ids.filter((id) => rand() < p(id)), rand);
      self = chosen.slice(0, item.max ?? ids.length);
      break;
    }
    case "ranking": {
      const keyed = ids.map((id) => ({ id, k: Math.pow(rand(), 1 / p(id)) })).sort((a, b) => b.k - a.k);
      self = keyed.slice(0, item.max ?? ids.length).map((x) => x.id);
      break;
    }
    case "trade-off": {
      const raw = ids.map((id) => rand() * p(id) + 1e-9);
      const sum = raw.reduce((s, x) => s + x, 0);
      const pts = raw.map((x) => Math.floor((100 * x) / sum));
      pts[0]! += 100 - pts.reduce((s, x) => s + x, 0);
      self = Object.fromEntries(ids.map((id, i) => [id, pts[i]!]));
      break;
    }
    case "free-text":
      self = "A simulated comment.";
      break;
  }
  if (item.mirror && mirrorTruth !== null) {
    const predicted = Math.round(Math.min(100, Math.max(0, 100 * mirrorTruth + (rand() * 2 - 1) * 15)));
    return { self, predicted };
  }
  return self;
}

/** The other side's true share agreeing on a mirror item (its predicate is the primary "agreeing" answer). */
function mirrorTruthOf(item: QuestionnaireItemDef, w: ItemWorld): number | null {
  if (!item.mirror) return null;
  return w.share;
}

/** A team of `perSide` respondents on each side, every one a leader, answering every item asked of them. */
export function simulateTeam(q: QuestionnaireDef, world: World, perSide: number, seed: number): ScoringRespondent[] {
  const rand = mulberry32(seed);
  const out: ScoringRespondent[] = [];
  for (const side of ["marketing", "it"] as const) {
    const other: Side = side === "marketing" ? "it" : "marketing";
    for (let i = 0; i < perSide; i++) {
      const answers: Record<string, AnswerValue> = {};
      for (const item of q.items) {
        if (item.sides && !item.sides.includes(side)) continue;
        const w = world[item.key]![side];
        answers[item.key] = drawAnswer(item, w, rand, mirrorTruthOf(item, world[item.key]![other]));
      }
      out.push({ id: `${side}-${i}`, side, tier: "leader", answers });
    }
  }
  return out;
}
