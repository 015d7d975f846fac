import Link from "next/link";
import { BenchmarkSourceForm } from "@/components/admin/benchmark-source-form";
import { requireAdmin } from "@/lib/auth/guards";

export const metadata = { title: "Add a benchmark source" };

export default async function NewBenchmarkSourcePage() {
  await requireAdmin();
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <Link href="/admin">Administration</Link> / <Link href="/admin/benchmarks">Benchmark library</Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">Add a benchmark source</h1>
        <p className="mt-2 max-w-3xl">
          A source is one published survey (for example a new wave) with its provenance. Add its figures on the
          source&apos;s page next, or <Link href="/admin/benchmarks/import">import the source and its figures from CSV</Link>.
        </p>
      </header>
      <BenchmarkSourceForm />
    </div>
  );
}
