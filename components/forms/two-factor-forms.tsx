"use client";
// Turning two-factor authentication on (password → setup key and backup codes → first code) and off.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { authClient } from "@/lib/auth/client";
import { confirmPasswordSchema, totpSchema, type ConfirmPasswordInput, type TotpInput } from "@/lib/validation/auth";
import { FormError, TextField, primaryButtonClass, secondaryButtonClass } from "./auth-fields";
import { NETWORK_PROBLEM, TOO_MANY_ATTEMPTS, asAuthError, codeErrorMessage } from "./auth-errors";

interface Setup {
  uri: string;
  secret: string;
  backupCodes: string[];
}

function passwordErrorMessage(status: number, code: string | undefined): string {
  if (status === 429) return TOO_MANY_ATTEMPTS;
  if (code === "INVALID_PASSWORD") return "That password is not right.";
  if (code === "ADMIN_2FA_REQUIRED") return "Admins must keep two-factor authentication on.";
  return "That did not work. Reload the page and try again.";
}

/** The setup key in groups of four, as authenticator apps show and accept it. */
function groups(secret: string) {
  return secret.replace(/=+$/, "").match(/.{1,4}/g)?.join(" ") ?? secret;
}

export function EnableTwoFactor() {
  const [setup, setSetup] = useState<Setup | null>(null);
  return setup ? <VerifySetup setup={setup} onCancel={() => setSetup(null)} /> : <StartSetup onStarted={setSetup} />;
}

type ConfirmResult = { ok: true } | { ok: false; status: number; code?: string };

/**
 * "Confirm your password" before a two-factor change (turning it on or off): one form, the action passed in.
 * A wrong password is shown on the field; anything else as a form error.
 */
function ConfirmPasswordForm({
  id,
  hint,
  submitLabel,
  pendingLabel,
  buttonClass,
  onConfirm,
}: {
  id: string;
  hint: string;
  submitLabel: string;
  pendingLabel: string;
  buttonClass: string;
  onConfirm: (password: string) => Promise<ConfirmResult>;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ConfirmPasswordInput>({ resolver: zodResolver(confirmPasswordSchema), defaultValues: { password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      const result = await onConfirm(password);
      if (result.ok) return;
      if (result.code === "INVALID_PASSWORD") form.setError("password", { message: "That password is not right." }, { shouldFocus: true });
      else setFormError(passwordErrorMessage(result.status, result.code));
    } catch {
      setFormError(NETWORK_PROBLEM);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={`${id}-error`} className="grid max-w-md gap-4">
      <TextField
        id={`${id}-password`}
        label="Your password"
        hint={hint}
        type="password"
        autoComplete="current-password"
        registration={form.register("password")}
        error={errors.password?.message}
      />
      <FormError id={`${id}-error`} message={formError} />
      <div>
        <button type="submit" disabled={isSubmitting} className={buttonClass}>
          {isSubmitting ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}

function StartSetup({ onStarted }: { onStarted: (setup: Setup) => void }) {
  return (
    <ConfirmPasswordForm
      id="enable-2fa"
      hint="To turn on two-factor authentication, confirm your password."
      submitLabel="Set up two-factor authentication"
      pendingLabel="Starting…"
      buttonClass={primaryButtonClass}
      onConfirm={async (password) => {
        const { data, error } = await authClient.twoFactor.enable({ password });
        if (error || !data || data.method !== "totp") {
          const e = asAuthError(error);
          return { ok: false, status: e.status, code: e.code };
        }
        const secret = new URL(data.totpURI).searchParams.get("secret") ?? "";
        onStarted({ uri: data.totpURI, secret, backupCodes: data.backupCodes });
        return { ok: true };
      }}
    />
  );
}

function VerifySetup({ setup, onCancel }: { setup: Setup; onCancel: () => void }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TotpInput>({ resolver: zodResolver(totpSchema), defaultValues: { code: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ code }) => {
    setFormError(null);
    try {
      const { error } = await authClient.twoFactor.verifyTotp({ code: String(code) });
      if (error) {
        setFormError(codeErrorMessage(asAuthError(error)).message);
        form.resetField("code");
        form.setFocus("code");
        return;
      }
      router.refresh();
    } catch {
      setFormError(NETWORK_PROBLEM);
    }
  });

  return (
    <div className="grid gap-6">
      <div>
        <h3 className="text-lg font-semibold">1. Add Bridge to your authenticator app</h3>
        <p className="mt-1 text-muted">
          In your app (for example Google Authenticator, Microsoft Authenticator, 1Password or Bitwarden), add an account
          by entering this setup key by hand:
        </p>
        <p className="mt-2">
          <span className="font-medium">Setup key: </span>
          <code data-testid="totp-secret" className="break-all rounded bg-slate-100 px-2 py-1 font-mono text-base">
            {groups(setup.secret)}
          </code>
        </p>
        <p className="mt-3 text-sm text-muted">Or, on the device with your app, use this setup address:</p>
        <p className="mt-1">
          <code data-testid="totp-uri" className="block break-all rounded bg-slate-100 px-2 py-1 font-mono text-sm">
            {setup.uri}
          </code>
        </p>
      </div>
      <div>
        <h3 className="text-lg font-semibold">2. Save your backup codes</h3>
        <p className="mt-1 text-muted">
          If you lose your phone, each of these codes signs you in once. Keep them somewhere safe, such as a password
          manager. They are shown only now.
        </p>
        <ol aria-label="Backup codes" className="mt-2 grid max-w-md grid-cols-2 gap-2 font-mono">
          {setup.backupCodes.map((code) => (
            <li key={code} className="rounded bg-slate-100 px-2 py-1">
              {code}
            </li>
          ))}
        </ol>
      </div>
      <form onSubmit={onSubmit} noValidate aria-describedby="verify-2fa-error" className="grid max-w-md gap-4">
        <h3 className="text-lg font-semibold">3. Enter the code from your app</h3>
        <TextField
          id="verify-2fa-code"
          label="6-digit code"
          autoComplete="one-time-code"
          inputMode="numeric"
          registration={form.register("code")}
          error={errors.code?.message}
        />
        <FormError id="verify-2fa-error" message={formError} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
            {isSubmitting ? "Checking…" : "Turn on two-factor authentication"}
          </button>
          <button type="button" onClick={onCancel} className={secondaryButtonClass}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}

export function DisableTwoFactor() {
  const router = useRouter();
  return (
    <ConfirmPasswordForm
      id="disable-2fa"
      hint="To turn off two-factor authentication, confirm your password."
      submitLabel="Turn off two-factor authentication"
      pendingLabel="Turning off…"
      buttonClass={secondaryButtonClass}
      onConfirm={async (password) => {
        const { error } = await authClient.twoFactor.disable({ password });
        if (error) {
          const e = asAuthError(error);
          return { ok: false, status: e.status, code: e.code };
        }
        router.refresh();
        return { ok: true };
      }}
    />
  );
}
