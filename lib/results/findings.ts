// The credible findings of revealed team results, ranked: the ones the summary leads with, the workshop walks
// through and the action plan links to. Pure. Only labels that passed the scoring model's tests and its
// false-discovery step count ("wide"/"small" gaps, "above"/"below" published figures, "off" predictions); a raw
// difference never does (lib/scoring/README.md, "Evidence").
import type { Side } from "@/lib/domain";
import type { BenchmarkComparison, GapTest, ItemGap, MirrorPrediction } from "@/lib/scoring/types";
import type { ItemInfo, RevealedBody } from "./types";

/** What the findings read: the team result and the items as shown. */
type Results = Pick<RevealedBody, "items" | "team">;

export interface GapFinding {
  kind: "gap";
  itemKey: string;
  item: ItemInfo;
  gap: ItemGap;
  /** The test the label rests on (which answers it counts, each side's share or mean). */
  test: GapTest;
  /** marketing − IT, points, of the headline test; its 95% interval and adjusted p (q). */
  estimate: number;
  interval: readonly [number, number] | null;
  q: number | null;
}

export interface BenchmarkFinding {
  kind: "benchmark";
  itemKey: string;
  item: ItemInfo;
  comparison: BenchmarkComparison;
}

export interface MispredictionFinding {
  kind: "misprediction";
  itemKey: string;
  item: ItemInfo;
  /** The side that predicted the other. */
  predictingSide: Side;
  prediction: MirrorPrediction;
}

export type Finding = GapFinding | BenchmarkFinding | MispredictionFinding;

const itemsByKey = (results: Results) => new Map(results.items.map((i) => [i.key, i]));

/** The test a gap's label rests on: the first credible one ("wide" before "small"), else the headline. */
export function decisiveTest(gap: ItemGap): GapTest | undefined {
  return gap.tests.find((t) => t.label === "wide") ?? gap.tests.find((t) => t.label === "small") ?? gap.tests[0];
}

/**
 * Credible gaps between the sides, widest first: "wide" (credible and at least PRACTICAL_GAP points) before
 * "small" (credible, narrower), each group by the size of its decisive difference, ties by adjusted p.
 */
export function credibleGaps(results: Results): GapFinding[] {
  const items = itemsByKey(results);
  const rank = { wide: 0, small: 1 } as const;
  const out: GapFinding[] = [];
  for (const gap of results.team.gaps) {
    if (gap.label !== "wide" && gap.label !== "small") continue;
    const item = items.get(gap.itemKey);
    const test = decisiveTest(gap);
    if (!item || !test || test.estimate === null) continue;
    out.push({ kind: "gap", itemKey: gap.itemKey, item, gap, test, estimate: test.estimate, interval: test.test?.interval ?? null, q: test.test?.q ?? null });
  }
  return out.sort(
    (a, b) =>
      rank[a.gap.label as "wide" | "small"] - rank[b.gap.label as "wide" | "small"] ||
      Math.abs(b.estimate) - Math.abs(a.estimate) ||
      (a.q ?? 1) - (b.q ?? 1),
  );
}

/** Differences from published figures that passed the test ("above"/"below"), clearest (smallest q) first. */
export function benchmarkFindings(results: Results): BenchmarkFinding[] {
  const items = itemsByKey(results);
  return results.team.benchmarks
    .filter((c) => c.verdict === "above" || c.verdict === "below")
    .flatMap((comparison) => {
      const item = items.get(comparison.itemKey);
      return item ? [{ kind: "benchmark" as const, itemKey: comparison.itemKey, item, comparison }] : [];
    })
    .sort((a, b) => (a.comparison.test?.q ?? 1) - (b.comparison.test?.q ?? 1) || Math.abs(b.comparison.difference ?? 0) - Math.abs(a.comparison.difference ?? 0));
}

/** Predictions of the other side that were credibly off, largest error first. */
export function mispredictionFindings(results: Results): MispredictionFinding[] {
  const items = itemsByKey(results);
  const out: MispredictionFinding[] = [];
  for (const m of results.team.mirror.items) {
    const item = items.get(m.itemKey);
    if (!item) continue;
    for (const predictingSide of ["marketing", "it"] as const) {
      const prediction = m.predictions[predictingSide];
      if (prediction.label === "off") out.push({ kind: "misprediction", itemKey: m.itemKey, item, predictingSide, prediction });
    }
  }
  return out.sort((a, b) => (b.prediction.absError ?? 0) - (a.prediction.absError ?? 0));
}

/**
 * The summary's findings: up to `max` (default 5), taken in turn from the widest gaps, the clearest differences
 * from published figures and the clearest mis-predictions, so one kind cannot crowd out the others; an item
 * appears once.
 */
export function topFindings(results: Results, max = 5): Finding[] {
  const queues: Finding[][] = [credibleGaps(results), benchmarkFindings(results), mispredictionFindings(results)];
  const out: Finding[] = [];
  const seen = new Set<string>();
  while (out.length < max && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      while (queue.length > 0 && seen.has(queue[0]!.itemKey)) queue.shift();
      const next = queue.shift();
      if (!next || out.length >= max) continue;
      seen.add(next.itemKey);
      out.push(next);
    }
  }
  return out;
}
