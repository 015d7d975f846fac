"use client";

import { useActionState } from "react";
import { submitAction, type ActionState } from "@/app/(respondent)/respond/actions";
import { primaryButtonClass } from "@/components/ui/styles";

/** Submit once: the button is disabled while the request runs, and the server is idempotent anyway. */
export function SubmitForm() {
  const [state, action, pending] = useActionState<ActionState>(submitAction, { error: null });
  return (
    <form action={action} className="mt-6">
      {state.error ? (
        <p role="alert" className="mb-3 font-medium text-red-700">
          {state.error}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Submitting…" : "Submit my answers"}
      </button>
      <p className="mt-2 text-sm text-muted">After you submit, your answers can no longer be changed.</p>
    </form>
  );
}
