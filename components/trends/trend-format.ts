// How a trend comparison reads in a table cell: the value with its interval, and the change with its interval (the
// label is shown as is: "rising" / "falling" passed the test after the false-discovery step, "stable" its
// equivalence test). Pure.
import type { SeriesPoint, TrendComparison } from "@/lib/scoring";

const MINUS = "\u2212";
const r0 = (x: number) => String(Math.round(x)).replace("-", MINUS);
const signed = (x: number) => (x > 0 ? `+${r0(x)}` : r0(x));

export function pointText(p: SeriesPoint | undefined, unit = ""): string {
  if (!p || p.value === null) return "no answers";
  return p.interval ? `${r0(p.value)}${unit} (${r0(p.interval[0])} to ${r0(p.interval[1])})` : `${r0(p.value)}${unit}`;
}

export function changeText(c: TrendComparison): string {
  if (c.change === null) return "no change can be computed";
  return c.interval ? `${signed(c.change)} points (${signed(c.interval[0])} to ${signed(c.interval[1])})` : `${signed(c.change)} points`;
}
