// Trends between two revealed waves of one assessment: the alignment index, the imperative scores per side, and
// every item asked identically in both waves (per side, and the gap between the sides), each with its change,
// interval, test, adjusted p and a label. "rising" / "falling" only when the test passes after the
// Benjamini-Hochberg step over every trend comparison shown together; "stable" only when the equivalence test
// (TOST, its own family) passes. Pure and deterministic. The statistical tests: trend-stats.ts; README, "Trends between waves".
import { IMPERATIVE_IDS, SIDES, type ImperativeId, type Side } from "@/lib/domain";
import type { AnswerValue, ItemKind } from "@/lib/questionnaire/types";
import { benjaminiHochberg, FDR_LEVEL } from "./fdr";
import { MIN_PER_SIDE } from "./thresholds";
import {
  indexChange,
  meanChange,
  meanGapChange,
  scoreChange,
  shareChange,
  shareGapChange,
  type ChangeStat,
  type TrendMethod,
} from "./trend-stats";
import type { EquivalenceStat, GapTest, Interval, ItemGap, SidePair, TeamResult } from "./types";

export type { TrendMethod } from "./trend-stats";

/** "stable": the change is credibly within ±margin (TOST after its own false-discovery step). */
export type TrendLabel = "rising" | "falling" | "stable" | "not distinguishable" | "too few answers to tell";

/** "stable" for the alignment index and the imperative scores: a change credibly within ± this many points. */
export const TREND_SCORE_EQUIVALENCE_MARGIN = 10;
/** "stable" for an item's share or mean per side, and for the gap between the sides: within ± this many points. */
export const TREND_ITEM_EQUIVALENCE_MARGIN = 20;

export interface TrendTest {
  /** later − earlier, points. */
  estimate: number;
  interval: Interval;
  p: number;
  /** Benjamini-Hochberg adjusted p over the trend comparisons shown together. */
  q: number | null;
  method: TrendMethod;
}

/** One compared figure: its value in each wave, the change and the evidence. */
export interface TrendComparison {
  /** Unique within the family: "alignment", "imperative|<id>|<side>", "item|<key>|<reading>|<side>", "gap|<key>|<reading>". */
  key: string;
  basis: "index" | "score" | "share" | "mean";
  /** The value in each wave (percent / points; for a gap: marketing − IT); null without data. */
  earlier: number | null;
  later: number | null;
  /** Answers behind the value in each wave (index and gaps: the smaller side). */
  n: { earlier: number; later: number };
  /** later − earlier, points; null unless both waves have a value. */
  change: number | null;
  /** 95% interval of the change; null when not tested. */
  interval: Interval | null;
  /** Null when a side has fewer than MIN_PER_SIDE answers in a wave (label "too few answers to tell"). */
  test: TrendTest | null;
  equivalence: EquivalenceStat | null;
  label: TrendLabel;
}

/** A change labelled "rising" or "falling": its test held after the false-discovery step. */
export const isCredibleChange = (c: Pick<TrendComparison, "label">): boolean => c.label === "rising" || c.label === "falling";

/**
 * The change of the marketing − IT gap; `direction` reads a credible change against the earlier gap's sign:
 * away from 0 "widening", towards 0 "narrowing", past 0 (the other side now ahead) "reversed".
 */
export interface GapTrendComparison extends TrendComparison {
  direction: "widening" | "narrowing" | "reversed" | null;
  /** The later wave's own test calls its gap credible ("wide" or "small", after that wave's false-discovery step). */
  laterGapCredible: boolean;
}

export interface ItemReadingTrend {
  /** The reading's key in ItemGap.tests (a predicate key, "mean" or "mean|<option>"). */
  key: string;
  option?: string;
  basis: "share" | "mean";
  sides: SidePair<TrendComparison>;
  gap: GapTrendComparison;
}

export interface ItemTrend {
  itemKey: string;
  kind: ItemKind;
  /** The item's headline reading (share under its primary predicate, or the mean), or one per option for list items without one. */
  readings: ItemReadingTrend[];
}

