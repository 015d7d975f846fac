// "Result impact" of an action (issue #15): how its linked questions moved between the wave the action was created
// in and the next revealed wave, read from the trend comparison of those two waves (lib/scoring/trend.ts). The
// labels are the trends page's own: a test per figure and one false-discovery step over every comparison the
// trends page shows, so an action never claims a change the trends page calls noise. Pure.
import { SIDE_LABEL, SIDES } from "@/lib/domain";
import { isCredibleChange, type ItemReadingTrend, type TrendExclusionReason, type TrendResult } from "@/lib/scoring";

export interface ImpactWave {
  number: number;
  label: string;
}

export interface ImpactItem {
  itemKey: string;
  /** The question in its words (both sides' wording when they differ), as the latest wave asks it. */
  question: string;
  readings: ItemReadingTrend[];
}

export type ResultImpact =
  | { state: "no-items" }
  /** The wave after the action's is not revealed yet (or not started). */
  | { state: "pending"; from: ImpactWave; next: ImpactWave | null }
  | { state: "measured"; from: ImpactWave; to: ImpactWave; items: ImpactItem[]; leftOut: { itemKey: string; question: string; reason: TrendExclusionReason | "not in the results" }[] };

export interface ImpactSource {
  /** Every wave of the assessment, in order, with whether it is revealed. */
  waves: (ImpactWave & { revealed: boolean })[];
  /** The revealed waves' numbers, in order, and pairs[i] compares revealed[i + 1] with revealed[i] (TrendsView.pairs). */
  revealed: number[];
  pairs: TrendResult[];
  /** Item key → its words. */
  questions: Map<string, string>;
}

/** The impact of one action created in wave `waveNumber` with these linked items. */
export function resultImpact(action: { waveNumber: number; itemKeys: readonly string[] }, source: ImpactSource): ResultImpact {
  if (action.itemKeys.length === 0) return { state: "no-items" };
  const wave = (n: number): ImpactWave => {
    const w = source.waves.find((x) => x.number === n);
    return { number: n, label: w?.label ?? `Wave ${n}` };
  };
  const from = wave(action.waveNumber);
  const at = source.revealed.indexOf(action.waveNumber);
  const pair = at >= 0 ? source.pairs[at] : undefined;
  const toNumber = at >= 0 ? source.revealed[at + 1] : undefined;
  if (!pair || toNumber === undefined) {
    const next = source.waves.find((w) => w.number > action.waveNumber);
    return { state: "pending", from, next: next ? { number: next.number, label: next.label } : null };
  }
  // never an internal key: a question the latest wave no longer asks is named as such
  const question = (key: string) => source.questions.get(key) ?? "a question no longer asked";
  const items: ImpactItem[] = [];
  const leftOut: Extract<ResultImpact, { state: "measured" }>["leftOut"] = [];
  for (const key of action.itemKeys) {
    const trend = pair.items.find((i) => i.itemKey === key);
    if (trend) {
      items.push({ itemKey: key, question: question(key), readings: trend.readings });
      continue;
    }
    const excluded = pair.excluded.find((x) => x.itemKey === key);
    leftOut.push({ itemKey: key, question: question(key), reason: excluded?.reason ?? "not in the results" });
  }
  return { state: "measured", from, to: wave(toNumber), items, leftOut };
}


/** The figures of a measured impact: each reading's two sides and its gap. */
function figures(items: ImpactItem[]) {
  return items.flatMap((i) => i.readings.flatMap((r) => [...SIDES.map((s) => r.sides[s]), r.gap]));
}

/** One line for the plan table: what moved credibly, or why nothing can be said yet. */
export function impactSummary(impact: ResultImpact): string {
  if (impact.state === "no-items") return "No linked question: nothing to measure";
  if (impact.state === "pending") {
    return impact.next
      ? `Measured once ${impact.next.label} is revealed`
      : `Measured once the next wave after ${impact.from.label} is revealed`;
  }
  const all = figures(impact.items);
  if (all.length === 0) return `${impact.from.label} → ${impact.to.label}: no linked question can be compared (${impact.leftOut.map((l) => l.reason).join("; ")})`;
  const moved: string[] = [];
  for (const item of impact.items) {
    for (const r of item.readings) {
      for (const s of SIDES) if (isCredibleChange(r.sides[s])) moved.push(`${SIDE_LABEL[s]} ${r.sides[s].label}`);
      if (r.gap.direction) moved.push(`gap ${r.gap.direction}`);
    }
  }
  const stable = all.filter((c) => c.label === "stable").length;
  const head = moved.length ? `${moved.length} credible change${moved.length === 1 ? "" : "s"} (${[...new Set(moved)].join(", ")})` : "no credible change";
  return `${impact.from.label} → ${impact.to.label}: ${head}; ${stable} of ${all.length} figures stable${impact.leftOut.length ? `; ${impact.leftOut.length} question${impact.leftOut.length === 1 ? "" : "s"} left out` : ""}`;
}
