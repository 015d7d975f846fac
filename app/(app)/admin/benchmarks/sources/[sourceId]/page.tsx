import { notFound } from "next/navigation";
import { BenchmarkFigureForm } from "@/components/admin/benchmark-figure-form";
import { BenchmarkOrigin } from "@/components/admin/benchmark-origin";
import { requireAdmin } from "@/lib/auth/guards";
import { figureValueText } from "@/lib/benchmarks/format";
import { POPULATION_LABEL } from "@/lib/domain";
import { getSourceForAdmin } from "@/lib/data/benchmark-admin";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { DataTable } from "@/components/ui/data-table";
import { FigureLocator, FigureStatement } from "@/components/admin/figure-cells";

export const metadata = { title: "Benchmark source" };

export default async function BenchmarkSourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ sourceId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireAdmin();
  const { sourceId } = await params;
  const found = await getSourceForAdmin(actor, sourceId);
  if (!found) notFound();
  const { source, origin } = found;
  const imported = Number((await searchParams).imported);
  const details: [string, string][] = [
    ["Id", source.id],
    ["Publisher", source.publisher],
    ["Year", String(source.year)],
    ["Fieldwork", source.fieldwork ?? "not stated"],
    ["Method", source.method ?? "not stated"],
    ["Regions", source.regions ?? "not stated"],
    ["Industries", source.industries ?? "not stated"],
    ["Samples", source.samples.length ? source.samples.map((s) => `${POPULATION_LABEL[s.population]} n = ${s.n}${s.note ? ` (${s.note})` : ""}`).join("; ") : "not stated"],
    ...(source.notes ? ([["Notes", source.notes]] as [string, string][]) : []),
  ];
  return (
    <div className="space-y-8">
      <AdminPageHeader title={source.title} inLibrary>
        <p className="mt-1">
          <BenchmarkOrigin origin={origin} />
        </p>
        {Number.isInteger(imported) && imported > 0 ? (
          <p role="status" className="mt-2 font-medium text-green-800">
            Imported {imported} {imported === 1 ? "figure" : "figures"}.
          </p>
        ) : null}
      </AdminPageHeader>
      <section aria-labelledby="provenance-title">
        <h2 id="provenance-title" className="text-xl font-semibold">
          Provenance
        </h2>
        <dl className="mt-3 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          {details.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-medium">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="figures-title">
        <h2 id="figures-title" className="text-xl font-semibold">
          Figures ({source.figures.length})
        </h2>
        {source.figures.length === 0 ? (
          <p className="mt-2 text-muted">No figures yet.</p>
        ) : (
          <DataTable
            caption={`Figures of ${source.title} with their provenance`}
            className="mt-3"
            rows={source.figures}
            rowKey={(f) => f.id}
            columns={[
              {
                header: "Figure",
                rowHeader: true,
                cell: (f) => <FigureStatement statement={f.statement} id={f.id} detail={` · ${f.topic}`} subgroup={f.baseKind === "subgroup" ? f.baseNote : null} />,
              },
              { header: "Population", cell: (f) => POPULATION_LABEL[f.population] },
              { header: "Value", numeric: true, cell: (f) => figureValueText(f) },
              {
                header: "n",
                numeric: true,
                cell: (f) => f.n ?? (f.baseKind === "subgroup" ? "not published (subgroup)" : (source.samples.find((s) => s.population === f.population)?.n ?? "—")),
              },
              {
                header: "Locator",
                cell: (f) => <FigureLocator file={f.locatorFile} figure={f.locatorFigure} quote={f.locatorQuote} />,
              },
              {
                header: "Used by (fidelity)",
                className: "text-xs",
                cell: (f) => (f.items.length ? f.items.map(({ item }) => `${item.versionId}:${item.key} (${item.fidelity})`).join(", ") : "—"),
              },
            ]}
          />
        )}
      </section>
      {origin.builtIn ? (
        <p className="text-sm text-muted">Built-in sources are read-only: their figures are proven against the seed document by the catalogue tests.</p>
      ) : (
        <section aria-labelledby="add-figure-title">
          <h2 id="add-figure-title" className="text-xl font-semibold">
            Add a figure
          </h2>
          <div className="mt-3">
            <BenchmarkFigureForm sourceId={source.id} />
          </div>
        </section>
      )}
    </div>
  );
}