export type TrendExclusionReason =
  | "asked only in one wave"
  | "wording or options changed"
  | "read differently" // the same question, but its headline figure is read under another predicate (e.g. a new first benchmark link)
  | "too few answers" // no side has MIN_PER_SIDE answers in both waves
  | "free text";

export interface ImperativeTrend {
  imperative: ImperativeId;
  sides: SidePair<TrendComparison>;
  /** The score is built from other items in the two waves (another questionnaire version): read the change with care. */
  itemsChanged: boolean;
}

export interface TrendResult {
  alignment: TrendComparison;
  imperatives: ImperativeTrend[];
  items: ItemTrend[];
  excluded: { itemKey: string; reason: TrendExclusionReason }[];
  /** The family whose false discovery rate is controlled together (for consecutiveTrends: every pair's comparisons). */
  family: { tests: number; equivalenceTests: number; level: number };
}

export interface TrendOptions {
  /** Keys of the items asked identically in both waves (same key, wording and options): the caller knows the versions. */
  identicalItems: readonly string[];
  level?: number;
}

// ---------------------------------------------------------------- building one comparison

function comparison(
  key: string,
  basis: TrendComparison["basis"],
  values: { earlier: number | null; later: number | null },
  n: { earlier: number; later: number },
  stat: ChangeStat | null,
  margin: number,
): TrendComparison {
  const change = values.earlier !== null && values.later !== null ? values.later - values.earlier : null;
  const base: TrendComparison = { key, basis, ...values, n, change, interval: null, test: null, equivalence: null, label: "too few answers to tell" };
  if (!stat) return base;
  return {
    ...base,
    change: stat.estimate,
    interval: stat.interval,
    test: { estimate: stat.estimate, interval: stat.interval, p: stat.p, q: null, method: stat.method },
    equivalence: { margin, p: stat.equivalenceP, q: null },
    label: "not distinguishable",
  };
}

const enough = (...ns: number[]) => ns.every((n) => n >= MIN_PER_SIDE);

function alignmentTrend(e: TeamResult, l: TeamResult): TrendComparison {
  const smaller = (r: TeamResult) => Math.min(r.counts.marketing, r.counts.it);
  const est = (r: TeamResult) => {
    const a = r.alignment;
    if (a.index === null || a.interval === null || a.meanDistance === null || a.meanChanceDistance === null) return null;
    return { index: a.index, interval: a.interval, centre: 100 - (a.meanDistance - a.meanChanceDistance) };
  };
  const [ee, le] = [est(e), est(l)];
  const stat = ee && le && enough(smaller(e), smaller(l)) ? indexChange(ee, le, TREND_SCORE_EQUIVALENCE_MARGIN) : null;
  const c = comparison("alignment", "index", { earlier: e.alignment.index, later: l.alignment.index }, { earlier: smaller(e), later: smaller(l) }, stat, TREND_SCORE_EQUIVALENCE_MARGIN);
  // enough people but no interval (scored without the bootstrap): no test, and not for want of answers
  if (!stat && enough(smaller(e), smaller(l)) && e.alignment.index !== null && l.alignment.index !== null) c.label = "not distinguishable";
  return c;
}

function imperativeTrends(e: TeamResult, l: TeamResult): ImperativeTrend[] {
  return IMPERATIVE_IDS.map((imperative) => {
    const ie = e.imperatives.find((x) => x.imperative === imperative);
    const il = l.imperatives.find((x) => x.imperative === imperative);
    const side = (s: Side): TrendComparison => {
      const val = (x: typeof ie) => x?.[s] ?? null;
      const n = { earlier: ie?.respondents[s] ?? 0, later: il?.respondents[s] ?? 0 };
      const est = (x: typeof ie) => (x && x[s] !== null && x.intervals[s] ? { mean: x[s]!, interval: x.intervals[s]!, n: x.respondents[s] } : null);
      const [a, b] = [est(ie), est(il)];
      const stat = a && b && enough(n.earlier, n.later) ? scoreChange(a, b, TREND_SCORE_EQUIVALENCE_MARGIN) : null;
      return comparison(`imperative|${imperative}|${s}`, "score", { earlier: val(ie), later: val(il) }, n, stat, TREND_SCORE_EQUIVALENCE_MARGIN);
    };
    const keys = (x: typeof ie) => [...(x?.itemKeys ?? [])].sort().join(",");
    return { imperative, sides: { marketing: side("marketing"), it: side("it") }, itemsChanged: keys(ie) !== keys(il) };
  });
}

