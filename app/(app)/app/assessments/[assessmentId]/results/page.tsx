import Link from "next/link";
import { notFound } from "next/navigation";
import { FreeText } from "@/components/results/free-text";
import { GapOfGapsSection } from "@/components/results/gap-of-gaps";
import { GapsSection } from "@/components/results/gaps-section";
import { Heatmap } from "@/components/results/heatmap";
import { ImperativesSection } from "@/components/results/imperatives-section";
import { ResultsOverview } from "@/components/results/overview";
import { Recommendations } from "@/components/results/recommendations";
import { SealedPanel } from "@/components/results/sealed-panel";
import { requireActor } from "@/lib/auth/guards";
import { getTeamResults } from "@/lib/data/team-results";
import { utcMinute } from "@/lib/time";

export const metadata = { title: "Team results" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function TeamResultsPage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: SearchParams }) {
  const [{ assessmentId }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const waveParam = first(query.wave);
  const waveNumber = waveParam && /^\d{1,4}$/.test(waveParam) ? Number(waveParam) : undefined;
  const results = await getTeamResults(actor, assessmentId, { waveNumber });
  if (!results) notFound();
  const problem = first(query.reveal) ?? null;
  const { assessment, wave } = results;

  return (
    <div className="space-y-10">
      <header>
        <p className="text-sm">
          <Link href="/app">Organizations</Link> / <Link href={`/app/assessments/${assessment.id}`}>{assessment.title}</Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">Team results</h1>
        <p className="text-muted">
          {assessment.organizationName} · {assessment.title} · {wave.label} · questionnaire {assessment.questionnaireVersion}
          {results.sealed ? " · sealed" : (
            <>
              {" "}· revealed <time dateTime={results.revealedAt}>{utcMinute(new Date(results.revealedAt))} UTC</time>
            </>
          )}
        </p>
        {results.waves.length > 1 ? (
          <nav aria-label="Waves" className="mt-2 text-sm">
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
          <ResultsOverview results={results} />
          <ImperativesSection results={results} />
          <GapsSection results={results} />
          <GapOfGapsSection results={results} />
          <Heatmap results={results} />
          <Recommendations results={results} />
          <FreeText results={results} />
          <p className="text-sm text-muted">
            Published figures date from 2010-2014 and describe large companies; read them as a reference point, not a target.
          </p>
        </>
      )}
    </div>
  );
}
