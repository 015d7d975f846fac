import Link from "next/link";
import { requireAdmin } from "@/lib/auth/guards";

export const metadata = { title: "Administration" };

const AREAS = [
  { href: "/admin/users", title: "Users", text: "Invite facilitators, change roles, disable accounts and reset two-factor authentication." },
  { href: "/admin/benchmarks", title: "Benchmark library", text: "Every published source and figure, with its provenance and the questions that use it; add a source or import figures from CSV." },
  { href: "/admin/comparisons", title: "Benchmark comparisons", text: "The published figures beside the same measures over every revealed assessment in the panel, with exports." },
  { href: "/admin/questionnaires", title: "Questionnaire versions", text: "The versions of the questionnaire and which are in use; start a new version as a copy, edit its items, preview and publish it." },
  { href: "/admin/audit", title: "Audit log", text: "Who signed in, created, revealed, exported or changed what, and when." },
] as const;

export default async function AdminPage() {
  await requireAdmin();
  return (
    <div>
      <h1 className="text-2xl font-bold">Administration</h1>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2">
        {AREAS.map((area) => (
          <li key={area.href} className="rounded-lg border border-slate-200 p-4">
            <Link href={area.href} className="font-semibold">
              {area.title}
            </Link>
            <p className="mt-1 text-sm text-muted">{area.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
