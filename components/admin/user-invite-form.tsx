"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { inviteUserAction } from "@/app/(app)/admin/users/actions";
import { Field } from "@/components/forms/field";
import { primaryButtonClass } from "@/components/ui/styles";
import { ZUserInvite } from "@/lib/validation/user";
import { UserInviteLink, type InvitationLink } from "./user-invite-link";

type Invite = z.input<typeof ZUserInvite>;

/** Invite a facilitator (or an admin): the account is created and its set-password link shown once. */
export function UserInviteForm({ emailConfigured }: { emailConfigured: boolean }) {
  const [invitation, setInvitation] = useState<InvitationLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Invite>({ resolver: zodResolver(ZUserInvite), defaultValues: { name: "", email: "", role: "facilitator" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await inviteUserAction(values);
    if (!result.ok) {
      setError(result.error);
      for (const [k, m] of Object.entries(result.fieldErrors ?? {})) form.setError(k as keyof Invite, { message: m }, { shouldFocus: true });
      return;
    }
    setInvitation(result.data);
    form.reset({ name: "", email: "", role: "facilitator" });
  });

  return (
    <div className="grid gap-4">
      <form onSubmit={onSubmit} noValidate aria-labelledby="invite-title" className="grid max-w-xl gap-3">
        <h2 id="invite-title" className="text-lg font-semibold">
          Invite a facilitator
        </h2>
        <Field id="invite-name" label="Name" error={errors.name?.message}>
          {(p) => <input {...p} autoComplete="off" {...form.register("name")} />}
        </Field>
        <Field
          id="invite-email"
          label="E-mail"
          hint={emailConfigured ? "The set-password link is e-mailed to this address and shown here once." : "E-mail is not configured: copy the set-password link shown after inviting."}
          error={errors.email?.message}
        >
          {(p) => <input {...p} type="email" autoComplete="off" {...form.register("email")} />}
        </Field>
        <Field id="invite-role" label="Role" hint="An admin must set up two-factor authentication at first sign-in." error={errors.role?.message}>
          {(p) => (
            <select {...p} {...form.register("role")}>
              <option value="facilitator">Facilitator</option>
              <option value="admin">Admin</option>
            </select>
          )}
        </Field>
        {error ? (
          <p role="alert" className="font-medium text-red-700">
            {error}
          </p>
        ) : null}
        <div>
          <button type="submit" className={primaryButtonClass} disabled={isSubmitting}>
            {isSubmitting ? "Inviting…" : "Invite"}
          </button>
        </div>
      </form>
      <div role="status">{invitation ? <UserInviteLink invitation={invitation} /> : null}</div>
    </div>
  );
}
