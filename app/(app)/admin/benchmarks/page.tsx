import Link from "next/link";
import { BenchmarkOrigin } from "@/components/admin/benchmark-origin";
import { requireAdmin } from "@/lib/auth/guards";
import { figureValueText } from "@/lib/benchmarks/format";
import { POPULATION_LABEL } from "@/lib/domain";
import { listSourceOrigins } from "@/lib/data/benchmark-admin";
import { listBenchmarkCatalogue, listFigureUsage } from "@/lib/data/benchmarks";
import { ZBenchmarkQuery } from "@/lib/validation/benchmark-query";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { DataTable } from "@/components/ui/data-table";
import { FigureLocator, FigureStatement } from "@/components/admin/figure-cells";

export const metadata = { title: "Benchmark library" };


export default async function BenchmarksPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAdmin();
  const parsed = ZBenchmarkQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : {};
  const [{ sources, figures }, origins, used] = await Promise.all([listBenchmarkCatalogue(query), listSourceOrigins(actor), listFigureUsage()]);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Benchmark library">
        <p className="text-muted">
          {sources.length} sources, {figures.length} figures{query.population ? ` for ${POPULATION_LABEL[query.population]}` : ""}. Machine-readable: <Link href="/api/benchmarks">/api/benchmarks</Link>.
        </p>
        {!parsed.success ? (
          <p role="alert" className="mt-2 text-red-700">
            Ignored an invalid filter.
          </p>
        ) : null}
        <ul aria-label="Add to the library" className="mt-3 flex flex-wrap gap-4">
          <li>
            <Link href="/admin/benchmarks/new">Add a source</Link>
          </li>
          <li>
            <Link href="/admin/benchmarks/import">Import a source from CSV</Link>
          </li>
        </ul>
      </AdminPageHeader>
      <nav aria-label="Filter by population" className="flex flex-wrap gap-3 text-sm">
        <Link href="/admin/benchmarks">All</Link>
        <Link href="/admin/benchmarks?population=marketing">CMOs / marketing</Link>
        <Link href="/admin/benchmarks?population=it">CIOs / IT</Link>
        <Link href="/admin/benchmarks?population=both">Both</Link>
      </nav>
      <section aria-labelledby="sources-title">
        <h2 id="sources-title" className="text-xl font-semibold">
          Sources
        </h2>
        <ul className="mt-3 grid gap-3">
          {sources.map((s) => (
            <li key={s.id} className="rounded-lg border border-slate-200 p-4 text-sm">
              <p className="font-semibold">
                <Link href={`/admin/benchmarks/sources/${s.id}`}>{s.title}</Link> ({s.publisher}, {s.year})
              </p>
              <p className="text-muted">
                {s.fieldwork ?? "Fieldwork not stated"} · {s.method ?? "method not stated"} · samples:{" "}
                {s.samples.length ? s.samples.map((x) => `${POPULATION_LABEL[x.population]} n = ${x.n}${x.note ? ` (${x.note})` : ""}`).join("; ") : "not stated"}
              </p>
              <p>
                <BenchmarkOrigin origin={origins.get(s.id)} />
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="figures-title">
        <h2 id="figures-title" className="text-xl font-semibold">
          Figures
        </h2>
        <DataTable
          className="mt-3"
          caption="Published figures with their provenance"
          rows={figures}
          rowKey={(f) => f.id}
          columns={[
            {
              header: "Figure",
              rowHeader: true,
              cell: (f) => (
                <FigureStatement
                  statement={f.statement}
                  id={f.id}
                  detail={f.variantOf ? (f.isDefault ? ` (same measure as ${f.variantOf})` : ` (variant of ${f.variantOf})`) : ""}
                  subgroup={f.base.kind === "subgroup" ? f.base.description : null}
                />
              ),
            },
            { header: "Population", cell: (f) => POPULATION_LABEL[f.population] },
            { header: "Value", numeric: true, cell: (f) => figureValueText({ ...f, boundLow: f.bounds?.low, boundHigh: f.bounds?.high }) },
            {
              header: "Source",
              cell: (f) => {
                const source = sourceById.get(f.sourceId);
                return `${source?.publisher}, ${source?.year}${f.n ? `, n = ${f.n}` : ""}`;
              },
            },
            {
              header: "Locator",
              cell: (f) => <FigureLocator {...f.locator} />,
            },
            { header: "Used by (fidelity)", className: "text-xs", cell: (f) => used.get(f.id)?.join(", ") ?? "—" },
          ]}
        />
      </section>
    </div>
  );
}
