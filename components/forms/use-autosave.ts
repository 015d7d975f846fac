"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type SaveStatus = "idle" | "saving" | "saved" | "retrying" | "offline" | "blocked";

interface Options {
  endpoint: string;
  /** localStorage key for answers not yet acknowledged by the server (survives reloads and closed tabs). */
  storageKey: string;
  /** The server refused a value (4xx): show its message on the field. */
  onRejected: (itemKey: string, message: string) => void;
  onSaved?: (itemKey: string) => void;
}

type Pending = Record<string, unknown>;

function readPending(storageKey: string): Pending {
  try {
    return JSON.parse(localStorage.getItem(storageKey) ?? "{}") as Pending;
  } catch {
    return {};
  }
}

/**
 * Saves each answer as soon as it changes: one idempotent request per item, retried with back-off while the
 * network is down, and kept in localStorage until the server acknowledges it, so nothing is lost on reload,
 * on closing the tab, or when the connection drops.
 */
export function useAutosave({ endpoint, storageKey, onRejected, onSaved }: Options) {
  const [status, setStatus] = useState<SaveStatus>("idle");
  const pending = useRef<Pending>({});
  const running = useRef(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempt = useRef(0);
  const callbacks = useRef({ onRejected, onSaved });
  useEffect(() => {
    callbacks.current = { onRejected, onSaved };
  });

  const persist = useCallback(() => {
    try {
      if (Object.keys(pending.current).length) localStorage.setItem(storageKey, JSON.stringify(pending.current));
      else localStorage.removeItem(storageKey);
    } catch {
      // private mode or quota: the in-memory queue still retries
    }
  }, [storageKey]);

  const flush = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      while (Object.keys(pending.current).length) {
        const [itemKey, value] = Object.entries(pending.current)[0]!;
        setStatus("saving");
        let response: Response;
        try {
          response = await fetch(endpoint, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ itemKey, value }),
          });
        } catch {
          response = new Response(null, { status: 599 });
        }
        if (response.status === 401 || response.status === 403 || response.status === 409 || response.status === 410) {
          // the link no longer works (replaced, withdrawn, closed, submitted): keep every unsaved answer on this
          // device, so opening the new link sends them, and stop trying
          setStatus("blocked");
          return;
        }
        if (response.ok || (response.status >= 400 && response.status < 500)) {
          if (Object.is(pending.current[itemKey], value)) delete pending.current[itemKey];
          persist();
          attempt.current = 0;
          if (response.ok) callbacks.current.onSaved?.(itemKey);
          else {
            const body = (await response.json().catch(() => null)) as { error?: string } | null;
            callbacks.current.onRejected(itemKey, body?.error ?? "This answer could not be saved");
          }
          continue;
        }
        // network down or server error: keep the answer and try again later
        const online = typeof navigator === "undefined" || navigator.onLine;
        setStatus(online ? "retrying" : "offline");
        const delay = Math.min(15_000, 1000 * 2 ** attempt.current++);
        if (retryTimer.current) clearTimeout(retryTimer.current);
        retryTimer.current = setTimeout(() => void flush(), delay);
        return;
      }
      setStatus((s) => (s === "idle" ? "idle" : "saved"));
    } finally {
      running.current = false;
    }
  }, [endpoint, persist]);

  const save = useCallback(
    (itemKey: string, value: unknown) => {
      pending.current[itemKey] = value;
      persist();
      void flush();
    },
    [flush, persist],
  );

  useEffect(() => {
    // answers left over from an earlier visit (closed tab, lost connection) go first
    pending.current = { ...readPending(storageKey), ...pending.current };
    if (Object.keys(pending.current).length) void flush();
    const onOnline = () => {
      attempt.current = 0;
      void flush();
    };
    const onPageHide = () => {
      for (const [itemKey, value] of Object.entries(pending.current)) {
        void fetch(endpoint, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ itemKey, value }),
          keepalive: true,
        }).catch(() => undefined);
      }
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("pagehide", onPageHide);
      if (retryTimer.current) clearTimeout(retryTimer.current);
    };
  }, [endpoint, flush, storageKey]);

  /** Answers that were typed but not yet acknowledged (for restoring the form after a reload). */
  const unsaved = useCallback(() => ({ ...pending.current }), []);

  /** Resolves once every answer is acknowledged (or after `ms`): so a page load that follows sees them stored. */
  const settled = useCallback(
    (ms: number) =>
      new Promise<void>((resolve) => {
        const until = Date.now() + ms;
        const check = () => (!Object.keys(pending.current).length || Date.now() > until ? resolve() : setTimeout(check, 50));
        check();
      }),
    [],
  );

  const hasPending = useCallback(() => Object.keys(pending.current).length > 0, []);

  return { status, save, unsaved, settled, hasPending };
}
