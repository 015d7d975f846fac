import { OrganizationForm } from "@/components/facilitator/organization-form";
import { requireActor } from "@/lib/auth/guards";

export const metadata = { title: "New organization" };

export default async function NewOrganizationPage() {
  await requireActor();
  return (
    <div>
      <h1 className="mb-6 text-2xl font-bold">New organization</h1>
      <OrganizationForm />
    </div>
  );
}
