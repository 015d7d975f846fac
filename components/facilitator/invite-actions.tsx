"use client";

import { useState } from "react";
import { changeInviteAction } from "@/app/(app)/app/actions";
import { secondaryButtonClass } from "@/components/ui/styles";

/** Per participant: a new link (shown once, ready to copy) or withdrawing the current one. */
export function InviteActions({ participantId, name, disabled }: { participantId: string; name: string; disabled: boolean }) {
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (change: "regenerate" | "revoke") => {
    const result = await changeInviteAction({ participantId, change });
    if (!result.ok) return setMessage(result.error);
    setLink(result.data?.link ?? null);
    setMessage(change === "revoke" ? "Link withdrawn" : null);
  };
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={secondaryButtonClass} disabled={disabled} onClick={() => run("regenerate")}>
          New link<span className="sr-only"> for {name}</span>
        </button>
        <button type="button" className={secondaryButtonClass} disabled={disabled} onClick={() => run("revoke")}>
          Withdraw link<span className="sr-only"> for {name}</span>
        </button>
      </div>
      {link ? <input readOnly value={link} aria-label={`New invitation link for ${name}`} className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 px-2 font-mono text-xs" /> : null}
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
    </div>
  );
}
