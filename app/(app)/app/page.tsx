import Link from "next/link";
import { requireActor } from "@/lib/auth/guards";
import { listOrganizationsForActor } from "@/lib/data/organizations";
import { REGIONS } from "@/lib/domain";

export const metadata = { title: "Organizations" };

export default async function OrganizationsPage() {
  const actor = await requireActor();
  const organizations = await listOrganizationsForActor(actor);
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Organizations</h1>
        <Link href="/app/organizations/new" className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-semibold text-white no-underline hover:bg-brand-dark">
          New organization
        </Link>
      </div>
      {organizations.length ? (
        <table className="mt-6 w-full border-collapse text-left text-sm">
          <caption className="sr-only">Your organizations</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4">Organization</th>
              <th scope="col" className="py-2 pr-4">Industry</th>
              <th scope="col" className="py-2 pr-4">Region</th>
              <th scope="col" className="py-2">Assessments</th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((o) => (
              <tr key={o.id} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link href={`/app/organizations/${o.id}`}>{o.name}</Link>
                </th>
                <td className="py-2 pr-4">{o.industry ?? "—"}</td>
                <td className="py-2 pr-4">{REGIONS.find((r) => r.id === o.region)?.label ?? "—"}</td>
                <td className="py-2">{o._count.assessments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-6">No organizations yet. Create one to set up its first assessment.</p>
      )}
    </div>
  );
}
