import Link from "next/link";
import { getActor } from "@/lib/auth/guards";

/** The facilitator and admin area. Pages authorize themselves; this only shows where you are and who you are. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  return (
    <div>
      {actor ? (
        <nav aria-label="Facilitator" className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3 text-sm">
          <ul className="flex gap-4">
            <li>
              <Link href="/app">Organizations</Link>
            </li>
            {actor.role === "admin" ? (
              <li>
                <Link href="/admin">Administration</Link>
              </li>
            ) : null}
            <li>
              <Link href="/account/security">Account and security</Link>
            </li>
          </ul>
          <p className="text-muted">
            Signed in as {actor.name} ({actor.role})
          </p>
        </nav>
      ) : null}
      {children}
    </div>
  );
}
