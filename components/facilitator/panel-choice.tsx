"use client";

import { useState } from "react";
import { setPanelOptInAction } from "@/app/(app)/app/actions";
import { secondaryButtonClass } from "@/components/ui/styles";

/** Join or leave the cross-organization benchmark panel (takes effect on the next comparison view). */
export function PanelChoice({ organizationId, panelOptIn }: { organizationId: string; panelOptIn: boolean }) {
  const [inPanel, setInPanel] = useState(panelOptIn);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="space-y-2">
      <p role="status">{inPanel ? "This organization is in the benchmark panel." : "This organization is not in the benchmark panel."}</p>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await setPanelOptInAction({ organizationId, panelOptIn: !inPanel });
          setBusy(false);
          if (result.ok) setInPanel(result.data.panelOptIn);
          setError(result.ok ? null : result.error);
        }}
      >
        {inPanel ? "Leave the benchmark panel" : "Join the benchmark panel"}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
