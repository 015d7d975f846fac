// The trends charts' geometry: scales, intervals in pixels, gaps for missing values, and marks only where a test passed.
import { describe, expect, it } from "vitest";
import type { TrendLabel } from "@/lib/scoring";
import {
  credibleChanges,
  fitLabel,
  gapValues,
  isCredible,
  linearScale,
  PANEL,
  panelModel,
  symmetricDomain,
  symmetricTicks,
  valuesInWords,
  waveX,
  type PanelBox,
} from "./trend-chart-model";

// plot area: x 20..220 (200 wide), y 10..110 (100 high), so 0-100 maps to one pixel a point
const BOX: PanelBox = { width: 230, height: 130, top: 10, right: 10, bottom: 20, left: 20 };
const pt = (value: number | null, interval: [number, number] | null = null) => ({ value, interval });

describe("scales", () => {
  it("maps a domain linearly onto a range, downwards for y", () => {
    const y = linearScale([0, 100], [110, 10]);
    expect(y(0)).toBe(110);
    expect(y(100)).toBe(10);
    expect(y(25)).toBe(85);
    const x = linearScale([-50, 50], [0, 200]);
    expect(x(0)).toBe(100);
    expect(x(-50)).toBe(0);
  });

  it("places n waves at the centres of n equal bands", () => {
    const x = waveX(2, BOX);
    expect(x(0)).toBe(70);
    expect(x(1)).toBe(170);
    expect(waveX(1, BOX)(0)).toBe(120);
    expect(waveX(4, PANEL)(3) - waveX(4, PANEL)(2)).toBeCloseTo((PANEL.width - PANEL.left - PANEL.right) / 4);
  });

  it("gives gaps one symmetric domain in steps of 25, at least ±25 and at most ±100", () => {
    expect(symmetricDomain([3, -7, null])).toEqual([-25, 25]);
    expect(symmetricDomain([30, -12])).toEqual([-50, 50]);
    expect(symmetricDomain([-51])).toEqual([-75, 75]);
    expect(symmetricDomain([180])).toEqual([-100, 100]);
    expect(symmetricDomain([])).toEqual([-25, 25]);
    expect(symmetricDomain([null, Number.NaN])).toEqual([-25, 25]);
  });

  it("ticks a gap domain at its ends, 0, and the halves only when they are whole steps", () => {
    expect(symmetricTicks([-25, 25])).toEqual([-25, 0, 25]);
    expect(symmetricTicks([-50, 50])).toEqual([-50, -25, 0, 25, 50]);
    expect(symmetricTicks([-75, 75])).toEqual([-75, 0, 75]);
    expect(symmetricTicks([-100, 100])).toEqual([-100, -50, 0, 50, 100]);
  });
});

