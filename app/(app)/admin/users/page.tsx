import Link from "next/link";
import { notFound } from "next/navigation";
import { UserActions } from "@/components/admin/user-actions";
import { UserInviteForm } from "@/components/admin/user-invite-form";
import { requireAdmin } from "@/lib/auth/guards";
import { listUsers, type UserStatus } from "@/lib/data/users";
import { isEmailConfigured } from "@/lib/email/mailer";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
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
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Facilitators and admins</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">Name</th>
              <th scope="col" className="py-2 pr-3">E-mail</th>
              <th scope="col" className="py-2 pr-3">Role</th>
              <th scope="col" className="py-2 pr-3">Two-factor</th>
              <th scope="col" className="py-2 pr-3">Status</th>
              <th scope="col" className="py-2 pr-3">Created (UTC)</th>
              <th scope="col" className="py-2 pr-3">Last sign-in (UTC)</th>
              <th scope="col" className="py-2">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {u.name}
                </th>
                <td className="py-2 pr-3 break-all">{u.email}</td>
                <td className="py-2 pr-3">{u.role === "admin" ? "Admin" : "Facilitator"}</td>
                <td className="py-2 pr-3">{u.twoFactorEnabled ? "On" : "Off"}</td>
                <td className="py-2 pr-3">{STATUS[u.status]}</td>
                <td className="py-2 pr-3 tabular-nums">{utc(u.createdAt)}</td>
                <td className="py-2 pr-3 tabular-nums">{utc(u.lastSignInAt)}</td>
                <td className="py-2">{u.id === actor.id ? <span className="text-muted">You</span> : <UserActions user={u} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
