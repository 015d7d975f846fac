"use client";
// The invitee chooses a password through better-auth's /reset-password endpoint, so its rate limits and the
// password rules of lib/auth/server.ts (12+ characters, not a common password) apply; the token works once.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError, NewPasswordFields, primaryButtonClass } from "@/components/forms/auth-fields";
import { NETWORK_PROBLEM, TOO_MANY_ATTEMPTS, asAuthError } from "@/components/forms/auth-errors";
import { authClient } from "@/lib/auth/client";
import { ZSetPassword, type TSetPassword } from "@/lib/validation/user";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [isDone, setDone] = useState(false);
  const form = useForm<TSetPassword>({ resolver: zodResolver(ZSetPassword), defaultValues: { token, newPassword: "", confirmPassword: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ newPassword }) => {
    setFormError(null);
    try {
      const { error } = await authClient.resetPassword({ newPassword, token });
      if (!error) return setDone(true);
      const e = asAuthError(error);
      if (e.code === "PASSWORD_REJECTED" || e.code === "PASSWORD_TOO_SHORT" || e.code === "PASSWORD_TOO_LONG") {
        form.setError("newPassword", { message: e.message ?? "Choose a different password." }, { shouldFocus: true });
      } else if (e.code === "INVALID_TOKEN") {
        setFormError("This link has expired or has already been used. Ask a Bridge administrator for a new one.");
      } else {
        setFormError(e.status === 429 ? TOO_MANY_ATTEMPTS : "Setting the password did not work. Reload the page and try again.");
      }
    } catch {
      setFormError(NETWORK_PROBLEM);
    }
  });

  if (isDone) {
    return (
      <div role="status" className="grid gap-3">
        <p className="font-medium">Your password is set.</p>
        <p>
          <Link href="/signin" className="font-semibold">
            Sign in
          </Link>{" "}
          with {email} and your new password.
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="set-password-error" className="grid gap-4">
      {/* for password managers: the account this password belongs to */}
      <input type="hidden" autoComplete="username" value={email} readOnly />
      <NewPasswordFields
        ids={{ new: "set-password-new", confirm: "set-password-confirm" }}
        label="Password"
        newPassword={{ registration: form.register("newPassword"), error: errors.newPassword?.message }}
        confirmPassword={{ registration: form.register("confirmPassword"), error: errors.confirmPassword?.message }}
      />
      <FormError id="set-password-error" message={formError} />
      <div>
        <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
          {isSubmitting ? "Saving…" : "Set password"}
        </button>
      </div>
    </form>
  );
}
