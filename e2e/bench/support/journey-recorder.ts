// Every request of the journey bench, timed from sending it to the last byte of its body, by kind; a failure
// (wrong status or redirect, a page without its form, a network error or a timeout) counts under its kind with
// what it was. Timed by when it started, so a timeline can show where in the run the slow ones were.
import { Failures, latencySummary } from "./autosave-load";

export const KINDS = [
  "invite link",
  "welcome page",
  "consent post",
  "welcome redirect",
  "section page",
  "answer save",
  "review page",
  "submit",
  "results page",
  "static file (baseline)",
] as const;
export type Kind = (typeof KINDS)[number];

/** p95 goals from issue #16 item 7: pages (and the form posts a page load follows) 200 ms, autosaves 50 ms. */
export const GOAL_MS: Partial<Record<Kind, number>> = {
  "invite link": 200,
  "welcome page": 200,
  "consent post": 200,
  "welcome redirect": 200,
  "section page": 200,
  "answer save": 50,
  "review page": 200,
  submit: 200,
  "results page": 200,
};

export interface Timed {
  kind: Kind;
  /** Seconds since the recorder started, when the request was sent. */
  at: number;
  ms: number;
}

export class Recorder {
  readonly t0 = performance.now();
  readonly timed: Timed[] = [];
  readonly errors = new Map<Kind, number>();
  readonly failures = new Failures();

  ok(kind: Kind, started: number, ms: number) {
    this.timed.push({ kind, at: (started - this.t0) / 1000, ms });
  }

  /** A failed request; `ms` when an answer came (its time counts too), null for no answer. */
  fail(kind: Kind, what: string, started: number, ms: number | null) {
    if (ms !== null) this.ok(kind, started, ms);
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
    this.failures.record(`${kind}: ${what}`);
  }

  summary(kind: Kind) {
    const sorted = this.timed.filter((t) => t.kind === kind).map((t) => t.ms).sort((a, b) => a - b);
    return { ...latencySummary(sorted), errors: this.errors.get(kind) ?? 0 };
  }

  get errorCount() {
    return [...this.errors.values()].reduce((s, n) => s + n, 0);
  }
}
