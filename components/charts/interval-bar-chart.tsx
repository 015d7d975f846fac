"use client";

// Horizontal bars with 95% interval whiskers (chart.js, registering only what a bar chart needs, so the rest of
// the library is tree-shaken away). Two pictures of the team results use it: the imperatives (a bar per side)
// and the diverging gap chart (marketing − IT per question, credible gaps filled, the rest outlined). Only the
// facilitator's results page imports this file; the page renders the same numbers as a table (decision 15).
import { useEffect, useRef } from "react";
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface IntervalSeries {
  label: string;
  color: string;
  values: (number | null)[];
  intervals: (readonly [number, number] | null)[];
  /** Per bar: filled (true, the default) or drawn as an outline only (e.g. a difference that could be chance). */
  filled?: boolean[];
}

export interface IntervalBarChartProps {
  /** One label per row (already short; the table alternative carries the full wording). */
  labels: string[];
  series: IntervalSeries[];
  min: number;
  max: number;
  axisTitle: string;
  /** The canvas's accessible name; say what it shows and that a table gives every value. */
  ariaLabel: string;
  describedBy?: string;
  /** Pixel height of each row (default 36). */
  rowHeight?: number;
  /** The tooltip's unit after a value ("%", " points", ""). */
  unit?: string;
}

const r0 = (x: number) => String(Math.round(x)).replace("-", "\u2212");

// whiskers: a line from the interval's low to its high end through the middle of each bar, with end caps
const whiskers: Plugin<"bar"> = {
  id: "intervalWhiskers",
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const x = chart.scales.x!;
    chart.data.datasets.forEach((dataset, d) => {
      const meta = chart.getDatasetMeta(d);
      if (meta.hidden) return;
      const intervals = (dataset as unknown as { intervals?: (readonly [number, number] | null)[] }).intervals ?? [];
      meta.data.forEach((bar, i) => {
        const interval = intervals[i];
        if (!interval) return;
        const { y, height } = bar.getProps(["y", "height"], true) as { y: number; height: number };
        const lo = x.getPixelForValue(interval[0]);
        const hi = x.getPixelForValue(interval[1]);
        const cap = Math.max(3, Math.min(6, height / 3));
        ctx.save();
        ctx.strokeStyle = "#111827";
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.moveTo(lo, y);
        ctx.lineTo(hi, y);
        ctx.moveTo(lo, y - cap);
        ctx.lineTo(lo, y + cap);
        ctx.moveTo(hi, y - cap);
        ctx.lineTo(hi, y + cap);
        ctx.stroke();
        ctx.restore();
      });
    });
  },
};

export function IntervalBarChart({ labels, series, min, max, axisTitle, ariaLabel, describedBy, rowHeight = 36, unit = "" }: IntervalBarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: {
        labels,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values,
          intervals: s.intervals,
          backgroundColor: s.values.map((_, i) => (s.filled?.[i] === false ? "#ffffff" : s.color)),
          borderColor: s.color,
          borderWidth: 1.5,
        })),
      },
      options: {
        animation: reduceMotion ? false : { duration: 300 },
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: "y",
        scales: {
          x: { min, max, title: { display: true, text: axisTitle } },
          y: { ticks: { autoSkip: false } },
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: (item) => {
                const s = series[item.datasetIndex]!;
                const v = s.values[item.dataIndex];
                const i = s.intervals[item.dataIndex];
                return `${s.label}: ${v === null || v === undefined ? "n/a" : `${r0(v)}${unit}`}${i ? ` (95% interval ${r0(i[0])} to ${r0(i[1])})` : ""}`;
              },
            },
          },
        },
      },
      plugins: [whiskers],
    });
    return () => chart.destroy();
  }, [labels, series, min, max, axisTitle, unit]);

  const height = Math.max(160, labels.length * rowHeight * Math.max(1, series.length * 0.75) + 70);
  return (
    <div className="relative w-full" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={ariaLabel} aria-describedby={describedBy} />
    </div>
  );
}
