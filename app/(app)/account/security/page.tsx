import { headers } from "next/headers";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { SignOutButton, SignOutOthersButton } from "@/components/forms/session-buttons";
import { DisableTwoFactor, EnableTwoFactor } from "@/components/forms/two-factor-forms";
import { requireActor } from "@/lib/auth/guards";
import { getAuth } from "@/lib/auth/server";
import { mustEnrolTwoFactor } from "@/lib/auth/two-factor-rule";

export const metadata = { title: "Account and security" };

/** "Firefox on Windows": enough to recognise a device, without showing the whole user-agent string. */
function deviceName(userAgent: string | null | undefined): string {
  if (!userAgent) return "Unknown device";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\/|Chromium\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "Browser";
  const os = /Windows/.test(userAgent)
    ? "Windows"
    : /iPhone|iPad/.test(userAgent)
      ? "iOS"
      : /Android/.test(userAgent)
        ? "Android"
        : /Mac OS X/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : "an unknown system";
  return `${browser} on ${os}`;
}

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function AccountSecurityPage() {
  // the one page an admin without two-factor may open: this is where they enrol
  const actor = await requireActor({ next: "/account/security", allowWithoutTwoFactor: true });
  const requestHeaders = await headers();
  const auth = getAuth();
  const [current, sessions] = await Promise.all([
    auth.api.getSession({ headers: requestHeaders }),
    auth.api.listSessions({ headers: requestHeaders }),
  ]);
  const sorted = [...sessions].sort((a, b) => new Date(b.updatedAt).getTime() - new Date(a.updatedAt).getTime());
  const mustEnrol = mustEnrolTwoFactor(actor);

  return (
    <div className="grid max-w-3xl gap-10">
      <div>
        <h1 className="text-3xl font-bold">Account and security</h1>
        <p className="mt-2 text-muted">
          Signed in as <strong className="text-ink">{actor.email}</strong> ({actor.role === "admin" ? "administrator" : "facilitator"}).
        </p>
      </div>

      {mustEnrol ? (
        <div className="rounded-lg border border-amber-400 bg-amber-50 p-4">
          <h2 className="text-lg font-semibold">Turn on two-factor authentication to continue</h2>
          <p className="mt-1">
            Administrators must use two-factor authentication. Set it up below; until then, this page is the only one
            you can open.
          </p>
        </div>
      ) : null}

      <section aria-labelledby="two-factor-title" className="grid gap-3">
        <h2 id="two-factor-title" className="text-2xl font-semibold">
          Two-factor authentication
        </h2>
        {actor.twoFactorEnabled ? (
          <>
            <p>
              <strong>On.</strong> Signing in asks for a code from your authenticator app (or one of your backup codes).
            </p>
            {actor.role === "admin" ? (
              <p className="text-muted">Administrators must keep two-factor authentication on.</p>
            ) : (
              <DisableTwoFactor />
            )}
          </>
        ) : (
          <>
            <p>
              <strong>Off.</strong> With two-factor authentication, signing in also needs a 6-digit code from an
              authenticator app on your phone, so a stolen password alone is not enough.
            </p>
            <EnableTwoFactor />
          </>
        )}
      </section>

      <section aria-labelledby="password-title" className="grid gap-3">
        <h2 id="password-title" className="text-2xl font-semibold">
          Password
        </h2>
        <p className="text-muted">Changing your password signs you out on every other device.</p>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="sessions-title" className="grid gap-3">
        <h2 id="sessions-title" className="text-2xl font-semibold">
          Where you are signed in
        </h2>
        <ul aria-labelledby="sessions-title" className="grid gap-2">
          {sorted.map((s) => (
            <li key={s.id} className="rounded-lg border border-slate-200 p-3">
              <p className="font-medium">
                {deviceName(s.userAgent)}
                {s.id === current?.session.id ? <span className="ml-2 rounded bg-blue-100 px-2 py-0.5 text-sm text-brand-dark">This device</span> : null}
              </p>
              <p className="text-sm text-muted">
                Signed in {dateTime.format(new Date(s.createdAt))} UTC
                {s.ipAddress ? ` from ${s.ipAddress}` : ""}
              </p>
            </li>
          ))}
        </ul>
        <SignOutOthersButton others={sorted.length - 1} />
      </section>

      <section aria-labelledby="sign-out-title" className="grid gap-3">
        <h2 id="sign-out-title" className="text-2xl font-semibold">
          Sign out
        </h2>
        <SignOutButton />
      </section>
    </div>
  );
}
