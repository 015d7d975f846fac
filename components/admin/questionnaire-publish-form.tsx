"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { publishQuestionnaireAction } from "@/app/(app)/admin/questionnaires/actions";
import { primaryButtonClass } from "@/components/ui/styles";

/**
 * Publish a draft. Disabled while the page lists problems; the server checks again (validateQuestionnaire inside
 * the transaction that publishes) and says why when it refuses.
 */
export function QuestionnairePublishForm({ versionId, problems }: { versionId: string; problems: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const blocked = problems > 0;
  return (
    <div className="grid max-w-3xl gap-3">
      {blocked ? (
        <p id="publish-blocked" className="font-medium">
          Publishing is blocked until the {problems === 1 ? "problem" : `${problems} problems`} above {problems === 1 ? "is" : "are"} fixed.
        </p>
      ) : (
        <p>Once published, {versionId} cannot change, and facilitators can choose it for new assessments (the newest published version is their default).</p>
      )}
      <div className="flex flex-wrap gap-3">
        {confirming && !blocked ? (
          <>
            <button
              type="button"
              className={primaryButtonClass}
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  setError(null);
                  const result = await publishQuestionnaireAction({ versionId });
                  if (!result.ok) return setError(result.error);
                  router.refresh();
                })
              }>
              Confirm: publish {versionId} now
            </button>
            <button type="button" className="min-h-11 px-3 underline" onClick={() => setConfirming(false)}>
              Not yet
            </button>
          </>
        ) : (
          <button type="button" className={primaryButtonClass} disabled={blocked} aria-describedby={blocked ? "publish-blocked" : undefined} onClick={() => setConfirming(true)}>
            Publish {versionId}
          </button>
        )}
      </div>
      {error ? (
        <p role="alert" className="font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
