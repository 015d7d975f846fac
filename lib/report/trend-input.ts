// The report's trend section from the trends page's view (lib/data/trends.ts): the revealed waves up to the
// reported one, each imperative's series over them, and the reported wave against the one before, with the same
// labels as the trends page. Pure.
import type { TrendsView } from "@/lib/data/trends";
import type { ReportTrend } from "./types";

/** Null when the reported wave is not among the revealed waves. */
export function reportTrendOf(view: Pick<TrendsView, "waves" | "series" | "pairs">, waveNumber: number): ReportTrend | null {
  const at = view.waves.findIndex((w) => w.number === waveNumber);
  if (at < 0) return null;
  return {
    waves: view.waves.slice(0, at + 1).map((w, i) => ({
      number: w.number,
      label: w.label,
      revealedAt: w.revealedAt,
      counts: w.counts,
      alignmentIndex: view.series.alignment[i]?.value ?? null,
      alignmentInterval: view.series.alignment[i]?.interval ?? null,
    })),
    imperatives: view.series.imperatives.map((s) => ({ imperative: s.imperative, marketing: s.marketing.slice(0, at + 1), it: s.it.slice(0, at + 1) })),
    change: at > 0 ? (view.pairs[at - 1] ?? null) : null,
  };
}