/** The readings an item is compared on: its headline test, or every option's test for list items without one. */
function readingsOf(g: ItemGap): GapTest[] {
  if (g.gapBasis !== null) return g.tests.slice(0, 1);
  return g.tests;
}

const numbers = (values: readonly AnswerValue[]) => values.filter((v): v is number => typeof v === "number");
const points = (values: readonly AnswerValue[], option: string) =>
  values.flatMap((v) => (typeof v === "object" && v !== null && !Array.isArray(v) ? [Number((v as Record<string, number>)[option] ?? 0)] : []));

/** The raw 0-100 values behind a mean reading ("mean": percentage answers; "mean|<option>": trade-off points). */
function meanValues(r: TeamResult, itemKey: string, t: GapTest, side: Side): number[] {
  const values = r.answers[itemKey]?.[side] ?? [];
  return t.option !== undefined && t.key.startsWith("mean|") ? points(values, t.option) : numbers(values);
}

const proportion = (t: GapTest, side: Side) => ({ k: Math.round(((t.values[side] ?? 0) * t.n[side]) / 100), n: t.n[side] });

function readingTrend(e: TeamResult, l: TeamResult, itemKey: string, te: GapTest, tl: GapTest): ItemReadingTrend {
  const M = TREND_ITEM_EQUIVALENCE_MARGIN;
  const side = (s: Side): TrendComparison => {
    const n = { earlier: te.n[s], later: tl.n[s] };
    let stat: ChangeStat | null = null;
    if (enough(n.earlier, n.later)) {
      stat = te.basis === "share" ? shareChange(proportion(te, s), proportion(tl, s), M) : meanChange(meanValues(e, itemKey, te, s), meanValues(l, itemKey, tl, s), M);
    }
    return comparison(`item|${itemKey}|${te.key}|${s}`, te.basis, { earlier: te.values[s], later: tl.values[s] }, n, stat, M);
  };
  const gapOf = (t: GapTest) => (t.values.marketing !== null && t.values.it !== null ? t.values.marketing - t.values.it : null);
  const n = { earlier: Math.min(te.n.marketing, te.n.it), later: Math.min(tl.n.marketing, tl.n.it) };
  let stat: ChangeStat | null = null;
  if (enough(n.earlier, n.later)) {
    if (te.basis === "share") {
      stat = shareGapChange(
        { marketing: proportion(te, "marketing"), it: proportion(te, "it") },
        { marketing: proportion(tl, "marketing"), it: proportion(tl, "it") },
        M,
      );
    } else {
      const vals = (r: TeamResult, t: GapTest) => ({ marketing: meanValues(r, itemKey, t, "marketing"), it: meanValues(r, itemKey, t, "it") });
      stat = meanGapChange(vals(e, te), vals(l, tl), M);
    }
  }
  const gap = comparison(`gap|${itemKey}|${te.key}`, te.basis, { earlier: gapOf(te), later: gapOf(tl) }, n, stat, M);
  const out: ItemReadingTrend = { key: te.key, basis: te.basis, sides: { marketing: side("marketing"), it: side("it") }, gap: { ...gap, direction: null, laterGapCredible: tl.label === "wide" || tl.label === "small" } };
  if (te.option !== undefined) out.option = te.option;
  return out;
}

