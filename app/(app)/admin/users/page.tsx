import Link from "next/link";
import { notFound } from "next/navigation";
import { UserActions } from "@/components/admin/user-actions";
import { UserInviteForm } from "@/components/admin/user-invite-form";
import { requireAdmin } from "@/lib/auth/guards";
import type { UserStatus } from "@/lib/admin/types";
import { listUsers } from "@/lib/data/user-accounts";
import { isEmailConfigured } from "@/lib/email/mailer";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { DataTable } from "@/components/ui/data-table";
import { utcMinute } from "@/lib/time";

export const metadata = { title: "Users" };

const STATUS: Record<UserStatus, string> = { active: "Active", disabled: "Disabled", invited: "Invited (no password yet)" };
const utc = (d: Date | null) => (d ? utcMinute(d) : "—");

export default async function UsersPage() {
  const actor = await requireAdmin();
  const users = await listUsers(actor);
  if (!users) notFound();
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Users">
        <p className="mt-2 max-w-3xl text-muted">
          Disabling an account or resetting its two-factor authentication signs the user out everywhere at once. You
          cannot change your own account here, and Bridge always keeps at least one active admin. Every change is in
          the <Link href="/admin/audit">audit log</Link>.
        </p>
      </AdminPageHeader>
      <UserInviteForm emailConfigured={isEmailConfigured()} />
      <DataTable
        caption="Facilitators and admins"
        rows={users}
        rowKey={(u) => u.id}
        columns={[
          { header: "Name", rowHeader: true, className: "font-medium", cell: (u) => u.name },
          { header: "E-mail", className: "break-all", cell: (u) => u.email },
          { header: "Role", cell: (u) => (u.role === "admin" ? "Admin" : "Facilitator") },
          { header: "Two-factor", cell: (u) => (u.twoFactorEnabled ? "On" : "Off") },
          { header: "Status", cell: (u) => STATUS[u.status] },
          { header: "Created (UTC)", numeric: true, cell: (u) => utc(u.createdAt) },
          { header: "Last sign-in (UTC)", numeric: true, cell: (u) => utc(u.lastSignInAt) },
          { header: "Actions", cell: (u) => (u.id === actor.id ? <span className="text-muted">You</span> : <UserActions user={u} />) },
        ]}
      />
    </div>
  );
}
