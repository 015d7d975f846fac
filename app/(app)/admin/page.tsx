import Link from "next/link";
import { requireAdmin } from "@/lib/auth/guards";

export const metadata = { title: "Administration" };

export default async function AdminPage() {
  await requireAdmin();
  return (
    <div>
      <h1 className="text-2xl font-bold">Administration</h1>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2">
        <li className="rounded-lg border border-slate-200 p-4">
          <Link href="/admin/benchmarks" className="font-semibold">
            Benchmark library
          </Link>
          <p className="mt-1 text-sm text-muted">Every published source and figure, with its provenance and the questions that use it.</p>
        </li>
        <li className="rounded-lg border border-slate-200 p-4">
          <Link href="/admin/audit" className="font-semibold">
            Audit log
          </Link>
          <p className="mt-1 text-sm text-muted">Who created, revealed, exported or changed what, and when.</p>
        </li>
      </ul>
    </div>
  );
}
