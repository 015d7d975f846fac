"use client";

// The five imperatives as a grouped bar chart (chart.js, registering only the pieces a bar chart needs, so the
// rest of the library is tree-shaken away). Only the team results page imports this file. The page renders the
// same numbers in a data table: the chart is a picture of the table, labelled as such for screen readers.
import { useEffect, useRef } from "react";
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ImperativeChartRow {
  label: string;
  marketing: number | null;
  it: number | null;
  benchmark: number | null;
}

const COLORS = { marketing: "#8a2be2", it: "#0b6e99", benchmark: "#475569" };

export function ImperativesChart({ rows, describedBy }: { rows: ImperativeChartRow[]; describedBy: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const noBenchmark = rows.every((r) => r.benchmark === null);
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: {
        labels: rows.map((r) => r.label),
        datasets: [
          { label: "Marketing", data: rows.map((r) => r.marketing), backgroundColor: COLORS.marketing, borderColor: COLORS.marketing },
          // IT bars are outlined as well as filled, so the two sides differ by more than colour.
          { label: "IT", data: rows.map((r) => r.it), backgroundColor: `${COLORS.it}99`, borderColor: COLORS.it, borderWidth: 2 },
          {
            label: noBenchmark ? "Benchmark (no published score)" : "Benchmark",
            data: rows.map((r) => r.benchmark),
            backgroundColor: COLORS.benchmark,
            borderColor: COLORS.benchmark,
          },
        ],
      },
      options: {
        animation: reduceMotion ? false : { duration: 300 },
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: "y",
        scales: {
          x: { min: 0, max: 100, title: { display: true, text: "Score, 0-100 (higher is closer to the imperative)" } },
          y: { ticks: { autoSkip: false } },
        },
        plugins: { legend: { position: "bottom" }, tooltip: { enabled: true } },
      },
    });
    return () => chart.destroy();
  }, [rows]);

  return (
    <div className="relative h-80 w-full">
      <canvas
        ref={canvas}
        role="img"
        aria-label="Bar chart of the five imperative scores for marketing, IT and the benchmark. The table that follows gives every value."
        aria-describedby={describedBy}
      />
    </div>
  );
}
