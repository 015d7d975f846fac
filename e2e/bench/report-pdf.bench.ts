// Executive PDF bench: the report of 500 respondents (250 per side, 10 leaders and 240 team members each), drawn by
// renderExecutiveReport from results built without a database (the same pure steps getTeamResults runs), beside a
// baseline in the same run: rendering the results page's main sections (summary, charts, imperatives) to HTML
// with react-dom/server, from the same results (the summary built in both).
// Goals (issue #15): server work ≤ 2 s, size ≤ 1.5 MB, memory growth ≤ 100 MB in a fresh process, with two earlier
// waves: the trend is computed as the export computes it (each of the three waves scored, consecutiveTrends,
// trendSeries, reportTrendOf) and timed with the rendering; reading the answers from the database is not included
// (measured separately: ~15 ms per 500 respondents, lib/data/wave-respondents.ts), and neither is making the three
// waves' answers (test fixtures, made before the first run).
// Memory (Linux: lib/test/peak-rss.ts): "first report" is the peak RSS while the first report of this fresh process is
// made (trend + rendering) less the RSS just before it (modules loaded, inputs built, after a GC); "peak over the
// runs" is the highest RSS while any of the RUNS reports was made, less that same starting RSS.
//   node --expose-gc --import tsx e2e/bench/report-pdf.bench.ts   (not react-server: the chart component is a client leaf)
import { performance } from "node:perf_hooks";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Side, Tier } from "../../lib/domain";
import { QUESTIONNAIRE_V1 } from "../../lib/questionnaire/builtin";
import type { AnswerValue } from "../../lib/questionnaire/types";
import { renderExecutiveReport } from "../../lib/report/render-executive-report";
import { reportTrendOf } from "../../lib/report/trend-input";
import type { ReportTrend } from "../../lib/report/types";
import { comparedQuestionnaire } from "../../lib/results/items";
import { consecutiveTrends, trendSeries } from "../../lib/scoring";
import { scoreTeam } from "../../lib/scoring/team";
import { actionsFor, outcomesFor } from "../../lib/report/test-input";
import { buildRevealedResults } from "../../lib/results/revealed";
import { buildResultsSummary } from "../../lib/results/summary";
import type { RevealedTeamResults } from "../../lib/results/types";
import { applyAnonymity, type AnonymityRespondent } from "../../lib/scoring/anonymity";
import { completeAnswers } from "../../lib/test/answers";
import { builtinCatalogue } from "../../lib/test/catalogue";
import { ResultsCharts } from "../../components/results/results-charts";
import { ImperativeSections } from "../../components/results/imperative-sections";
import { SummarySection } from "../../components/results/summary-section";
import { peakRss, rssMb } from "../../lib/test/peak-rss";

const PER_SIDE = Number(process.env.BENCH_PER_SIDE ?? 250);
const LEADERS = 10;
const RUNS = 5;
const GOALS = { ms: 2000, bytes: 1.5 * 1024 * 1024, memoryMb: 100 };

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const catalogue = builtinCatalogue(QUESTIONNAIRE_V1);

/** One wave's people: the same 500 answering with the wave's own seeds. */
function people(wave: number): AnonymityRespondent[] {
  const out: AnonymityRespondent[] = [];
  for (const side of ["marketing", "it"] as const satisfies readonly Side[]) {
    for (let i = 0; i < PER_SIDE; i++) {
      const tier: Tier = i < LEADERS ? "leader" : "team";
      out.push({ id: `${side}-${i}`, side, tier, consentShowName: false, name: `P ${side} ${i}`, answers: completeAnswers(QUESTIONNAIRE_V1, side, i + (side === "it" ? 10_000 : 0) + wave * 100_000) as Record<string, AnswerValue> });
    }
  }
  return out;
}

/** What the export computes for the trend of wave 3 over waves 1-3 (lib/data/trends.ts's steps, without the database). */
function trendOfThreeWaves(waves: readonly AnonymityRespondent[][]): ReportTrend {
  const q = comparedQuestionnaire(catalogue.questionnaire);
  const teams = waves.map((respondents) => scoreTeam(q, applyAnonymity(respondents).visible, catalogue.figures));
  const keys = q.items.map((i) => i.key);
  const view = {
    waves: [1, 2, 3].map((n, i) => ({ number: n, label: `Wave ${n}`, revealedAt: `2026-0${n * 3}-20T09:00:00.000Z`, questionnaireVersion: "v1", counts: teams[i]!.counts })),
    series: trendSeries(teams),
    pairs: consecutiveTrends(teams, [keys, keys]),
  };
  return reportTrendOf(view, 3)!;
}

