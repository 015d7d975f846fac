// What the executive PDF report is drawn from: the same view models the results page, the workshop and the plan
// use (already anonymized by the code that builds them), plus the trend across waves. Types only.
import type { ImperativeId } from "@/lib/domain";
import type { SeriesPoint, TrendResult } from "@/lib/scoring";
import type { Interval, SidePair } from "@/lib/scoring/types";
import type { ResultImpact } from "@/lib/plan/result-impact";
import type { PlanActionView } from "@/lib/plan/types";
import type { ResultsSummary } from "@/lib/results/summary";
import type { RevealedTeamResults } from "@/lib/results/types";
import type { WorkshopOutcomeRecord } from "@/lib/results/workshop-outcome";

/** One revealed wave in the trend section (the reported wave last). */
export interface ReportTrendWave {
  number: number;
  label: string;
  /** ISO timestamp of the reveal. */
  revealedAt: string | null;
  counts: SidePair<number>;
  alignmentIndex: number | null;
  alignmentInterval: Interval | null;
}

/** The trend up to the reported wave, as the trends page computes it (lib/data/trends.ts; lib/report/trend-input.ts). */
export interface ReportTrend {
  /** Revealed waves, oldest first, the reported wave last. */
  waves: ReportTrendWave[];
  /** Each imperative's score per side in each of those waves, with its own interval. */
  imperatives: { imperative: ImperativeId; marketing: SeriesPoint[]; it: SeriesPoint[] }[];
  /** The reported wave against the revealed wave before it, labelled by the trends page's false-discovery step; null for a first wave. */
  change: TrendResult | null;
}

export interface ExecutiveReportInput {
  /** The wave's revealed results, as the results page shows them (anonymized by lib/results/revealed.ts). */
  results: RevealedTeamResults;
  /** The executive summary (buildResultsSummary(results) when left out). */
  summary?: ResultsSummary;
  /** The workshop outcomes recorded for this wave. */
  outcomes: readonly WorkshopOutcomeRecord[];
  /** The action plan up to this wave: its own actions and those carried from earlier waves. */
  actions: readonly PlanActionView[];
  /** Each action's result impact by action id (lib/plan/result-impact.ts); none shown when left out. */
  impacts?: ReadonlyMap<string, ResultImpact>;
  /** The trend over earlier waves; null when this is the first revealed wave. */
  trend: ReportTrend | null;
  /** When the report is generated (printed on the cover; also the PDF's creation date). */
  generatedAt: Date;
}
