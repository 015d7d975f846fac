"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { moveQuestionnaireItemAction, removeQuestionnaireItemAction } from "@/app/(app)/admin/questionnaires/actions";
import { secondaryButtonClass } from "@/components/ui/styles";

const small = `${secondaryButtonClass} px-3 text-sm`;

/** Move an item of a draft within its section, or remove it (asked twice). The data layer re-checks everything. */
export function QuestionnaireItemActions({ versionId, itemKey, isFirst, isLast }: { versionId: string; itemKey: string; isFirst: boolean; isLast: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: boolean; error?: string }>) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) return setError(result.error ?? "Something went wrong");
      setConfirming(false);
      router.refresh();
    });
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" className={small} disabled={pending || isFirst} onClick={() => run(() => moveQuestionnaireItemAction({ versionId, key: itemKey, direction: "up" }))}>
        Move up<span className="sr-only"> {itemKey}</span>
      </button>
      <button type="button" className={small} disabled={pending || isLast} onClick={() => run(() => moveQuestionnaireItemAction({ versionId, key: itemKey, direction: "down" }))}>
        Move down<span className="sr-only"> {itemKey}</span>
      </button>
      {confirming ? (
        <>
          <button type="button" className={`${small} border-red-700 text-red-800`} disabled={pending} onClick={() => run(() => removeQuestionnaireItemAction({ versionId, key: itemKey }))}>
            Confirm: remove {itemKey}
          </button>
          <button type="button" className={small} onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </>
      ) : (
        <button type="button" className={small} disabled={pending} onClick={() => setConfirming(true)}>
          Remove<span className="sr-only"> {itemKey}</span>
        </button>
      )}
      {error ? (
        <p role="alert" className="w-full text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
