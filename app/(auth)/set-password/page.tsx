import type { Metadata } from "next";
import Link from "next/link";
import { findInvitation } from "@/lib/data/user-invitations";
import { SetPasswordForm } from "./set-password-form";

// The link carries a one-time token: no Referer may take it to another site.
export const metadata: Metadata = { title: "Choose your password", referrer: "no-referrer" };

export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const invitation = value ? await findInvitation(value) : null;
  return (
    <section aria-labelledby="set-password-title" className="mx-auto max-w-md">
      <h1 id="set-password-title" className="text-3xl font-bold">
        Choose your password
      </h1>
      {invitation ? (
        <>
          <p className="mt-2 text-muted">
            Welcome, {invitation.name}. Choose the password you will sign in with as <strong>{invitation.email}</strong>.
          </p>
          <div className="mt-6 rounded-lg border border-slate-200 bg-surface p-4 sm:p-6">
            <SetPasswordForm token={value} email={invitation.email} />
          </div>
        </>
      ) : (
        <p role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 font-medium text-red-800">
          This link has expired or has already been used. Ask a Bridge administrator for a new one, or{" "}
          <Link href="/signin">sign in</Link> if you have already chosen your password.
        </p>
      )}
    </section>
  );
}
