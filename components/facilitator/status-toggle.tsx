"use client";

import { useState } from "react";
import { setAssessmentStatusAction } from "@/app/(app)/app/actions";
import { secondaryButtonClass } from "@/components/ui/styles";

export function StatusToggle({ assessmentId, status }: { assessmentId: string; status: string }) {
  const [error, setError] = useState<string | null>(null);
  const next = status === "closed" ? "open" : "closed";
  return (
    <div>
      <button
        type="button"
        className={secondaryButtonClass}
        onClick={async () => {
          const result = await setAssessmentStatusAction({ assessmentId, status: next });
          setError(result.ok ? null : result.error);
        }}
      >
        {status === "closed" ? "Reopen the assessment" : "Close the assessment"}
      </button>
      {error ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
