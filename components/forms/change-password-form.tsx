"use client";
// Changing the password. The server always signs out every other session (lib/auth/server.ts) and rejects
// common passwords; its answer is shown on the field it concerns.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { authClient } from "@/lib/auth/client";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/auth";
import { FormError, FormStatus, NewPasswordFields, TextField, primaryButtonClass } from "./auth-fields";
import { NETWORK_PROBLEM, TOO_MANY_ATTEMPTS, asAuthError } from "./auth-errors";

export function ChangePasswordForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(null);
    setStatus(null);
    try {
      const { error } = await authClient.changePassword({ currentPassword, newPassword, revokeOtherSessions: true });
      if (error) {
        const e = asAuthError(error);
        if (e.code === "INVALID_PASSWORD") {
          form.setError("currentPassword", { message: "Your current password is not right." }, { shouldFocus: true });
        } else if (e.code === "PASSWORD_REJECTED" || e.code === "PASSWORD_TOO_SHORT" || e.code === "PASSWORD_TOO_LONG") {
          form.setError("newPassword", { message: e.message ?? "Choose a different password." }, { shouldFocus: true });
        } else {
          setFormError(e.status === 429 ? TOO_MANY_ATTEMPTS : "Changing the password did not work. Reload the page and try again.");
        }
        return;
      }
      form.reset();
      setStatus("Your password was changed. Every other device was signed out.");
      router.refresh();
    } catch {
      setFormError(NETWORK_PROBLEM);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="change-password-error" className="grid max-w-md gap-4">
      <TextField
        id="current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        registration={form.register("currentPassword")}
        error={errors.currentPassword?.message}
      />
      <NewPasswordFields
        ids={{ new: "new-password", confirm: "confirm-password" }}
        label="New password"
        newPassword={{ registration: form.register("newPassword"), error: errors.newPassword?.message }}
        confirmPassword={{ registration: form.register("confirmPassword"), error: errors.confirmPassword?.message }}
      />
      <FormError id="change-password-error" message={formError} />
      <FormStatus message={status} />
      <div>
        <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
          {isSubmitting ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