describe("panelModel", () => {
  const base = { waveLabels: ["Wave 1", "Wave 2", "Wave 3"], domain: [0, 100] as const, ticks: [0, 50, 100], box: BOX };

  it("maps each value and its 95% interval to pixels, and the ticks to the same scale", () => {
    const m = panelModel({ ...base, waveLabels: ["Wave 1", "Wave 2"], lines: [{ key: "marketing", points: [pt(60, [45, 75]), pt(40, [20, 58])] }] });
    const [a, b] = m.lines[0]!.points;
    expect(a).toMatchObject({ wave: 0, value: 60, x: 70, y: 50, whisker: { low: 45, high: 75, yLow: 65, yHigh: 35 } });
    expect(b).toMatchObject({ wave: 1, x: 170, y: 70, whisker: { yLow: 90, yHigh: 52 } });
    expect(m.ticks).toEqual([
      { value: 0, y: 110 },
      { value: 50, y: 60 },
      { value: 100, y: 10 },
    ]);
    expect(m.lines[0]!.segments).toEqual([{ from: 0, to: 1, x1: 70, y1: 50, x2: 170, y2: 70 }]);
    expect(m.zeroY).toBeNull();
  });

  it("shifts a dodged line sideways, whisker and all, and keeps points without an interval whisker-free", () => {
    const m = panelModel({ ...base, waveLabels: ["A", "B"], lines: [{ key: "it", points: [pt(50, [40, 60]), pt(50)], dodge: 4 }] });
    expect(m.lines[0]!.points.map((p) => p.x)).toEqual([74, 174]);
    expect(m.lines[0]!.points[1]!.whisker).toBeNull();
  });

  it("leaves a gap for a missing value: no point, and no segment into or out of it", () => {
    const m = panelModel({
      ...base,
      waveLabels: ["W1", "W2", "W3", "W4"],
      lines: [{ key: "marketing", points: [pt(50), pt(null), pt(60), pt(70)], pairLabels: ["rising", "rising", "falling"] }],
    });
    const line = m.lines[0]!;
    expect(line.points.map((p) => p.wave)).toEqual([0, 2, 3]);
    expect(line.segments.map((s) => [s.from, s.to])).toEqual([[2, 3]]);
    // a label on a pair with a missing end has no segment to sit on
    expect(line.marks.map((k) => k.pair)).toEqual([2]);
  });

  it("marks only the pairs whose label passed its test", () => {
    const labels: TrendLabel[] = ["rising", "not distinguishable", "too few answers to tell", "falling", "stable"];
    const m = panelModel({
      ...base,
      waveLabels: ["1", "2", "3", "4", "5", "6"],
      lines: [{ key: "marketing", points: [pt(20), pt(40), pt(40), pt(41), pt(30), pt(31)], pairLabels: labels }],
    });
    expect(m.lines[0]!.marks.map((k) => [k.pair, k.label, k.text])).toEqual([
      [0, "rising", "▲ rising"],
      [3, "falling", "▼ falling"],
      [4, "stable", "= stable"],
    ]);
    expect(isCredible("not distinguishable")).toBe(false);
    expect(isCredible("too few answers to tell")).toBe(false);
    expect(isCredible(undefined)).toBe(false);
  });

  it("puts a mark at its segment's middle, above or below the line, inside the plot", () => {
    const line = { points: [pt(60), pt(40)], pairLabels: ["falling" as const] };
    const m = panelModel({
      ...base,
      waveLabels: ["A", "B"],
      lines: [
        { key: "marketing", ...line },
        { key: "it", ...line, markPlacement: "below" as const },
        { key: "top", points: [pt(100), pt(100)], pairLabels: ["stable" as const] },
      ],
    });
    expect(m.lines[0]!.marks[0]).toMatchObject({ x: 120, y: 60 - 7 });
    expect(m.lines[1]!.marks[0]).toMatchObject({ x: 120, y: 60 + 14 });
    expect(m.lines[2]!.marks[0]!.y).toBe(BOX.top + 8);
  });

  it("draws a zero line only when the domain spans 0, and clamps values outside the domain to the plot", () => {
    const m = panelModel({ ...base, waveLabels: ["A"], domain: [-25, 25], ticks: [-25, 0, 25], lines: [{ key: "gap", points: [pt(40)] }] });
    expect(m.zeroY).toBe(60);
    expect(m.lines[0]!.points[0]!.y).toBe(BOX.top);
  });

  it("cuts long wave labels to their band", () => {
    const m = panelModel({ ...base, waveLabels: ["Spring 2027 after the reorganisation", "B"], lines: [] });
    expect(m.waves[0]!.label.endsWith("…")).toBe(true);
    expect(m.waves[0]!.label.length).toBe(Math.floor(100 / 5.5));
    expect(m.waves[1]!.label).toBe("B");
    expect(fitLabel("Wave 1", 100)).toBe("Wave 1");
  });
});

describe("words and gaps", () => {
  it("computes marketing − IT only where both sides have a value", () => {
    expect(gapValues([pt(60), pt(null), pt(50)], [pt(45), pt(40), pt(null)])).toEqual([15, null, null]);
  });

  it("says every value, with signs for gaps, and 'no answers' for a missing one", () => {
    expect(valuesInWords([61.6, null], ["Wave 1", "Wave 2"])).toBe("62 in Wave 1, no answers in Wave 2");
    expect(valuesInWords([7.2, -3.4, 0.2], ["A", "B", "C"], true)).toBe("+7 in A, \u22123 in B, 0 in C");
  });

  it("names only the credible changes", () => {
    expect(credibleChanges("Marketing", ["not distinguishable", "rising"], ["W1", "W2", "W3"])).toEqual(["Marketing rising from W2 to W3"]);
    expect(credibleChanges("IT", ["too few answers to tell"], ["W1", "W2"])).toEqual([]);
  });
});
