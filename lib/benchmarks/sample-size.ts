// The sample size behind a published figure. Pure; works on any catalogue (the stored library at runtime).
import type { BenchmarkFigureDef, BenchmarkSourceDef } from "./types";

/**
 * The sample size behind a figure: its own `n`, else (for a figure of the full sample only) its source's sample
 * for the figure's population, else null.
 * - A subgroup-based figure ("59% of those unprepared") never takes the source's sample: the subgroup's size is
 *   unknown unless the figure publishes its own `n`, and the full sample would overstate its precision.
 * - A combined ("both") sample is never used for a marketing-only or IT-only figure: the size of the subgroup is
 *   unknown, and the combined total would overstate the figure's precision (e.g. the 2014 survey's 1,100+).
 */
export function sampleSize(figure: BenchmarkFigureDef, sources: readonly BenchmarkSourceDef[]): number | null {
  if (figure.n !== undefined) return figure.n;
  if (figure.base.kind !== "full") return null;
  const source = sources.find((s) => s.id === figure.sourceId);
  const own = source?.samples.find((s) => s.population === figure.population);
  return own && own.n > 0 ? own.n : null;
}
