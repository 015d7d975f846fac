"use client";

import { useActionState } from "react";
import { consentAction, type ActionState } from "@/app/(respondent)/respond/actions";
import { primaryButtonClass } from "@/components/ui/styles";

export function ConsentForm({ isLeader }: { isLeader: boolean }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(consentAction, { error: null });
  return (
    <form action={action} className="mt-6 grid gap-4 rounded-lg border border-slate-200 bg-surface p-4 sm:p-5">
      <label className="flex items-start gap-3">
        <input type="checkbox" name="agree" required aria-describedby={state.error ? "consent-error" : undefined} className="mt-1 size-5 shrink-0 accent-brand" />
        <span>I agree to take part. My answers are used for this assessment as described above.</span>
      </label>
      {isLeader ? (
        <label className="flex items-start gap-3">
          <input type="checkbox" name="showName" className="mt-1 size-5 shrink-0 accent-brand" />
          <span>Show my answers with my name to the facilitator and the leadership team (optional; without it they appear without your name).</span>
        </label>
      ) : null}
      {state.error ? (
        <p id="consent-error" role="alert" className="font-medium text-red-700">
          {state.error}
        </p>
      ) : null}
      <div>
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? "Starting…" : "Start the assessment"}
        </button>
      </div>
    </form>
  );
}
