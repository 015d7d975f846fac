import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { getActor } from "@/lib/auth/guards";
import { safeNextPath } from "@/lib/validation/auth";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeNextPath(typeof next === "string" ? next : undefined);
  if (await getActor()) redirect(target);
  return (
    <section aria-labelledby="signin-title" className="mx-auto max-w-md">
      <h1 id="signin-title" className="text-3xl font-bold">
        Sign in
      </h1>
      <p className="mt-2 text-muted">
        For facilitators and administrators. Taking part in an assessment needs no account: use the link you were
        sent.
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-surface p-4 sm:p-6">
        <SignInForm next={target} />
      </div>
    </section>
  );
}
