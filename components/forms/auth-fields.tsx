"use client";
// Form pieces shared by the sign-in and account forms: a labelled text input whose hint and error are tied to
// it with aria-describedby, a form-level error (role=alert) and a status line (role=status).
import type { UseFormRegisterReturn } from "react-hook-form";

import { inputClass } from "@/components/ui/styles";
import { PASSWORD_MIN } from "@/lib/validation/auth";

export { primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";

interface TextFieldProps {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "email";
  hint?: string;
  error?: string;
  autoFocus?: boolean;
  className?: string;
}

export function TextField({ id, label, registration, type = "text", autoComplete, inputMode, hint, error, autoFocus, className }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`grid gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="font-medium text-ink">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoFocus={autoFocus}
        className={`${inputClass} w-full`}
        {...registration}
      />
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FormError({ id, message }: { id: string; message: string | null }) {
  return (
    <div id={id} role="alert" className={message ? "rounded-md border border-red-300 bg-red-50 p-3 font-medium text-red-800" : ""}>
      {message}
    </div>
  );
}

export function FormStatus({ message }: { message: string | null }) {
  return (
    <p role="status" className={message ? "rounded-md border border-green-300 bg-green-50 p-3 font-medium text-green-900" : "sr-only"}>
      {message}
    </p>
  );
}

/** The new password and its confirmation, as every form that sets a password asks for them. */
export function NewPasswordFields({
  ids,
  label,
  newPassword,
  confirmPassword,
}: {
  ids: { new: string; confirm: string };
  label: string;
  newPassword: { registration: TextFieldProps["registration"]; error?: string };
  confirmPassword: { registration: TextFieldProps["registration"]; error?: string };
}) {
  return (
    <>
      <TextField
        id={ids.new}
        label={label}
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong password that is easy to remember; common passwords are refused.`}
        type="password"
        autoComplete="new-password"
        registration={newPassword.registration}
        error={newPassword.error}
      />
      <TextField
        id={ids.confirm}
        label={`${label} again`}
        type="password"
        autoComplete="new-password"
        registration={confirmPassword.registration}
        error={confirmPassword.error}
      />
    </>
  );
}
