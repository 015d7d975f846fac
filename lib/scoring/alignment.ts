// The alignment index, corrected for chance: two groups drawn from the same population still differ a little,
// and the smaller the groups the more. So each item's observed distance is compared with the distance the same
// answers give when the side labels are assigned at random (exact over every relabelling when there are at most
// EXACT_RELABELLINGS of them, else RANDOM_RELABELLINGS seeded draws), and the index is 100 − the mean excess.
import type { AnswerValue, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { mulberry32 } from "./prng";
import { choose, Z95 } from "./stats";
import type { AlignmentResult, Interval, SidePair } from "./types";

export const EXACT_RELABELLINGS = 500; // every split up to 6 + 5 (462)
export const RANDOM_RELABELLINGS = 200;
/** Fewer random relabellings for large teams (relabellings × respondents ≤ this, at least 50): the chance distance of a large team varies little between relabellings. */
export const RELABELLING_BUDGET = 20_000;
export const DEFAULT_BOOTSTRAP = 200;
/** Resamples × respondents allowed per index (200 resamples up to 30 respondents, at least MIN_BOOTSTRAP). */
export const BOOTSTRAP_BUDGET = 6_000;
export const MIN_BOOTSTRAP = 40;
/** Relabellings per item in each resample (the resample's own chance distance). */
export const BOOTSTRAP_RELABELLINGS = 5;

/** One row per respondent, one cell per item (the validated own answer, or undefined). */
export type AnswerRows = SidePair<(AnswerValue | undefined)[][]>;

/** Mean distance over every (or RANDOM_RELABELLINGS random) split of the pooled answers into groups of the same sizes. */
export function chanceDistance(item: QuestionnaireItemDef, a: readonly AnswerValue[], b: readonly AnswerValue[], seed = 1): number | null {
  const e = encode(item, 0, { marketing: a.map((v) => [v]), it: b.map((v) => [v]) });
  return e ? encodedChance(e, seed) : null;
}

/**
 * One item's answers as vectors whose side sums give the distance (the same as `itemDistance`, without
 * allocating per split): numeric kinds one value on 0-100 (distance = |difference of means|); option kinds a
 * weight vector per answer (single choice and choose-up-to: 1 per choice; ranking: Borda points; trade-off:
 * points — the weights of optionWeights), and distance = total variation between the normalized side sums.
 * Stored flat: respondent i's vector at [i·dims, (i+1)·dims), with a 1 in `present` where they answered.
 */
interface Encoded {
  numeric: boolean;
  dims: number;
  flat: SidePair<{ data: Float64Array; present: Uint8Array }>;
}

function encode(item: QuestionnaireItemDef, j: number, rows: AnswerRows): Encoded | null {
  if (item.kind === "free-text") return null;
  const numeric = item.kind === "agreement" || item.kind === "percentage" || item.kind === "yes-no";
  const ids = (item.options ?? []).map((o) => o.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const dims = numeric ? 1 : ids.length;
  const side = (list: readonly (AnswerValue | undefined)[][]) => {
    const data = new Float64Array(list.length * dims);
    const present = new Uint8Array(list.length);
    list.forEach((row, r) => {
      const v = row[j];
      if (v === undefined) return;
      const at = r * dims;
      if (numeric) {
        const x = item.kind === "agreement" ? ((Number(v) - 1) / 4) * 100 : item.kind === "yes-no" ? (v === true ? 100 : 0) : Number(v);
        if (!Number.isFinite(x)) return;
        data[at] = x;
      } else if (item.kind === "single-choice" && typeof v === "string") {
        const i = index.get(v);
        if (i !== undefined) data[at + i] = 1;
      } else if ((item.kind === "choose-up-to" || item.kind === "ranking") && Array.isArray(v)) {
        const slots = Math.max(item.max ?? v.length, v.length);
        v.forEach((id, k) => {
          const i = index.get(id);
          if (i !== undefined) data[at + i]! += item.kind === "ranking" ? slots - k : 1;
        });
      } else if (item.kind === "trade-off" && typeof v === "object" && v !== null && !Array.isArray(v)) {
        for (const [id, pts] of Object.entries(v as Record<string, number>)) {
          const i = index.get(id);
          if (i !== undefined) data[at + i]! += pts;
        }
      }
      present[r] = 1;
    });
    return { data, present };
  };
  return { numeric, dims, flat: { marketing: side(rows.marketing), it: side(rows.it) } };
}

/** Distance between two groups given their summed vectors and sizes (0-100), or null when a group is empty. */
function distanceOf(e: Encoded, sa: Float64Array, na: number, sb: Float64Array, nb: number): number | null {
  if (na === 0 || nb === 0) return null;
  if (e.numeric) return Math.abs(sa[0]! / na - sb[0]! / nb);
  let ta = 0;
  let tb = 0;
  for (let d = 0; d < e.dims; d++) {
    ta += sa[d]!;
    tb += sb[d]!;
  }
  if (ta <= 0 && tb <= 0) return 0;
  if (ta <= 0 || tb <= 0) return 100;
  let sum = 0;
  for (let d = 0; d < e.dims; d++) sum += Math.abs(sa[d]! / ta - sb[d]! / tb);
  return Math.min(100, (sum / 2) * 100);
}

/**
 * Mean distance over random (or every) splits of the pooled answers into groups of the sides' sizes. `pick`
 * (a bootstrap resample: respondent indices per side, repeats allowed) pools those respondents instead of all;
 * `canonical` sorts the pooled answers first, so that swapping the sides gives exactly the same relabellings.
 */
function encodedChance(
  e: Encoded,
  seed: number,
  opts: { pick?: SidePair<Int32Array>; relabellings?: number; canonical?: boolean; exactLimit?: number } = {},
): number | null {
  const dims = e.dims;
  // pool the answered vectors (of the picked respondents, when resampling) into one flat buffer
  let capacity = 0;
  for (const side of ["marketing", "it"] as const) capacity += opts.pick?.[side].length ?? e.flat[side].present.length;
  let pooled = new Float64Array(capacity * dims);
  let total = 0;
  let na0 = 0;
  for (const side of ["marketing", "it"] as const) {
    const { data, present } = e.flat[side];
    const pick = opts.pick?.[side];
    const count = pick ? pick.length : present.length;
    for (let k = 0; k < count; k++) {
      const i = pick ? pick[k]! : k;
      if (!present[i]) continue;
      for (let d = 0; d < dims; d++) pooled[total * dims + d] = data[i * dims + d]!;
      total++;
      if (side === "marketing") na0++;
    }
  }
  const nb0 = total - na0;
  if (na0 === 0 || nb0 === 0) return null;
  if (opts.canonical !== false) {
    // a canonical order: swapping the sides gives exactly the same relabellings
    const order = Array.from({ length: total }, (_, k) => k);
    order.sort((x, y) => {
      for (let d = 0; d < dims; d++) {
        const diff = pooled[x * dims + d]! - pooled[y * dims + d]!;
        if (diff !== 0) return diff;
      }
      return 0;
    });
    const sorted = new Float64Array(total * dims);
    order.forEach((k, r) => sorted.set(pooled.subarray(k * dims, (k + 1) * dims), r * dims));
    pooled = sorted;
  }
  const na = Math.min(na0, nb0);
  const sum0 = new Float64Array(dims);
  for (let k = 0; k < total; k++) for (let d = 0; d < dims; d++) sum0[d]! += pooled[k * dims + d]!;
  const sa = new Float64Array(dims);
  const sb = new Float64Array(dims);
  let sum = 0;
  let count = 0;
  const score = () => {
    for (let d = 0; d < dims; d++) sb[d] = sum0[d]! - sa[d]!;
    const dist = distanceOf(e, sa, na, sb, total - na);
    if (dist !== null) {
      sum += dist;
      count++;
    }
  };
  const add = (k: number, sign: number) => {
    for (let d = 0; d < dims; d++) sa[d]! += sign * pooled[k * dims + d]!;
  };
  if (choose(total, na) <= (opts.exactLimit ?? EXACT_RELABELLINGS)) {
    const rec = (start: number, left: number) => {
      if (left === 0) return score();
      for (let k = start; k <= total - left; k++) {
        add(k, 1);
        rec(k + 1, left - 1);
        add(k, -1);
      }
    };
    rec(0, na);
  } else {
    const rand = mulberry32(seed);
    const order = new Int32Array(total);
    for (let k = 0; k < total; k++) order[k] = k;
    const draws = opts.relabellings ?? Math.min(RANDOM_RELABELLINGS, Math.max(50, Math.floor(RELABELLING_BUDGET / total)));
    for (let r = 0; r < draws; r++) {
      sa.fill(0);
      // a partial Fisher-Yates shuffle: the first `na` positions are a random subset
      for (let i = 0; i < na; i++) {
        const j = i + Math.floor(rand() * (total - i));
        const picked = order[j]!;
        order[j] = order[i]!;
        order[i] = picked;
        add(picked, 1);
      }
      score();
    }
  }
  return count === 0 ? null : sum / count;
}

/** Sum of the vectors of the picked respondents (all when `pick` is null) into `out`; returns how many answered. */
function sideSum(e: Encoded, side: "marketing" | "it", pick: Int32Array | null, out: Float64Array): number {
  const { data, present } = e.flat[side];
  const dims = e.dims;
  out.fill(0);
  let n = 0;
  const count = pick ? pick.length : present.length;
  for (let k = 0; k < count; k++) {
    const i = pick ? pick[k]! : k;
    if (present[i] === 0) continue;
    n++;
    const base = i * dims;
    for (let d = 0; d < dims; d++) out[d]! += data[base + d]!;
  }
  return n;
}

/**
 * Index = clip(100 − mean over comparable items of (observed distance − chance distance), 0, 100). Its 95%
 * interval is index ± 1.96 × the bootstrap standard error (respondents resampled within each side, both
 * distances recomputed in each resample), clipped to 0-100.
 */
export function alignmentIndex(
  items: readonly QuestionnaireItemDef[],
  rows: AnswerRows,
  bootstrap: number = DEFAULT_BOOTSTRAP,
): AlignmentResult & { perItem: { distance: number | null; chance: number | null }[] } {
  const encoded = items.map((item, j) => encode(item, j, rows));
  const perItem = encoded.map((e, j) => {
    if (!e) return { distance: null, chance: null };
    const sa = new Float64Array(e.dims);
    const sb = new Float64Array(e.dims);
    const distance = distanceOf(e, sa, sideSum(e, "marketing", null, sa), sb, sideSum(e, "it", null, sb));
    return { distance, chance: distance === null ? null : encodedChance(e, j + 1) };
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
  const nm = rows.marketing.length;
  const ni = rows.it.length;
  // the whole "observed − chance" excess is resampled: both distances are recomputed in every resample (the chance
  // distance with BOOTSTRAP_RELABELLINGS relabellings); fewer resamples for large teams keep the cost bounded
  const resamples = Math.min(bootstrap, Math.max(MIN_BOOTSTRAP, Math.floor(BOOTSTRAP_BUDGET / Math.max(1, nm + ni))));
  if (bootstrap > 0 && nm > 1 && ni > 1) {
    const rand = mulberry32(0x5eed);
    const draws: number[] = [];
    const pick = { marketing: new Int32Array(nm), it: new Int32Array(ni) };
    const sa = new Float64Array(Math.max(1, ...encoded.map((e) => e?.dims ?? 1)));
    const sb = new Float64Array(sa.length);
    for (let b = 0; b < resamples; b++) {
      for (let i = 0; i < nm; i++) pick.marketing[i] = Math.floor(rand() * nm);
      for (let i = 0; i < ni; i++) pick.it[i] = Math.floor(rand() * ni);
      let sum = 0;
      let n = 0;
      for (const j of comparable) {
        const e = encoded[j]!;
        const a = sa.subarray(0, e.dims);
        const c = sb.subarray(0, e.dims);
        const d = distanceOf(e, a, sideSum(e, "marketing", pick.marketing, a), c, sideSum(e, "it", pick.it, c));
        if (d === null) continue;
        const chance = encodedChance(e, 1000 * b + j + 1, { pick, relabellings: BOOTSTRAP_RELABELLINGS, canonical: false, exactLimit: BOOTSTRAP_RELABELLINGS });
        if (chance === null) continue;
        sum += d - chance;
        n++;
      }
      if (n > 0) draws.push(100 - sum / n);
    }
    if (draws.length > 1) {
      // percentile and basic bootstrap intervals both missed (resampling duplicates shift the excess distance),
      // so the interval is normal with the bootstrap's standard error: coverage 94-100% in simulation (README)
      const theta = 100 - (meanDistance - meanChance);
      const m = draws.reduce((a, x) => a + x, 0) / draws.length;
      const se = Math.sqrt(draws.reduce((a, x) => a + (x - m) ** 2, 0) / Math.max(1, draws.length - 1));
      interval = [clip(theta - Z95 * se), clip(theta + Z95 * se)];
    }
  }
  return { index, interval, meanDistance, meanChanceDistance: meanChance, comparableItems: comparable.length, perItem };
}
