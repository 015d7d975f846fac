"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { renameQuestionnaireAction } from "@/app/(app)/admin/questionnaires/actions";
import { inputClass, secondaryButtonClass } from "@/components/ui/styles";

/** Rename an unused draft (the only change a version accepts here); the data layer refuses anything else. */
export function QuestionnaireRenameForm({ versionId, title }: { versionId: string; title: string }) {
  const router = useRouter();
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = `rename-${versionId}`;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          setError(null);
          const result = await renameQuestionnaireAction({ versionId, title: value });
          if (!result.ok) return setError(result.fieldErrors?.title ?? result.error);
          router.refresh();
        });
      }}
    >
      <div>
        <label htmlFor={id} className="block text-xs font-medium">
          Title of {versionId}
        </label>
        <input id={id} className={inputClass} value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      </div>
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        Rename {versionId}
      </button>
      {error ? (
        <p id={`${id}-error`} role="alert" className="w-full text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
