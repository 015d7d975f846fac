"use client";
// Sign-in in the browser, through better-auth's HTTP endpoints (so its rate limits and origin checks apply):
// email + password, then, for accounts with two-factor, a 6-digit code or one of the backup codes.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { authClient } from "@/lib/auth/client";
import {
  backupCodeSchema,
  signInSchema,
  totpSchema,
  type BackupCodeInput,
  type SignInInput,
  type TotpInput,
} from "@/lib/validation/auth";
import { FormError, TextField, primaryButtonClass } from "./auth-fields";
import { NETWORK_PROBLEM, asAuthError, codeErrorMessage, signInErrorMessage } from "./auth-errors";

type Step = "password" | "totp" | "backup";

/** After signing in: a full navigation, so every server component renders with the new session. */
function go(next: string) {
  window.location.assign(next);
}

export function SignInForm({ next }: { next: string }) {
  const [step, setStep] = useState<Step>("password");
  const [notice, setNotice] = useState<string | null>(null);

  if (step === "password") {
    return (
      <PasswordStep
        notice={notice}
        onTwoFactor={() => {
          setNotice(null);
          setStep("totp");
        }}
        onDone={() => go(next)}
      />
    );
  }
  return (
    <CodeStep
      key={step}
      kind={step}
      onSwitch={() => setStep(step === "totp" ? "backup" : "totp")}
      onRestart={(message) => {
        setNotice(message);
        setStep("password");
      }}
      onDone={() => go(next)}
    />
  );
}

function PasswordStep({ notice, onTwoFactor, onDone }: { notice: string | null; onTwoFactor: () => void; onDone: () => void }) {
  const [formError, setFormError] = useState<string | null>(notice);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    setFormError(null);
    try {
      const { data, error } = await authClient.signIn.email({ email, password });
      if (error) {
        setFormError(signInErrorMessage(asAuthError(error)));
        form.resetField("password");
        return;
      }
      if (data && "twoFactorRedirect" in data && data.twoFactorRedirect) onTwoFactor();
      else onDone();
    } catch {
      setFormError(NETWORK_PROBLEM);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="signin-error" className="grid gap-4">
      <TextField
        id="signin-email"
        label="Email"
        type="email"
        autoComplete="username"
        inputMode="email"
        registration={form.register("email")}
        error={errors.email?.message}
      />
      <TextField
        id="signin-password"
        label="Password"
        type="password"
        autoComplete="current-password"
        registration={form.register("password")}
        error={errors.password?.message}
      />
      <FormError id="signin-error" message={formError} />
      <div>
        <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
          {isSubmitting ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}

interface CodeStepProps {
  kind: "totp" | "backup";
  onSwitch: () => void;
  onRestart: (message: string) => void;
  onDone: () => void;
}

function CodeStep({ kind, onSwitch, onRestart, onDone }: CodeStepProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TotpInput | BackupCodeInput>({
    resolver: zodResolver(kind === "totp" ? totpSchema : backupCodeSchema),
    defaultValues: { code: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const code = String(values.code);
    try {
      const { error } =
        kind === "totp" ? await authClient.twoFactor.verifyTotp({ code }) : await authClient.twoFactor.verifyBackupCode({ code });
      if (!error) return onDone();
      const { message, restart } = codeErrorMessage(asAuthError(error));
      if (restart) return onRestart(message);
      setFormError(message);
      form.resetField("code");
      form.setFocus("code");
    } catch {
      setFormError(NETWORK_PROBLEM);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="code-step-title" aria-describedby="code-step-error" className="grid gap-4">
      <h2 id="code-step-title" className="text-xl font-semibold">
        {kind === "totp" ? "Two-factor authentication" : "Sign in with a backup code"}
      </h2>
      <TextField
        id="signin-code"
        label={kind === "totp" ? "6-digit code" : "Backup code"}
        hint={
          kind === "totp"
            ? "Open your authenticator app and enter the code it shows for Bridge."
            : "Enter one of the backup codes you saved when you turned on two-factor authentication. Each code works once."
        }
        autoComplete="one-time-code"
        inputMode={kind === "totp" ? "numeric" : "text"}
        autoFocus
        registration={form.register("code")}
        error={errors.code?.message}
      />
      <FormError id="code-step-error" message={formError} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
          {isSubmitting ? "Checking…" : "Verify and sign in"}
        </button>
        <button type="button" onClick={onSwitch} className="min-h-11 text-brand-dark underline underline-offset-3">
          {kind === "totp" ? "Use a backup code instead" : "Use a code from your app instead"}
        </button>
      </div>
    </form>
  );
}
