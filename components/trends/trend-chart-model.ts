// The geometry of the trends page's small-multiples charts (components/trends/trend-charts.tsx draws it as inline
// SVG): the wave positions, the value scale, each line's points with their 95% interval as pixel ends, the
// segments between consecutive waves that both have a value (a missing value leaves a gap, never a bridge), and a
// mark on a segment only where the pair's label passed its test. Pure: no React, no I/O.
import type { Interval, TrendLabel } from "@/lib/scoring";

export interface PanelBox {
  width: number;
  height: number;
  /** Inner margins around the plot area (axis labels live there). */
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** One small panel, in SVG user units (the SVG scales to its container by its viewBox). */
export const PANEL: PanelBox = { width: 260, height: 180, top: 16, right: 10, bottom: 30, left: 34 };

/** The labels worth drawing: rising/falling passed the test after the false-discovery step, stable its equivalence test. */
export type CredibleLabel = "rising" | "falling" | "stable";
export const isCredible = (label: TrendLabel | undefined): label is CredibleLabel => label === "rising" || label === "falling" || label === "stable";
export const MARK_TEXT: Record<CredibleLabel, string> = { rising: "▲ rising", falling: "▼ falling", stable: "= stable" };

/** value ↦ pixel, linear through domain → range (range may run downwards, as y does). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** The centre of wave i's band: n waves share the plot width equally, so the first and last points keep a margin. */
export function waveX(count: number, box: PanelBox = PANEL): (wave: number) => number {
  const plot = box.width - box.left - box.right;
  return (wave) => box.left + (plot * (wave + 0.5)) / Math.max(1, count);
}

/**
 * A symmetric domain [−d, d] for gaps (marketing − IT of two 0-100 scores): d the largest |value| rounded up to a
 * multiple of `step`, at least `step`, at most 100, so all panels share one scale that still shows small gaps.
 */
export function symmetricDomain(values: readonly (number | null)[], step = 25): [number, number] {
  const largest = Math.max(0, ...values.flatMap((v) => (v === null || !Number.isFinite(v) ? [] : [Math.abs(v)])));
  const d = Math.min(100, Math.max(step, Math.ceil(largest / step) * step));
  return [-d, d];
}

/** Ticks of a symmetric domain: its ends and 0, and the halves when they are whole multiples of 25 (±25, ±50). */
export function symmetricTicks([lo, hi]: readonly [number, number]): number[] {
  const half = hi / 2;
  return half % 25 === 0 ? [lo, -half, 0, half, hi] : [lo, 0, hi];
}

export interface LineInput {
  key: string;
  /** One per wave, in wave order (index = wave). */
  points: readonly { value: number | null; interval: Interval | null }[];
  /** pairLabels[i]: the label of wave i + 1 against wave i; only credible ones become marks. */
  pairLabels?: readonly (TrendLabel | undefined)[];
  /** Horizontal shift in pixels, so that two sides' intervals at one wave do not hide each other. */
  dodge?: number;
  /** Where a segment's mark sits: above the segment (default) or below it. */
  markPlacement?: "above" | "below";
}

export interface PlottedPoint {
  wave: number;
  value: number;
  x: number;
  y: number;
  /** The 95% interval's ends in pixels (yLow for the low end, so yLow ≥ yHigh on screen); null without an interval. */
  whisker: { low: number; high: number; yLow: number; yHigh: number } | null;
}

export interface Segment {
  from: number;
  to: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface SegmentMark {
  /** The pair: wave `pair` against wave `pair + 1`. */
  pair: number;
  label: CredibleLabel;
  text: string;
  x: number;
  y: number;
}

export interface PlottedLine {
  key: string;
  points: PlottedPoint[];
  segments: Segment[];
  marks: SegmentMark[];
}

export interface PanelModel {
  box: PanelBox;
  waves: { wave: number; x: number; label: string }[];
  ticks: { value: number; y: number }[];
  /** The y of 0 when the domain spans it strictly inside (a gap chart's reference line), else null. */
  zeroY: number | null;
  lines: PlottedLine[];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** A wave label cut to what fits in its band (about 5.5 units a character at the axis font size); the tables keep it whole. */
export const fitLabel = (label: string, band: number) => {
  const max = Math.max(3, Math.floor(band / 5.5));
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
};

export function panelModel(opts: {
  waveLabels: readonly string[];
  domain: readonly [number, number];
  ticks: readonly number[];
  lines: readonly LineInput[];
  box?: PanelBox;
}): PanelModel {
  const box = opts.box ?? PANEL;
  const n = opts.waveLabels.length;
  const x = waveX(n, box);
  const plotTop = box.top;
  const plotBottom = box.height - box.bottom;
  const yRaw = linearScale(opts.domain, [plotBottom, plotTop]);
  const y = (v: number) => clamp(yRaw(v), plotTop, plotBottom);
  const band = (box.width - box.left - box.right) / Math.max(1, n);
  const [lo, hi] = opts.domain;

  const lines = opts.lines.map((line): PlottedLine => {
    const dodge = line.dodge ?? 0;
    const byWave = new Map<number, PlottedPoint>();
    line.points.slice(0, n).forEach((p, wave) => {
      if (p.value === null || !Number.isFinite(p.value)) return;
      const whisker = p.interval ? { low: p.interval[0], high: p.interval[1], yLow: y(p.interval[0]), yHigh: y(p.interval[1]) } : null;
      byWave.set(wave, { wave, value: p.value, x: x(wave) + dodge, y: y(p.value), whisker });
    });
    const segments: Segment[] = [];
    const marks: SegmentMark[] = [];
    for (let wave = 0; wave + 1 < n; wave++) {
      const a = byWave.get(wave);
      const b = byWave.get(wave + 1);
      if (!a || !b) continue; // a missing value leaves a gap
      segments.push({ from: wave, to: wave + 1, x1: a.x, y1: a.y, x2: b.x, y2: b.y });
      const label = line.pairLabels?.[wave];
      if (isCredible(label)) {
        const mid = (a.y + b.y) / 2;
        const my = line.markPlacement === "below" ? mid + 14 : mid - 7;
        marks.push({ pair: wave, label, text: MARK_TEXT[label], x: (a.x + b.x) / 2, y: clamp(my, plotTop + 8, plotBottom - 3) });
      }
    }
    return { key: line.key, points: [...byWave.values()], segments, marks };
  });

  return {
    box,
    waves: opts.waveLabels.map((label, wave) => ({ wave, x: x(wave), label: fitLabel(label, band) })),
    ticks: opts.ticks.map((value) => ({ value, y: y(value) })),
    zeroY: lo < 0 && hi > 0 ? y(0) : null,
    lines,
  };
}

// ---------------------------------------------------------------- the words of each chart

const MINUS = "\u2212";
const r0 = (v: number) => String(Math.round(v)).replace("-", MINUS);
/** A gap in whole points with its sign: "+7", "−3", "0". */
export const signedPoints = (v: number) => (Math.round(v) > 0 ? `+${r0(v)}` : r0(v));

/** marketing − IT per wave; null unless both sides have a score (no interval: the page has no test of this gap). */
export function gapValues(marketing: readonly { value: number | null }[], it: readonly { value: number | null }[]): (number | null)[] {
  return marketing.map((m, i) => {
    const t = it[i]?.value ?? null;
    return m.value === null || t === null ? null : m.value - t;
  });
}

/** "62 in Wave 1, 65 in Wave 2" (with signs for gaps), "no answers" where a wave has none. */
export function valuesInWords(values: readonly (number | null)[], waveLabels: readonly string[], gap = false): string {
  return values.map((v, i) => `${v === null ? "no answers" : gap ? signedPoints(v) : r0(v)} in ${waveLabels[i] ?? `wave ${i + 1}`}`).join(", ");
}

/** The credible changes of one line in words: "marketing rising from Wave 1 to Wave 2"; empty when none. */
export function credibleChanges(name: string, pairLabels: readonly (TrendLabel | undefined)[], waveLabels: readonly string[]): string[] {
  return pairLabels.flatMap((label, i) => (isCredible(label) ? [`${name} ${label} from ${waveLabels[i]} to ${waveLabels[i + 1]}`] : []));
}
