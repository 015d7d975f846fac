// The alignment index, corrected for chance: two groups drawn from the same population still differ a little,
// and the smaller the groups the more. So each item's observed distance is compared with the distance the same
// answers give when the side labels are assigned at random (exact over every relabelling when there are at most
// EXACT_RELABELLINGS of them, else RANDOM_RELABELLINGS seeded draws), and the index is 100 − the mean excess.
import type { AnswerValue, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { itemDistance } from "./gaps";
import { mulberry32 } from "./prng";
import type { AlignmentResult, Interval, SidePair } from "./types";

export const EXACT_RELABELLINGS = 500; // every split up to 6 + 5 (462)
export const RANDOM_RELABELLINGS = 200;
export const DEFAULT_BOOTSTRAP = 200;

/** One row per respondent, one cell per item (the validated own answer, or undefined). */
export type AnswerRows = SidePair<(AnswerValue | undefined)[][]>;

function choose(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** Mean distance over every (or RANDOM_RELABELLINGS random) split of the pooled answers into groups of the same sizes. */
export function chanceDistance(item: QuestionnaireItemDef, a: readonly AnswerValue[], b: readonly AnswerValue[], seed = 1): number | null {
  if (a.length === 0 || b.length === 0) return null;
  // a canonical order and group size, so that swapping the sides gives exactly the same relabellings
  const pooled = [...a, ...b].map((v) => ({ v, k: JSON.stringify(v) })).sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0)).map((x) => x.v);
  const na = Math.min(a.length, b.length);
  let sum = 0;
  let count = 0;
  const split = (inA: boolean[]) => {
    const x: AnswerValue[] = [];
    const y: AnswerValue[] = [];
    pooled.forEach((v, i) => (inA[i] ? x : y).push(v));
    const d = itemDistance(item, x, y);
    if (d !== null) {
      sum += d;
      count++;
    }
  };
  if (choose(pooled.length, na) <= EXACT_RELABELLINGS) {
    const inA = pooled.map(() => false);
    const rec = (start: number, left: number) => {
      if (left === 0) return split(inA);
      for (let i = start; i <= pooled.length - left; i++) {
        inA[i] = true;
        rec(i + 1, left - 1);
        inA[i] = false;
      }
    };
    rec(0, na);
  } else {
    const rand = mulberry32(seed);
    const order = pooled.map((_, i) => i);
    for (let r = 0; r < RANDOM_RELABELLINGS; r++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const inA = pooled.map(() => false);
      for (let i = 0; i < na; i++) inA[order[i]!] = true;
      split(inA);
    }
  }
  return count === 0 ? null : sum / count;
}

const defined = (rows: readonly (AnswerValue | undefined)[][], j: number) =>
  rows.flatMap((row) => (row[j] === undefined ? [] : [row[j]!]));

/**
 * Index = clip(100 − mean over comparable items of (observed distance − chance distance), 0, 100); its 95%
 * basic-bootstrap interval resamples respondents within each side (the chance distances held fixed).
 */
export function alignmentIndex(
  items: readonly QuestionnaireItemDef[],
  rows: AnswerRows,
  bootstrap: number = DEFAULT_BOOTSTRAP,
): AlignmentResult & { perItem: { distance: number | null; chance: number | null }[] } {
  const perItem = items.map((item, j) => {
    const a = defined(rows.marketing, j);
    const b = defined(rows.it, j);
    const distance = itemDistance(item, a, b);
    return { distance, chance: distance === null ? null : chanceDistance(item, a, b, j + 1) };
  });
  const comparable = perItem.flatMap((x, j) => (x.distance !== null && x.chance !== null ? [j] : []));
  if (comparable.length === 0) {
    return { index: null, interval: null, meanDistance: null, meanChanceDistance: null, comparableItems: 0, perItem };
  }
  const meanOf = (f: (j: number) => number) => comparable.reduce((s, j) => s + f(j), 0) / comparable.length;
  const meanDistance = meanOf((j) => perItem[j]!.distance!);
  const meanChance = meanOf((j) => perItem[j]!.chance!);
  const clip = (x: number) => Math.min(100, Math.max(0, x));
  const index = clip(100 - (meanDistance - meanChance));

  let interval: Interval | null = null;
  if (bootstrap > 0 && rows.marketing.length > 1 && rows.it.length > 1) {
    const rand = mulberry32(0x5eed);
    const draws: number[] = [];
    const resample = (src: readonly (AnswerValue | undefined)[][]) => src.map(() => src[Math.floor(rand() * src.length)]!);
    for (let b = 0; b < bootstrap; b++) {
      const m = resample(rows.marketing);
      const i = resample(rows.it);
      let sum = 0;
      let n = 0;
      for (const j of comparable) {
        const d = itemDistance(items[j]!, defined(m, j), defined(i, j));
        if (d === null) continue;
        sum += d - perItem[j]!.chance!;
        n++;
      }
      if (n > 0) draws.push(100 - sum / n);
    }
    draws.sort((x, y) => x - y);
    if (draws.length > 0) {
      const at = (p: number) => draws[Math.min(draws.length - 1, Math.max(0, Math.floor(p * draws.length)))]!;
      // basic bootstrap (2θ − upper, 2θ − lower): resampling inflates distances, which this reflects back
      const theta = 100 - (meanDistance - meanChance);
      interval = [clip(2 * theta - at(0.975)), clip(2 * theta - at(0.025))];
    }
  }
  return { index, interval, meanDistance, meanChanceDistance: meanChance, comparableItems: comparable.length, perItem };
}