function itemTrends(e: TeamResult, l: TeamResult, identical: ReadonlySet<string>): Pick<TrendResult, "items" | "excluded"> {
  const items: ItemTrend[] = [];
  const excluded: TrendResult["excluded"] = [];
  const earlierGaps = new Map(e.gaps.map((g) => [g.itemKey, g]));
  const laterKeys = new Set(l.gaps.map((g) => g.itemKey));
  for (const gl of l.gaps) {
    const ge = earlierGaps.get(gl.itemKey);
    const key = gl.itemKey;
    if (!ge) {
      excluded.push({ itemKey: key, reason: "asked only in one wave" });
      continue;
    }
    if (!identical.has(key) || ge.kind !== gl.kind) {
      excluded.push({ itemKey: key, reason: "wording or options changed" });
      continue;
    }
    if (gl.kind === "free-text") {
      excluded.push({ itemKey: key, reason: "free text" });
      continue;
    }
    const re = readingsOf(ge);
    const rl = readingsOf(gl);
    const sameReading = re.length === rl.length && re.every((t, i) => t.key === rl[i]!.key && t.basis === rl[i]!.basis) && ge.gapBasis === gl.gapBasis;
    if (!sameReading || re.length === 0) {
      excluded.push({ itemKey: key, reason: "read differently" });
      continue;
    }
    const readings = re.map((t, i) => readingTrend(e, l, key, t, rl[i]!));
    const tested = readings.some((r) => r.sides.marketing.test || r.sides.it.test || r.gap.test);
    if (!tested) {
      excluded.push({ itemKey: key, reason: "too few answers" });
      continue;
    }
    items.push({ itemKey: key, kind: gl.kind, readings });
  }
  for (const ge of e.gaps) if (!laterKeys.has(ge.itemKey)) excluded.push({ itemKey: ge.itemKey, reason: "asked only in one wave" });
  return { items, excluded };
}

/** Every comparison of a result, unlabelled (p-values only). */
function buildTrend(earlier: TeamResult, later: TeamResult, identicalItems: readonly string[]): Omit<TrendResult, "family"> {
  return {
    alignment: alignmentTrend(earlier, later),
    imperatives: imperativeTrends(earlier, later),
    ...itemTrends(earlier, later, new Set(identicalItems)),
  };
}

/** Every comparison of a trend result, in a fixed order (alignment, imperatives, items: sides then gap). */
export function trendComparisons(r: Omit<TrendResult, "family">): TrendComparison[] {
  const out: TrendComparison[] = [r.alignment];
  for (const i of r.imperatives) out.push(i.sides.marketing, i.sides.it);
  for (const item of r.items) for (const x of item.readings) out.push(x.sides.marketing, x.sides.it, x.gap);
  return out;
}

/**
 * How a credible change of the gap reads against the earlier gap (or the later one's sign when the earlier is 0):
 * "reversed" only when the later gap has the other sign and the later wave's own test calls it credible; a change
 * towards 0 that ends on the other side of 0 without that evidence is "narrowing".
 */
function gapDirection(earlier: number, later: number, change: number, laterCredible: boolean): GapTrendComparison["direction"] {
  const sign = Math.sign(earlier) || Math.sign(later);
  if (sign === 0 || change === 0) return null;
  if (Math.sign(earlier) !== 0 && Math.sign(later) === -Math.sign(earlier) && laterCredible) return "reversed";
  return sign * change > 0 ? "widening" : "narrowing";
}

/** The false-discovery step over every comparison of `results` together (one family of tests, one of equivalence tests). */
function labelTogether(results: Omit<TrendResult, "family">[], level: number): TrendResult["family"] {
  const all = results.flatMap(trendComparisons);
  const tests = all.flatMap((c) => (c.test ? [c.test] : []));
  const equivalences = all.flatMap((c) => (c.equivalence ? [c.equivalence] : []));
  benjaminiHochberg(tests.map((t) => t.p)).forEach((q, i) => (tests[i]!.q = q));
  benjaminiHochberg(equivalences.map((x) => x.p)).forEach((q, i) => (equivalences[i]!.q = q));
  for (const c of all) {
    if (!c.test) continue;
    const credible = c.test.q !== null && c.test.q <= level && c.test.estimate !== 0;
    const equivalent = c.equivalence !== null && c.equivalence.q !== null && c.equivalence.q <= level;
    c.label = credible ? (c.test.estimate > 0 ? "rising" : "falling") : equivalent ? "stable" : "not distinguishable";
  }
  for (const r of results) {
    for (const item of r.items) {
      for (const x of item.readings) {
        const g = x.gap;
        g.direction = g.label === "rising" || g.label === "falling" ? gapDirection(g.earlier ?? 0, g.later ?? 0, g.change ?? 0, g.laterGapCredible) : null;
      }
    }
  }
  return { tests: tests.length, equivalenceTests: equivalences.length, level };
}

