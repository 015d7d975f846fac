// The executive PDF report of one revealed wave, drawn on the server with pdfkit (no browser; decision 41): cover,
// two-minute summary, the two charts as vectors, the widest credible gaps, the published comparisons, the
// recommendations, the workshop outcomes, the action plan, the trend and the methods. Pure: everything it shows
// comes from the input, which carries only what the anonymized results page carries.
import { buildResultsSummary } from "@/lib/results/summary";
import { ReportWriter } from "./report-writer";
import { writeCharts } from "./sections/charts";
import { writeComparisons } from "./sections/comparisons";
import type { ReportContext } from "./sections/context";
import { writeCover } from "./sections/cover";
import { writeGaps } from "./sections/gaps";
import { writeMethods } from "./sections/methods";
import { writePlan } from "./sections/plan";
import { writeRecommendations } from "./sections/recommendations";
import { writeSummary } from "./sections/summary";
import { writeTrend } from "./sections/trend";
import { writeWorkshop } from "./sections/workshop";
import type { ExecutiveReportInput } from "./types";

export interface RenderOptions {
  /** Where the font files are (default: assets/fonts under the working directory). */
  fontDir?: string;
}

export async function renderExecutiveReport(input: ExecutiveReportInput, options: RenderOptions = {}): Promise<Buffer> {
  const { results } = input;
  const c: ReportContext = {
    ...input,
    summary: input.summary ?? buildResultsSummary(results),
    impacts: input.impacts ?? new Map(),
    itemsByKey: new Map(results.items.map((i) => [i.key, i])),
  };
  const title = `${results.assessment.organizationName}: ${results.assessment.title}, ${results.wave.label}`;
  const w = new ReportWriter({ title, subject: "CMO-CIO alignment: executive report", createdAt: input.generatedAt, fontDir: options.fontDir });
  writeCover(w, c);
  writeSummary(w, c);
  writeCharts(w, c);
  writeGaps(w, c);
  writeComparisons(w, c);
  writeRecommendations(w, c);
  writeWorkshop(w, c);
  writePlan(w, c);
  writeTrend(w, c);
  writeMethods(w, c);
  return w.finish(title);
}
