// Browser only: saves each answer as soon as it changes. One idempotent request per item, retried with back-off
// while the network is down, and kept in localStorage until the server acknowledges it, so nothing is lost on
// reload, on closing the tab, or when the connection drops. Framework-free (decision 47); the questionnaire
// script (./section-form.ts) shows its status and the server's refusals.
import type { SaveStatus } from "@/components/forms/questionnaire-status";

interface Options {
  endpoint: string;
  /** localStorage key for answers not yet acknowledged by the server (survives reloads and closed tabs). */
  storageKey: string;
  onStatus: (status: SaveStatus) => void;
  /** The server refused a value (4xx): show its message on the field. */
  onRejected: (itemKey: string, message: string) => void;
}

type Pending = Record<string, unknown>;

function readPending(storageKey: string): Pending {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? "{}");
    return stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Pending) : {};
  } catch {
    return {};
  }
}

const post = (endpoint: string, itemKey: string, value: unknown, keepalive = false) =>
  fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ itemKey, value }), keepalive });

export type Autosave = ReturnType<typeof createAutosave>;

/**
 * Runs `fn` once the frame that shows the person's change has been painted: a task queued from an animation frame
 * runs after that frame's paint, so the change is on screen within one frame (interaction to next paint) and the
 * storage write and the request follow. Hidden pages get no animation frames: the timeout runs it then.
 */
function afterPaint(fn: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

export function createAutosave({ endpoint, storageKey, onStatus, onRejected }: Options) {
  let status: SaveStatus = "idle";
  // answers left over from an earlier visit (closed tab, lost connection) go first
  const pending: Pending = readPending(storageKey);
  let running = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;
  let scheduled = false;

  const setStatus = (next: SaveStatus) => {
    if (next === status) return;
    status = next;
    onStatus(next);
  };

  const persist = () => {
    try {
      if (Object.keys(pending).length) localStorage.setItem(storageKey, JSON.stringify(pending));
      else localStorage.removeItem(storageKey);
    } catch {
      // private mode or quota: the in-memory queue still retries
    }
  };

  async function flush() {
    if (running) return;
    running = true;
    try {
      while (Object.keys(pending).length) {
        const [itemKey, value] = Object.entries(pending)[0]!;
        setStatus("saving");
        let response: Response;
        try {
          response = await post(endpoint, itemKey, value);
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
          if (Object.is(pending[itemKey], value)) delete pending[itemKey];
          persist();
          attempt = 0;
          if (!response.ok) {
            const body = (await response.json().catch(() => null)) as { error?: string } | null;
            onRejected(itemKey, body?.error ?? "This answer could not be saved");
          }
          continue;
        }
        // network down or server error: keep the answer and try again later
        setStatus(navigator.onLine ? "retrying" : "offline");
        const delay = Math.min(15_000, 1000 * 2 ** attempt++);
        if (retryTimer) clearTimeout(retryTimer);
        retryTimer = setTimeout(() => void flush(), delay);
        return;
      }
      if (status !== "idle") setStatus("saved");
    } finally {
      running = false;
    }
  }

  return {
    /** Sends what an earlier visit left unsaved, and from now on retries when the browser is back online and sends
     *  what is still pending as the page is left. */
    start() {
      if (Object.keys(pending).length) void flush();
      window.addEventListener("online", () => {
        attempt = 0;
        void flush();
      });
      window.addEventListener("pagehide", () => {
        persist(); // a change made within the last frame is not stored yet
        for (const [itemKey, value] of Object.entries(pending)) void post(endpoint, itemKey, value, true).catch(() => undefined);
      });
    },
    /** Queues an answer at once (links and "Next" wait for it from now on); it is written to localStorage and
     *  sent once the change is on screen. */
    save(itemKey: string, value: unknown) {
      pending[itemKey] = value;
      if (scheduled) return;
      scheduled = true;
      afterPaint(() => {
        scheduled = false;
        persist();
        void flush();
      });
    },
    /** Answers that were changed but not yet acknowledged (to show them in the form again after a reload). */
    unsaved: (): Pending => ({ ...pending }),
    hasPending: () => Object.keys(pending).length > 0,
    /** Resolves once every answer is acknowledged (or after `ms`): so a page load that follows sees them stored. */
    settled: (ms: number) =>
      new Promise<void>((resolve) => {
        const until = Date.now() + ms;
        const check = () => (!Object.keys(pending).length || Date.now() > until ? resolve() : setTimeout(check, 50));
        check();
      }),
  };
}