/**
 * Compares a later wave with an earlier one (both from scoreTeam): every change is later − earlier. The two waves
 * are treated as independent samples. Labels come from the false-discovery step over this result's comparisons.
 */
export function compareWaves(earlier: TeamResult, later: TeamResult, opts: TrendOptions): TrendResult {
  const r = buildTrend(earlier, later, opts.identicalItems);
  const family = labelTogether([r], opts.level ?? FDR_LEVEL);
  return { ...r, family };
}

/**
 * "Later vs earlier" for consecutive waves (waves in order; identicalItems[i] for waves i → i + 1): one result
 * per pair, the false-discovery step over ALL their comparisons together (they are shown on one page).
 */
export function consecutiveTrends(waves: readonly TeamResult[], identicalItems: readonly (readonly string[])[], level: number = FDR_LEVEL): TrendResult[] {
  const built = waves.slice(1).map((w, i) => buildTrend(waves[i]!, w, identicalItems[i] ?? []));
  const family = labelTogether(built, level);
  return built.map((r) => ({ ...r, family }));
}

// ---------------------------------------------------------------- series for small multiples

export interface SeriesPoint {
  /** Position of the wave in the list given (0 = the first). */
  wave: number;
  value: number | null;
  interval: Interval | null;
  n: number;
}

/** One item's headline per wave: each side's value (share, or mean) and the gap with the wave's own gap-test interval. */
export interface ItemSeriesPoint {
  wave: number;
  /** Null when the item was not asked in that wave. */
  values: SidePair<number | null>;
  n: SidePair<number>;
  /** marketing − IT, with the 95% interval of the wave's headline gap test (null below MIN_PER_SIDE or without a headline). */
  gap: number | null;
  gapInterval: Interval | null;
}

export interface WaveSeries {
  alignment: SeriesPoint[];
  imperatives: { imperative: ImperativeId; marketing: SeriesPoint[]; it: SeriesPoint[]; combined: SeriesPoint[] }[];
  /** The items asked for (`itemKeys`), in that order: their headline per wave (list items without a headline: values null). */
  items: { itemKey: string; points: ItemSeriesPoint[] }[];
}

/**
 * Per wave, each figure with its own interval (no test between waves): for small-multiples charts and their tables.
 * `itemKeys`: the items whose headline and gap to follow (e.g. those asked identically in every wave).
 */
export function trendSeries(waves: readonly TeamResult[], itemKeys: readonly string[] = []): WaveSeries {
  const alignment = waves.map((w, wave) => ({ wave, value: w.alignment.index, interval: w.alignment.interval, n: w.counts.marketing + w.counts.it }));
  const imperatives = IMPERATIVE_IDS.map((imperative) => {
    const point = (s: Side | "combined") => (w: TeamResult, wave: number): SeriesPoint => {
      const x = w.imperatives.find((i) => i.imperative === imperative);
      const n = x ? (s === "combined" ? SIDES.reduce((a, side) => a + x.respondents[side], 0) : x.respondents[s]) : 0;
      return { wave, value: x?.[s] ?? null, interval: x?.intervals[s] ?? null, n };
    };
    return { imperative, marketing: waves.map(point("marketing")), it: waves.map(point("it")), combined: waves.map(point("combined")) };
  });
  const items = itemKeys.map((itemKey) => ({
    itemKey,
    points: waves.map((w, wave): ItemSeriesPoint => {
      const g = w.gaps.find((x) => x.itemKey === itemKey);
      const head = g && g.gapBasis !== null ? g.tests[0] : undefined;
      return {
        wave,
        values: g ? { ...g.value } : { marketing: null, it: null },
        n: g ? { ...g.n } : { marketing: 0, it: 0 },
        gap: g?.gap ?? null,
        gapInterval: head?.test?.interval ?? null,
      };
    }),
  }));
  return { alignment, imperatives, items };
}
