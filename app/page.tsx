import type { BenchmarkSourceDef } from "@/lib/benchmarks/types";
import { loadLibrary } from "@/lib/catalogue/load";
import { IMPERATIVES } from "@/lib/domain";
import { HeadlineFigures } from "@/components/landing/headline-figures";
import { DataTable } from "@/components/ui/data-table";

const POPULATION_LABEL = { marketing: "marketing", it: "IT", both: "marketing and IT" } as const;

/** Published samples only: a combined total we derived ourselves (405 + 252) is not shown as if published. */
function sampleText(samples: BenchmarkSourceDef["samples"]) {
  const published = samples.filter((s) => !s.note?.startsWith("Derived"));
  if (!published.length) return "not stated";
  return published
    .map((s) => `${s.n.toLocaleString("en-US")}${s.note?.startsWith("Lower bound") ? "+" : ""} ${POPULATION_LABEL[s.population]}`)
    .join(", ");
}

// The landing page is rendered per request from the library as stored (kept in the process per catalogue revision,
// lib/catalogue/load.ts: one primary-key read), not prerendered: its scripts must carry the request's nonce
// (decision 44). Until then it was regenerated every 5 minutes (decision 28), 2-3× faster to serve.
export default async function HomePage() {
  const library = await loadLibrary();
  const sources = [...library.sources].sort((a, b) => b.year - a.year);
  return (
    <div className="space-y-14">
      <section aria-labelledby="hero-title" className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-dark">CMO-CIO alignment self-assessment</p>
        <h1 id="hero-title" className="mt-2 text-3xl font-bold leading-tight sm:text-4xl">
          See where marketing and IT disagree, and what to do about it
        </h1>
        <p className="mt-4 text-lg text-muted">
          Bridge is a ten-minute assessment for CMOs, CIOs and their teams. Each side answers for itself and predicts
          the other. Your team sees where the two sides differ, how they compare with the published CMO-CIO surveys,
          and which of Accenture&apos;s five imperatives to act on first.
        </p>
      </section>

      <HeadlineFigures library={library} />

      <section aria-labelledby="imperatives" className="scroll-mt-4">
        <h2 id="imperatives" className="text-2xl font-semibold">
          What it measures: the five imperatives
        </h2>
        <p className="mt-2 text-muted">
          From Accenture Interactive&apos;s report <cite>The CMO-CIO disconnect</cite> (2012 survey of 405 senior
          marketing and 252 senior IT executives).
        </p>
        <ol className="mt-4 grid gap-3 sm:grid-cols-2">
          {IMPERATIVES.map((imperative, index) => (
            <li key={imperative.id} className="rounded-lg border border-slate-200 p-4">
              <span className="text-sm font-semibold text-brand-dark">Imperative {index + 1}</span>
              <p className="mt-1">{imperative.title}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="sources" className="scroll-mt-4">
        <h2 id="sources" className="text-2xl font-semibold">
          Where the benchmarks come from
        </h2>
        <p className="mt-2 text-muted">
          Every benchmark in Bridge cites one of these published surveys, with its year and sample size. They date
          from 2010-2014: read them as a reference point, not as today&apos;s norm.
        </p>
        <DataTable
          className="mt-4"
          caption="Published surveys behind the benchmarks"
          rows={sources}
          rowKey={(source) => source.id}
          columns={[
            { header: "Survey", rowHeader: true, className: "font-medium", cell: (source) => source.title },
            { header: "Publisher", cell: (source) => source.publisher },
            { header: "Year", className: "whitespace-nowrap", headerClassName: "whitespace-nowrap", cell: (source) => source.year },
            { header: "Respondents", cell: (source) => sampleText(source.samples) },
          ]}
        />
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy" className="text-2xl font-semibold">
          Who sees what
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-6 text-muted">
          <li>Respondents need no account: each gets a personal invitation link.</li>
          <li>Leaders&apos; answers are shown by name only if they agree to it.</li>
          <li>Team members&apos; answers appear only in groups of at least 5 (free text: at least 10).</li>
        </ul>
      </section>
    </div>
  );
}
