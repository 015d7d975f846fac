"use client";

import { useState } from "react";
import { sendRemindersAction } from "@/app/(app)/app/actions";
import { secondaryButtonClass } from "@/components/ui/styles";

/** E-mails a fresh link to everyone with an address who has not submitted (their old link stops working). */
export function RemindersButton({ assessmentId }: { assessmentId: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const result = await sendRemindersAction({ assessmentId });
          setPending(false);
          setMessage(result.ok ? `Reminders sent: ${result.data.sent}${result.data.failed ? `, failed: ${result.data.failed}` : ""}` : result.error);
        }}
      >
        Send reminders
      </button>
      {message ? (
        <p role="status" className="mt-1 text-sm">
          {message}
        </p>
      ) : null}
    </div>
  );
}
