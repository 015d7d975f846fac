"use client";
// Signing out here, or on every other device.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "@/lib/auth/client";
import { FormError, FormStatus, primaryButtonClass, secondaryButtonClass } from "./auth-fields";
import { NETWORK_PROBLEM } from "./auth-errors";

export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="grid gap-3">
      <div>
        <button
          type="button"
          disabled={pending}
          className={primaryButtonClass}
          onClick={async () => {
            setPending(true);
            setError(null);
            try {
              const { error: failed } = await authClient.signOut();
              if (failed) throw failed;
              router.replace("/signin");
              router.refresh();
            } catch {
              setError(NETWORK_PROBLEM);
              setPending(false);
            }
          }}
        >
          {pending ? "Signing out…" : "Sign out"}
        </button>
      </div>
      <FormError id="sign-out-error" message={error} />
    </div>
  );
}

/** Signs out every other device; stays mounted when none is left, so its confirmation outlives the refresh. */
export function SignOutOthersButton({ others }: { others: number }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <div className="grid gap-3">
      {others > 0 ? (
        <div>
          <button
            type="button"
            disabled={pending}
            className={secondaryButtonClass}
            onClick={async () => {
              setPending(true);
              setError(null);
              setStatus(null);
              try {
                const { error: failed } = await authClient.revokeOtherSessions();
                if (failed) throw failed;
                setStatus("Every other device was signed out.");
                router.refresh();
              } catch {
                setError(NETWORK_PROBLEM);
              } finally {
                setPending(false);
              }
            }}
          >
            {pending ? "Signing out…" : "Sign out everywhere else"}
          </button>
        </div>
      ) : status ? null : (
        <p className="text-muted">You are not signed in anywhere else.</p>
      )}
      <FormError id="sign-out-others-error" message={error} />
      <FormStatus message={status} />
    </div>
  );
}
