"use client";

import { useState, useTransition } from "react";
import { changeUserAccountAction, changeUserRoleAction } from "@/app/(app)/admin/users/actions";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";
import type { Role } from "@/lib/domain";
import type { UserStatus } from "@/lib/admin/types";
import { UserInviteLink, type InvitationLink } from "./user-invite-link";

type Change = "make-admin" | "make-facilitator" | "disable" | "enable" | "reset-two-factor" | "new-link";

interface Props {
  user: { id: string; name: string; role: Role; status: UserStatus; twoFactorEnabled: boolean };
}

const LABELS: Record<Change, { button: string; confirm: string; warning: (name: string) => string | null }> = {
  "make-admin": { button: "Make admin", confirm: "Yes, make admin", warning: (n) => `${n} will manage users, the benchmark library and the audit log, and must set up two-factor authentication first.` },
  "make-facilitator": { button: "Make facilitator", confirm: "Yes, make facilitator", warning: (n) => `${n} loses every admin right at once.` },
  disable: { button: "Disable", confirm: "Yes, disable", warning: (n) => `${n} is signed out everywhere at once and cannot sign in until enabled again.` },
  enable: { button: "Enable", confirm: "Enable", warning: () => null },
  "reset-two-factor": {
    button: "Reset two-factor",
    confirm: "Yes, reset two-factor",
    warning: (n) => `${n}'s authenticator and backup codes stop working and they are signed out everywhere; they set two-factor up again after signing in.`,
  },
  "new-link": { button: "New set-password link", confirm: "Yes, make a new link", warning: (n) => `The link ${n} was sent before stops working.` },
};

/** The changes an admin can make to one account; anything destructive asks for confirmation first. */
export function UserActions({ user }: Props) {
  const [confirming, setConfirming] = useState<Change | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [invitation, setInvitation] = useState<InvitationLink | null>(null);
  const [isPending, startTransition] = useTransition();

  const changes: Change[] = [
    user.role === "admin" ? "make-facilitator" : "make-admin",
    user.status === "disabled" ? "enable" : "disable",
    ...(user.twoFactorEnabled ? (["reset-two-factor"] as const) : []),
    ...(user.status === "invited" ? (["new-link"] as const) : []),
  ];

  function run(change: Change) {
    setError(null);
    setDone(null);
    setInvitation(null);
    startTransition(async () => {
      const result =
        change === "make-admin" || change === "make-facilitator"
          ? await changeUserRoleAction({ userId: user.id, role: change === "make-admin" ? "admin" : "facilitator" })
          : await changeUserAccountAction({ userId: user.id, change });
      setConfirming(null);
      if (!result.ok) return setError(result.error);
      if (result.data) setInvitation({ ...result.data, name: user.name });
      setDone(`${LABELS[change].button}: done for ${user.name}.`);
    });
  }

  const open = confirming ? LABELS[confirming] : null;
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        {changes.map((change) => (
          <button
            key={change}
            type="button"
            className={secondaryButtonClass}
            disabled={isPending}
            aria-expanded={LABELS[change].warning(user.name) ? confirming === change : undefined}
            onClick={() => (LABELS[change].warning(user.name) ? setConfirming(change) : run(change))}
          >
            {LABELS[change].button}
            <span className="sr-only"> for {user.name}</span>
          </button>
        ))}
      </div>
      {confirming && open ? (
        <div role="group" aria-label={`Confirm: ${open.button} for ${user.name}`} className="grid gap-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p>{open.warning(user.name)}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={primaryButtonClass} disabled={isPending} autoFocus onClick={() => run(confirming)}>
              {open.confirm}
            </button>
            <button type="button" className={secondaryButtonClass} disabled={isPending} onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <p role="status" className={done ? "text-sm" : "sr-only"}>
        {done}
      </p>
      {invitation ? <UserInviteLink invitation={invitation} /> : null}
    </div>
  );
}
