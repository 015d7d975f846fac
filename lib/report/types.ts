// What the executive PDF report is drawn from: the same view models the results page, the workshop and the plan
// use (already anonymized by the code that builds them), plus the trend across waves. Types only.
import type { SidePair } from "@/lib/scoring/types";
import type { Interval } from "@/lib/scoring/types";
import type { PlanActionView } from "@/lib/plan/types";
import type { ResultsSummary } from "@/lib/results/summary";
import type { RevealedTeamResults } from "@/lib/results/types";
import type { WorkshopOutcomeRecord } from "@/lib/results/workshop-outcome";

/**
 * One earlier (or the current) revealed wave in the trend section. A minimal placeholder: the trend statistics
 * (lib/scoring/trend.ts) are being built separately; when they land, this type follows what they return.
 */
export interface ReportTrendWave {
  number: number;
  label: string;
  /** ISO timestamp of the reveal. */
  revealedAt: string | null;
  counts: SidePair<number>;
  alignmentIndex: number | null;
  alignmentInterval: Interval | null;
}

export interface ReportTrend {
  /** Oldest first, the reported wave last. */
  waves: ReportTrendWave[];
  /** Plain sentences about the changes (what rose, fell or stayed, with the evidence); shown as given. */
  notes: string[];
}

export interface ExecutiveReportInput {
  /** The wave's revealed results, as the results page shows them (anonymized by lib/results/revealed.ts). */
  results: RevealedTeamResults;
  /** The executive summary (buildResultsSummary(results) when left out). */
  summary?: ResultsSummary;
  /** The workshop outcomes recorded for this wave. */
  outcomes: readonly WorkshopOutcomeRecord[];
  /** The wave's action plan. */
  actions: readonly PlanActionView[];
  /** The trend over earlier waves; null when this is the first revealed wave. */
  trend: ReportTrend | null;
  /** When the report is generated (printed on the cover; also the PDF's creation date). */
  generatedAt: Date;
}
