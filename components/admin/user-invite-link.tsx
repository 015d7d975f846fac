"use client";

import { useState } from "react";
import { secondaryButtonClass } from "@/components/ui/styles";

export interface InvitationLink {
  name: string;
  email: string;
  link: string;
  emailed: boolean;
  expiresAt: string;
}

/** A set-password link, shown once right after it is made, with a copy button. */
export function UserInviteLink({ invitation }: { invitation: InvitationLink }) {
  const [copied, setCopied] = useState(false);
  const until = invitation.expiresAt.slice(0, 16).replace("T", " ");
  return (
    <section aria-label={`Set-password link for ${invitation.name}`} className="grid gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <p className="font-semibold">
        Set-password link for {invitation.name} ({invitation.email}): copy it now
      </p>
      <p className="text-sm">
        {invitation.emailed ? "It was also e-mailed to them. " : "It was not e-mailed: send it to them yourself. "}
        It works once, until {until} UTC. Bridge cannot show it again; make a new one if it is lost.
      </p>
      <div className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-center">
        <input
          readOnly
          value={invitation.link}
          aria-label={`Set-password link for ${invitation.name}`}
          className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 font-mono text-sm"
        />
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={async () => {
            await navigator.clipboard.writeText(invitation.link);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy link"}
        </button>
      </div>
    </section>
  );
}
