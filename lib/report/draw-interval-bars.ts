// A horizontal bar chart with 95% intervals, drawn in PDF vectors: the PDF twin of components/charts'
// IntervalBarChart (bars per series, the interval as a line with caps across each bar, filled or outlined bars).
// Every label and value is real text, so it can be selected and read aloud.
import type { Interval } from "@/lib/scoring/types";

export interface BarSeries {
  label: string;
  color: string;
  values: (number | null)[];
  intervals: (Interval | null)[];
  /** Per row: filled (credible) or outlined (could be chance); default filled. */
  filled?: boolean[];
}

export interface IntervalBarsSpec {
  labels: string[];
  series: BarSeries[];
  min: number;
  max: number;
  ticks: number[];
  rowHeight: number;
  axisTitle: string;
  /** The value column's text for a row and series ("62.3 (55.0 to 70.1)"). */
  valueText: (row: number, series: number) => string;
}

const AXIS_HEIGHT = 26;
const LABEL_SIZE = 7.5;
const VALUE_SIZE = 7;

export const intervalBarsHeight = (spec: Pick<IntervalBarsSpec, "labels" | "rowHeight">) => spec.labels.length * spec.rowHeight + AXIS_HEIGHT;

function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let s = text;
  while (s.length > 1 && doc.widthOfString(`${s}…`) > width) s = s.slice(0, -1);
  return `${s.trimEnd()}…`;
}

export function drawIntervalBars(doc: PDFKit.PDFDocument, x: number, y: number, width: number, spec: IntervalBarsSpec): void {
  const labelWidth = Math.round(width * 0.4);
  const valueWidth = 92;
  const plotX = x + labelWidth + 4;
  const plotWidth = width - labelWidth - valueWidth - 12;
  const plotBottom = y + spec.labels.length * spec.rowHeight;
  const scale = (v: number) => plotX + ((Math.min(spec.max, Math.max(spec.min, v)) - spec.min) / (spec.max - spec.min)) * plotWidth;
  const base = scale(Math.max(spec.min, Math.min(0, spec.max)));

  doc.save();
  // grid and axis
  for (const t of spec.ticks) {
    const tx = scale(t);
    doc.moveTo(tx, y).lineTo(tx, plotBottom).lineWidth(t === 0 ? 0.8 : 0.4).strokeColor(t === 0 ? "#6b7280" : "#e5e7eb").stroke();
    doc.font("regular").fontSize(VALUE_SIZE).fillColor("#374151").text(String(t).replace("-", "\u2212"), tx - 15, plotBottom + 3, { width: 30, align: "center", lineBreak: false });
  }
  doc.font("regular").fontSize(VALUE_SIZE).fillColor("#374151").text(spec.axisTitle, plotX, plotBottom + 13, { width: plotWidth, align: "center", lineBreak: false });

  const n = spec.series.length;
  spec.labels.forEach((label, row) => {
    const top = y + row * spec.rowHeight;
    doc.font("regular").fontSize(LABEL_SIZE).fillColor("#111827");
    doc.text(fit(doc, label, labelWidth - 6), x, top + spec.rowHeight / 2 - LABEL_SIZE * 0.62, { width: labelWidth - 4, lineBreak: false });
    const band = (spec.rowHeight - 4) / n;
    spec.series.forEach((s, si) => {
      const v = s.values[row];
      const barTop = top + 2 + si * band + band * 0.12;
      const barHeight = band * 0.76;
      const mid = barTop + barHeight / 2;
      if (v !== null && v !== undefined) {
        const x0 = Math.min(base, scale(v));
        const w = Math.max(0.8, Math.abs(scale(v) - base));
        const filled = s.filled?.[row] ?? true;
        if (filled) doc.rect(x0, barTop, w, barHeight).fill(s.color);
        else doc.rect(x0, barTop, w, barHeight).lineWidth(1).fillAndStroke("#ffffff", s.color);
      }
      const i = s.intervals[row];
      if (i) {
        const [a, b] = [scale(i[0]), scale(i[1])];
        const cap = Math.min(3, barHeight / 2);
        doc.lineWidth(1).strokeColor("#111827");
        doc.moveTo(a, mid).lineTo(b, mid).stroke();
        doc.moveTo(a, mid - cap).lineTo(a, mid + cap).stroke();
        doc.moveTo(b, mid - cap).lineTo(b, mid + cap).stroke();
      }
      doc.font("regular").fontSize(VALUE_SIZE).fillColor("#111827");
      doc.text(spec.valueText(row, si), x + width - valueWidth, mid - VALUE_SIZE * 0.6, { width: valueWidth, lineBreak: false });
    });
  });
  doc.restore();
}
