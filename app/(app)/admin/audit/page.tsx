import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/auth/guards";
import { listAuditActions, listAuditLog } from "@/lib/data/audit";
import { ZAuditQuery } from "@/lib/validation/audit-query";
import { inputClass, primaryButtonClass } from "@/components/ui/styles";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { DataTable } from "@/components/ui/data-table";

export const metadata = { title: "Audit log" };

const control = `${inputClass} mt-1 block`;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAdmin();
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => v));
  const parsed = ZAuditQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : {};
  const [rows, actions] = await Promise.all([listAuditLog(actor, query), listAuditActions()]);
  if (!rows) notFound();
  const exportHref = `/admin/audit/export?${new URLSearchParams(query as Record<string, string>)}`;
  return (
    <div className="space-y-6">
      <AdminPageHeader title="Audit log" />
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Filter the audit log">
        <label>
          Action
          <select name="action" defaultValue={query.action ?? ""} className={control}>
            <option value="">All actions</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          Actor e-mail contains
          <input name="actor" defaultValue={query.actor ?? ""} className={control} />
        </label>
        <label>
          From
          <input type="date" name="from" defaultValue={query.from ?? ""} className={control} />
        </label>
        <label>
          To
          <input type="date" name="to" defaultValue={query.to ?? ""} className={control} />
        </label>
        <button type="submit" className={primaryButtonClass}>
          Filter
        </button>
        <a href={exportHref} className="inline-flex min-h-11 items-center">
          Download CSV
        </a>
      </form>
      {!parsed.success ? (
        <p role="alert" className="text-red-700">
          {parsed.error.issues[0]?.path[0] as string}: {parsed.error.issues[0]?.message}
        </p>
      ) : null}
      <DataTable
        caption="Audit entries, newest first"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { header: "When (UTC)", numeric: true, cell: (r) => r.createdAt.toISOString().replace("T", " ").slice(0, 19) },
          { header: "Who", cell: (r) => r.actor?.email ?? "—" },
          { header: "Action", className: "font-mono text-xs", cell: (r) => r.action },
          { header: "Target", className: "font-mono text-xs", cell: (r) => (r.targetType ? `${r.targetType} ${r.targetId}` : "—") },
        ]}
      />
      {!rows.length ? <p>No entries match.</p> : null}
    </div>
  );
}
