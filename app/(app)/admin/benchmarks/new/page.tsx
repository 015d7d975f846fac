import Link from "next/link";
import { BenchmarkSourceForm } from "@/components/admin/benchmark-source-form";
import { requireAdmin } from "@/lib/auth/guards";
import { AdminPageHeader } from "@/components/admin/admin-page-header";

export const metadata = { title: "Add a benchmark source" };

export default async function NewBenchmarkSourcePage() {
  await requireAdmin();
  return (
    <div className="space-y-6">
      <AdminPageHeader title="Add a benchmark source" inLibrary>
        <p className="mt-2 max-w-3xl">
          A source is one published survey (for example a new wave) with its provenance. Add its figures on the
          source&apos;s page next, or <Link href="/admin/benchmarks/import">import the source and its figures from CSV</Link>.
        </p>
      </AdminPageHeader>
      <BenchmarkSourceForm />
    </div>
  );
}
