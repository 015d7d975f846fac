// One small panel of the trends page drawn as inline SVG from its geometry (trend-chart-model.ts), and the legend
// of its lines. A server component: no chart library, nothing runs in the browser. The colours are the results
// page's (the theme's marketing and IT colours, and its gap blue); each side also has its own marker and dash, so
// nothing rests on colour alone.
import type { PanelModel } from "./trend-chart-model";

export type Marker = "circle" | "square" | "diamond";

export interface LineStyle {
  label: string;
  /** Tailwind stroke-… and fill-… classes of the line, its interval, its markers and its marks. */
  stroke: string;
  fill: string;
  marker: Marker;
  /** SVG stroke-dasharray of the line (none: solid). */
  dash?: string;
}

export const SIDE_STYLE = {
  marketing: { label: "Marketing", stroke: "stroke-marketing", fill: "fill-marketing", marker: "circle" },
  it: { label: "IT", stroke: "stroke-it", fill: "fill-it", marker: "square", dash: "5 3" },
} as const satisfies Record<string, LineStyle>;
// the results page's gap blue (#2563eb: 5.2:1 against white) and the page's ink for the index
export const GAP_STYLE: LineStyle = { label: "Marketing − IT", stroke: "stroke-blue-600", fill: "fill-blue-600", marker: "diamond" };
export const INDEX_STYLE: LineStyle = { label: "Alignment index", stroke: "stroke-ink", fill: "fill-ink", marker: "circle" };

function MarkerShape({ marker, x, y, className }: { marker: Marker; x: number; y: number; className: string }) {
  if (marker === "square") return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} className={className} />;
  if (marker === "diamond") return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y}L${x} ${y + 4.5}L${x - 4.5} ${y}Z`} className={className} />;
  return <circle cx={x} cy={y} r={3.75} className={className} />;
}

export function TrendPanel({
  model,
  styles,
  ariaLabel,
  describedBy,
  tickText = (v) => String(v).replace("-", "\u2212"),
}: {
  model: PanelModel;
  styles: Record<string, LineStyle>;
  ariaLabel: string;
  describedBy?: string;
  tickText?: (v: number) => string;
}) {
  const { box } = model;
  const right = box.width - box.right;
  return (
    <svg
      viewBox={`0 0 ${box.width} ${box.height}`}
      role="img"
      aria-label={ariaLabel}
      aria-describedby={describedBy}
      className="h-auto w-full max-w-md"
      fontSize={10}
    >
      {model.ticks.map((t) => (
        <g key={t.value}>
          <line x1={box.left} x2={right} y1={t.y} y2={t.y} className="stroke-slate-200" strokeWidth={1} />
          <text x={box.left - 4} y={t.y + 3.5} textAnchor="end" className="fill-muted">
            {tickText(t.value)}
          </text>
        </g>
      ))}
      {model.zeroY !== null ? <line x1={box.left} x2={right} y1={model.zeroY} y2={model.zeroY} className="stroke-slate-500" strokeWidth={1.25} /> : null}
      {model.waves.map((w) => (
        <text key={w.wave} x={w.x} y={box.height - box.bottom + 16} textAnchor="middle" className="fill-muted">
          {w.label}
        </text>
      ))}
      {model.lines.map((line) => {
        const style = styles[line.key]!;
        return (
          <g key={line.key}>
            {line.segments.map((s) => (
              <line key={s.from} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} className={style.stroke} strokeWidth={2} strokeDasharray={style.dash} />
            ))}
            {line.points.map((p) =>
              p.whisker ? (
                <path
                  key={`w${p.wave}`}
                  d={`M${p.x} ${p.whisker.yLow}V${p.whisker.yHigh}M${p.x - 3} ${p.whisker.yLow}h6M${p.x - 3} ${p.whisker.yHigh}h6`}
                  className={style.stroke}
                  strokeWidth={1.25}
                  fill="none"
                />
              ) : null,
            )}
            {line.points.map((p) => (
              <MarkerShape key={`m${p.wave}`} marker={style.marker} x={p.x} y={p.y} className={`${style.fill} stroke-white`} />
            ))}
            {line.marks.map((m) => (
              // a white halo keeps the mark readable where it crosses a line or an interval
              <text key={`l${m.pair}`} x={m.x} y={m.y} textAnchor="middle" fontSize={9.5} fontWeight={600} className={`${style.fill} stroke-white`} strokeWidth={3} paintOrder="stroke">
                {m.text}
              </text>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** The legend: each line's marker and dash in a small picture, then its name; decorative (each chart's name says it all). */
export function TrendLegend({ styles, interval = true, marks = true }: { styles: LineStyle[]; interval?: boolean; marks?: boolean }) {
  return (
    <p className="mt-2 flex flex-wrap items-center gap-4 text-sm" aria-hidden="true">
      {styles.map((s) => (
        <span key={s.label} className="inline-flex items-center gap-1">
          <svg viewBox="0 0 28 12" className="inline-block h-3 w-7">
            <line x1={1} x2={27} y1={6} y2={6} className={s.stroke} strokeWidth={2} strokeDasharray={s.dash} />
            <MarkerShape marker={s.marker} x={14} y={6} className={`${s.fill} stroke-white`} />
          </svg>
          {s.label}
        </span>
      ))}
      {interval ? <span>├─┤ 95% interval</span> : null}
      {marks ? <span>▲ rising · ▼ falling · = stable: a change that passed its test</span> : null}
    </p>
  );
}
