// The autosave load generator shared by the autosave benches and the fault drills: simulated respondents POST
// /api/respond/answers with their invite cookie, as the questionnaire island does. With several instance URLs,
// consecutive requests go round-robin to the next instance (what a load balancer in front of them does).
import { QUESTIONNAIRE_V1 } from "../../../lib/questionnaire/builtin";
import { percentile } from "./server";

/** The items the steady load writes: v1's agreement items, which every respondent is asked. */
export const AGREEMENT_KEYS = QUESTIONNAIRE_V1.items.filter((i) => i.kind === "agreement" && !i.mirror).map((i) => i.key);

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Failures counted by what they were ("503 {…}", "network: ECONNREFUSED"), for the summary. */
export class Failures {
  readonly counts = new Map<string, number>();
  record(what: string) {
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
  }
  print(indent = "  ") {
    for (const [what, count] of [...this.counts].sort((a, b) => b[1] - a[1])) console.log(`${indent}failure ×${count}: ${what}`);
  }
}

export interface Answered {
  ms: number;
  /** HTTP status; 0 when no answer came (connection refused or reset). */
  status: number;
  body: string;
  retryAfter: string | null;
  location: string | null;
}

/** One POST to a respondent route as the browser sends it (invite cookie, same Origin); never throws. */
export async function postAsRespondent(url: string, path: string, token: string, body?: unknown): Promise<Answered> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}${path}`, {
      method: "POST",
      headers: { ...(body === undefined ? {} : { "Content-Type": "application/json" }), Cookie: `bridge_invite=${token}`, Origin: url },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: "manual",
    });
    const text = await res.text();
    return { ms: performance.now() - started, status: res.status, body: text, retryAfter: res.headers.get("retry-after"), location: res.headers.get("location") };
  } catch (e) {
    const cause = (e as Error).cause as { code?: string } | undefined;
    return { ms: performance.now() - started, status: 0, body: `network: ${cause?.code ?? (e as Error).message}`, retryAfter: null, location: null };
  }
}

/** One autosave; a non-200 is recorded in `failures`. */
export async function saveOnce(url: string, token: string, n: number, failures: Failures): Promise<{ ms: number; ok: boolean }> {
  const answer = await postAsRespondent(url, "/api/respond/answers", token, { itemKey: AGREEMENT_KEYS[n % AGREEMENT_KEYS.length], value: 1 + (n % 5) });
  if (answer.status !== 200) failures.record(answer.status ? `${answer.status} ${answer.body.slice(0, 80)}` : answer.body);
  return { ms: answer.ms, ok: answer.status === 200 };
}

/** Round-robin over instance URLs: each call returns the next one. */
export function roundRobin(urls: string[]) {
  let next = 0;
  return () => urls[next++ % urls.length]!;
}

export interface SteadyResult {
  /** Sorted, ms. */
  latencies: number[];
  errors: number;
  /** Each save's latency by the second of the phase it started in (0 = the first second). */
  bySecond: number[][];
}

/** Every respondent saves once a second for `seconds` (the clients spread over the first second). */
export async function steadyLoad(urls: string[], tokens: string[], seconds: number, failures: Failures): Promise<SteadyResult> {
  const pick = roundRobin(urls);
  const latencies: number[] = [];
  const bySecond: number[][] = Array.from({ length: seconds + 1 }, () => []);
  let errors = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    tokens.map(async (token, i) => {
      await sleep((i * 1000) / tokens.length);
      for (let n = i; performance.now() < end; n++) {
        const tick = performance.now();
        const { ms, ok } = await saveOnce(pick(), token, n, failures);
        latencies.push(ms);
        bySecond[Math.min(seconds, Math.floor((tick - start) / 1000))]!.push(ms);
        if (!ok) errors++;
        await sleep(Math.max(0, 1000 - (performance.now() - tick)));
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), errors, bySecond };
}

/**
 * Where in the phase the slow saves were: per `window`-second slice, the p95 and the saves over `slowMs`, e.g.
 * "0-10 s p95 35 (2 over 250 ms) | 10-20 s …". A stall (a checkpoint, a disk flush, another tenant) shows as one
 * bad slice; a server that cannot keep up as every slice bad.
 */
export function timeline(bySecond: number[][], window = 10, slowMs = 250): string {
  const parts: string[] = [];
  for (let from = 0; from < bySecond.length - 1; from += window) {
    const slice = bySecond.slice(from, from + window).flat().sort((a, b) => a - b);
    if (!slice.length) continue;
    const slow = slice.filter((ms) => ms > slowMs).length;
    parts.push(`${from}-${from + window} s p95 ${percentile(slice, 95).toFixed(0)}${slow ? ` (${slow} over ${slowMs} ms)` : ""}`);
  }
  return parts.join(" | ");
}

/** Capacity: `concurrency` clients save back to back for `seconds`; saves per second. */
export async function burst(urls: string[], tokens: string[], seconds: number, concurrency: number, failures: Failures) {
  const pick = roundRobin(urls);
  let done = 0;
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let n = w; performance.now() < end; n += concurrency) {
        const { ok } = await saveOnce(pick(), tokens[n % tokens.length]!, n, failures);
        done++;
        if (!ok) errors++;
      }
    }),
  );
  return { rps: done / ((performance.now() - started) / 1000), errors };
}

/** p50 / p95 / p99 / max of sorted latencies, one decimal. */
export function latencySummary(sorted: number[]) {
  const p = (x: number) => Number(percentile(sorted, x).toFixed(1));
  return { count: sorted.length, p50: p(50), p95: p(95), p99: p(99), max: Number((sorted.at(-1) ?? NaN).toFixed(1)) };
}
