import { BenchmarkImportForm } from "@/components/admin/benchmark-import-form";
import { requireAdmin } from "@/lib/auth/guards";
import { CSV_MAX_BYTES, CSV_MAX_ROWS, REQUIRED_COLUMNS } from "@/lib/benchmarks/csv-import";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { DataTable } from "@/components/ui/data-table";

export const metadata = { title: "Import a benchmark source" };

const COLUMNS: [string, string][] = [
  ["source_id", "kebab-case id of the new source, e.g. accenture-2016 (must not exist yet)"],
  ["source_publisher, source_title, source_year", "who published it, its title, the year the figures describe"],
  ["source_fieldwork, source_method", "when and how the survey ran"],
  ["source_regions, source_industries, source_notes", "optional"],
  ["sample_marketing_n, sample_it_n, sample_both_n", "sample size per population; at least one"],
  ["figure_id", "kebab-case, unique in the whole library (built-in figures included)"],
  ["population", "marketing, it or both"],
  ["topic", "kebab-case list name, e.g. obstacles (reuse existing topics to compare waves)"],
  ["statement", "the finding in plain words"],
  ["unit", "percent (0-100), rank, count, year-over-year or currency-usd"],
  ["value", "the number; rank_of (rank) and value_from, year_from, year_to (year-over-year) go with it"],
  ["n", "optional: only when the figure's sample differs from the source's"],
  ["locator_file, locator_figure, locator_quote", "document name or URL, optional figure label, and the sentence stating the number, copied word for word (required)"],
];

export default async function BenchmarkImportPage() {
  await requireAdmin();
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Import a benchmark source from CSV" inLibrary>
        <p className="mt-2 max-w-3xl">
          One file adds one new source (for example a new survey wave) and its figures. Row 1 names the columns; every
          further row is one figure. Fill the source&apos;s columns (source_…, sample_…) on the first figure row only; leave
          them blank below (or repeat them unchanged). The preview checks everything and saves nothing; if any row has a
          problem, nothing is imported and each problem is listed with its spreadsheet row number.
        </p>
        <p className="mt-2">
          <a href="/admin/benchmarks/import/template" download>
            Download the CSV template
          </a>{" "}
          (two example figures: replace every value).
        </p>
      </AdminPageHeader>
      <section aria-labelledby="columns-title">
        <h2 id="columns-title" className="text-xl font-semibold">
          Columns
        </h2>
        <DataTable
          caption="CSV columns and what they hold"
          className="mt-3"
          tableClassName="max-w-4xl"
          rows={COLUMNS}
          rowKey={([name]) => name}
          columns={[
            { header: "Column", rowHeader: true, className: "font-mono text-xs font-normal", cell: ([name]) => name },
            { header: "What it holds", cell: ([, text]) => text },
          ]}
        />
        <p className="mt-2 text-sm text-muted">
          Required columns: {REQUIRED_COLUMNS.join(", ")}. Limits: {CSV_MAX_BYTES / 1000} KB and {CSV_MAX_ROWS.toLocaleString("en")} figure rows per file. UTF-8,
          comma-separated, values with commas or line breaks in double quotes (as spreadsheets save them).
        </p>
      </section>
      <section aria-labelledby="upload-title">
        <h2 id="upload-title" className="text-xl font-semibold">
          File
        </h2>
        <div className="mt-3 max-w-4xl">
          <BenchmarkImportForm />
        </div>
      </section>
    </div>
  );
}
