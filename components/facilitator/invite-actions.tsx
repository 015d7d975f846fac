"use client";

import { useState } from "react";
import { changeInviteAction } from "@/app/(app)/app/actions";
import { secondaryButtonClass } from "@/components/ui/styles";
import { useInviteLinks } from "./invite-links-context";

/** Per participant: a new link (it joins the page's list of links, ready to copy) or withdrawing the current one. */
export function InviteActions({ participantId, name, disabled }: { participantId: string; name: string; disabled: boolean }) {
  const links = useInviteLinks();
  const [message, setMessage] = useState<string | null>(null);
  const run = async (change: "regenerate" | "revoke") => {
    const result = await changeInviteAction({ participantId, change });
    if (!result.ok) return setMessage(result.error);
    if (change === "revoke") links.withdraw(participantId);
    else if (result.data) links.add([result.data]);
    setMessage(change === "revoke" ? "Link withdrawn" : "New link made: it is in the list of invitation links above");
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
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
    </div>
  );
}
