import Link from "next/link";
import { notFound } from "next/navigation";
import { FreeText } from "@/components/results/free-text";
import { GapOfGapsSection } from "@/components/results/gap-of-gaps";
import { Heatmap } from "@/components/results/heatmap";
import { ImperativeSections } from "@/components/results/imperative-sections";
import { AlignmentDetail, DetailsSection, StatisticsDetail, WhoIsCounted } from "@/components/results/overview";
import { PrintSummaryButton } from "@/components/results/print-summary-button";
import { ResultsCharts } from "@/components/results/results-charts";
import { SealedPanel } from "@/components/results/sealed-panel";
import { SummarySection } from "@/components/results/summary-section";
import { requireActor } from "@/lib/auth/guards";
import { getAssessmentForActor } from "@/lib/data/access";
import { getTeamResults } from "@/lib/data/team-results";
import { buildResultsSummary } from "@/lib/results/summary";
import type { RevealedTeamResults } from "@/lib/results/types";
import { utcMinute } from "@/lib/time";
// printing this page prints the executive summary alone (at most two A4 pages)
import "./results-print.css";

export const metadata = { title: "Team results" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const actionLink = "inline-flex min-h-11 items-center rounded-md border border-brand px-4 font-semibold no-underline hover:bg-surface";

/** Workshop, action plan, print and downloads: what to do with revealed results. Not printed. */
function ResultsActions({ results }: { results: RevealedTeamResults }) {
  const id = results.assessment.id;
  const latest = results.waves.at(-1)?.number === results.wave.number;
  const wave = latest ? "" : `?wave=${results.wave.number}`;
  return (
    <ul className="flex flex-wrap gap-2" data-print="hide" aria-label="Use these results">
      <li>
        <Link href={`/app/assessments/${id}/workshop?wave=${results.wave.number}`} className={actionLink}>
          Workshop
        </Link>
      </li>
      <li>
        <Link href={`/app/assessments/${id}/plan`} className={actionLink}>
          Action plan
        </Link>
      </li>
      <li>
        <Link href={`/app/assessments/${id}/trends`} className={actionLink}>
          Trends
        </Link>
      </li>
      <li>
        <PrintSummaryButton />
      </li>
      <li>
        <a href={`/app/assessments/${id}/export/csv${wave}`} download className={actionLink}>
          Download CSV
        </a>
      </li>
      <li>
        <a href={`/app/assessments/${id}/export/xlsx${wave}`} download className={actionLink}>
          Download Excel (XLSX)
        </a>
      </li>
      <li>
        <a href={`/app/assessments/${id}/export/pdf${wave}`} download className={actionLink}>
          Executive report (PDF)
        </a>
      </li>
    </ul>
  );
}

export default async function TeamResultsPage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: SearchParams }) {
  const [{ assessmentId }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const waveParam = first(query.wave);
  const waveNumber = waveParam && /^\d{1,4}$/.test(waveParam) ? Number(waveParam) : undefined;
  // the breadcrumb's organization: the same scoped read that getTeamResults authorizes with
  const [results, scoped] = await Promise.all([getTeamResults(actor, assessmentId, { waveNumber }), getAssessmentForActor(actor, assessmentId)]);
  if (!results || !scoped) notFound();
  const problem = first(query.reveal) ?? null;
  const { assessment, wave } = results;

  return (
    <div className="results-story space-y-8" data-results-story="">
      <header>
        <nav aria-label="Breadcrumb" className="text-sm" data-print="hide">
          <ol className="flex flex-wrap gap-x-1">
            <li>
              <Link href="/app">Organizations</Link> /
            </li>
            <li>
              <Link href={`/app/organizations/${scoped.organizationId}`}>{assessment.organizationName}</Link> /
            </li>
            <li>
              <Link href={`/app/assessments/${assessment.id}`}>{assessment.title}</Link> /
            </li>
            <li>
              <span aria-current="page">Results</span>
            </li>
          </ol>
        </nav>
        <div className="mt-1 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">Team results</h1>
          {results.sealed ? null : <ResultsActions results={results} />}
        </div>
        <p className="mt-1 text-sm text-muted">
          {assessment.organizationName} · {assessment.title} · {wave.label} · questionnaire {assessment.questionnaireVersion}
          {results.sealed ? " · sealed" : (
            <>
              {" "}· revealed <time dateTime={results.revealedAt}>{utcMinute(new Date(results.revealedAt))} UTC</time>
            </>
          )}
        </p>
        {results.waves.length > 1 ? (
          <nav aria-label="Waves" className="mt-2 text-sm" data-print="hide">
            <ul className="flex flex-wrap gap-3">
              {results.waves.map((w) => (
                <li key={w.number}>
                  {w.number === wave.number ? (
                    <span aria-current="page" className="font-semibold">{w.label}</span>
                  ) : (
                    <Link href={`/app/assessments/${assessment.id}/results?wave=${w.number}`}>{w.label}</Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>

      {results.sealed ? (
        <SealedPanel results={results} problem={problem} />
      ) : (
        <>
          <SummarySection summary={buildResultsSummary(results)} />
          <ResultsCharts results={results} />
          <ImperativeSections results={results} />
          <section aria-labelledby="detail-title" data-print="hide">
            <h2 id="detail-title" className="text-xl font-semibold">
              More detail
            </h2>
            <div className="mt-3 space-y-2">
              <DetailsSection id="who-is-counted" title="Who is counted">
                <WhoIsCounted results={results} />
              </DetailsSection>
              <DetailsSection id="statistics" title="The statistics behind the labels">
                <StatisticsDetail results={results} />
              </DetailsSection>
              <DetailsSection id="alignment-detail" title="Mirror accuracy, and how the index is computed">
                <AlignmentDetail results={results} />
              </DetailsSection>
              <DetailsSection id="gap-of-gaps" title="Gap of gaps: our gap beside the published gap">
                <GapOfGapsSection results={results} />
              </DetailsSection>
              <DetailsSection id="heatmap" title="Where leaders and teams stand">
                <Heatmap results={results} />
              </DetailsSection>
              <DetailsSection id="free-text" title="In their own words">
                <FreeText results={results} />
              </DetailsSection>
            </div>
          </section>
          <p className="text-sm text-muted" data-print="hide">
            Published figures date from 2010-2014 and describe large companies; read them as a reference point, not a target.
          </p>
        </>
      )}
    </div>
  );
}
