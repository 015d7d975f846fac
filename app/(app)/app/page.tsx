import Link from "next/link";
import { requireActor } from "@/lib/auth/guards";
import { listOrganizationsForActor } from "@/lib/data/organizations";
import { REGIONS } from "@/lib/domain";
import { DataTable } from "@/components/ui/data-table";

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
        <DataTable
          caption="Your organizations"
          className="mt-6"
          rows={organizations}
          rowKey={(o) => o.id}
          columns={[
            { header: "Organization", rowHeader: true, className: "font-medium", cell: (o) => <Link href={`/app/organizations/${o.id}`}>{o.name}</Link> },
            { header: "Industry", cell: (o) => o.industry ?? "—" },
            { header: "Region", cell: (o) => REGIONS.find((r) => r.id === o.region)?.label ?? "—" },
            { header: "Assessments", numeric: true, cell: (o) => o._count.assessments },
          ]}
        />
      ) : (
        <p className="mt-6">No organizations yet. Create one to set up its first assessment.</p>
      )}
    </div>
  );
}