function results(): RevealedTeamResults {
  const body = buildRevealedResults(catalogue, applyAnonymity(people(3)), { lateSubmissions: 0 });
  return {
    assessment: { id: "a1", title: "Alignment check", organizationName: "Bench Corp", questionnaireVersion: "v1" },
    wave: { id: "w3", number: 3, label: "Wave 3", status: "revealed", revealedAt: "2026-11-20T09:30:00.000Z" },
    waves: [1, 2, 3].map((n) => ({ number: n, label: `Wave ${n}`, revealed: true })),
    quorum: { marketing: { submitted: PER_SIDE, required: 3, met: true }, it: { submitted: PER_SIDE, required: 3, met: true }, met: true },
    sealed: false,
    revealedAt: "2026-11-20T09:30:00.000Z",
    ...body,
  };
}

async function main() {
  const r = results();
  const waves = [1, 2, 3].map(people); // what lib/data/wave-respondents.ts reads from the database
  const pdfMs: number[] = [];
  const trendMs: number[] = [];
  const htmlMs: number[] = [];
  const peaks: (number | null)[] = [];
  let bytes = 0;
  let html = 0;
  const peak = peakRss();
  gc();
  const before = rssMb();
  for (let i = 0; i < RUNS; i++) {
    peak.reset();
    let t0 = performance.now();
    const trend = trendOfThreeWaves(waves);
    trendMs.push(performance.now() - t0);
    const pdf = await renderExecutiveReport({ results: r, outcomes: outcomesFor(r), actions: actionsFor(r), trend, generatedAt: new Date("2026-12-01T10:00:00Z") });
    pdfMs.push(performance.now() - t0);
    peaks.push(peak.read());
    bytes = pdf.length;
    t0 = performance.now();
    html = renderToStaticMarkup(
      createElement("div", null, createElement(SummarySection, { summary: buildResultsSummary(r) }), createElement(ResultsCharts, { results: r }), createElement(ImperativeSections, { results: r })),
    ).length;
    htmlMs.push(performance.now() - t0);
  }
  const first = pdfMs[0]!;
  const firstGrowth = peaks[0] == null ? null : mb((peaks[0] - before) * 1024 * 1024);
  const highest = peaks.every((p) => p != null) ? Math.max(...(peaks as number[])) : null;
  const memoryGoal = firstGrowth == null ? "not measured (needs Linux /proc)" : firstGrowth <= GOALS.memoryMb ? "met" : "MISSED";
  const out = {
    respondents: 2 * PER_SIDE,
    waves: 3,
    runs: RUNS,
    work_first_ms: Math.round(first), // trend (three waves scored) + rendering
    trend_part_first_ms: Math.round(trendMs[0]!),
    render_part_first_ms: Math.round(first - trendMs[0]!),
    work_median_ms: Math.round(median(pdfMs)),
    trend_part_median_ms: Math.round(median(trendMs)),
    work_ms_each: pdfMs.map(Math.round),
    trend_part_ms_each: trendMs.map(Math.round),
    pdf_bytes: bytes,
    rss_before_first_mb: mb(before * 1024 * 1024),
    memory_growth_first_report_mb: firstGrowth, // peak RSS during the first report − RSS before it
    memory_growth_peak_over_runs_mb: highest == null ? null : mb((highest - before) * 1024 * 1024),
    peak_rss_mb: highest == null ? null : mb(highest * 1024 * 1024),
    html_median_ms: Math.round(median(htmlMs)),
    html_chars: html,
    goals: `server work ≤ ${GOALS.ms} ms: ${first <= GOALS.ms ? "met" : "MISSED"} (first run); size ≤ 1.5 MB: ${bytes <= GOALS.bytes ? "met" : "MISSED"}; memory growth ≤ ${GOALS.memoryMb} MB (first report, fresh process): ${memoryGoal}`,
  };
  console.log(JSON.stringify(out, null, 2));
}

await main();
