// The fault drills' load and its bookkeeping. Steady respondents save once a second, alternating between v1's two
// free-text items with a value never sent before ("r12-345"), so the stored value says which save won; submit
// lanes take fresh respondents, save every item they are asked (one save each), submit, and then try one save
// more, which must be refused. Requests go round-robin to the instances; a request that gets no answer (the
// instance is down) is sent once more to the next instance, as a retrying proxy would; with one instance, once more
// to it after a short wait (it is being restarted). Every request is recorded (kind, instance, start, duration,
// status) and verify() compares the database (PostgreSQL or SQLite, read through Prisma) with what was acknowledged.
import { createDb } from "../../../lib/db/create-db";
import { QUESTIONNAIRE_V1 } from "../../../lib/questionnaire/builtin";
import { questionnaireItemId } from "../../../lib/questionnaire/item-id";
import { prefilledAnswers, prefilledValues } from "../../../lib/respondent/prefilled";
import { completeAnswers } from "../../../lib/test/answers";
import { AGREEMENT_KEYS, postAsRespondent, sleep, type Answered } from "./autosave-load";
import type { BenchOrganization, BenchRespondent } from "./respondents";

const FREE_TEXT_KEYS = ["context-title", "tr-one-change"];
const LANE_PACE_MS = 200;
const MAX_ATTEMPTS = 30;
/** One instance: how long a request that got no answer waits before it is sent again. */
const ALONE_RETRY_MS = 250;

export type RequestKind = "save" | "submit" | "late-save";

export interface RequestRecord {
  kind: RequestKind;
  instance: number;
  at: number;
  ms: number;
  status: number;
  retryAfter: boolean;
  body: string;
}

/** 200 for a save, 303 to the results page for a submit. */
export const succeeded = (r: RequestRecord) => (r.kind === "submit" ? r.status === 303 : r.status === 200);

interface LedgerEntry {
  hasAck: boolean;
  acked?: unknown;
  /** Values sent after the last acknowledged one without an acknowledgement: any of them may be stored. */
  uncertain: unknown[];
}

/** JSON with sorted keys (jsonb does not keep key order). */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

export class FaultLoad {
  readonly records: RequestRecord[] = [];
  /** Responses whose submit was acknowledged (303 to the results page). */
  readonly submitted = new Set<string>();
  /** Saves after an acknowledged submit that were accepted (must stay empty). */
  readonly lateAccepted: string[] = [];
  abandoned = 0;
  private readonly ledger = new Map<string, LedgerEntry>();
  private readonly queue: BenchRespondent[];
  private running = false;
  private done: Promise<unknown> = Promise.resolve();
  private next = 0;

  constructor(
    private readonly urls: string[],
    private readonly steady: BenchRespondent[],
    private readonly submitters: BenchRespondent[],
    private readonly organization: BenchOrganization,
    private readonly lanes: number,
  ) {
    this.queue = [...submitters];
  }

  start() {
    this.running = true;
    this.done = Promise.all([...this.steady.map((r, i) => this.steadyRespondent(r, i)), ...Array.from({ length: this.lanes }, () => this.lane())]);
  }

  async stop() {
    this.running = false;
    await this.done;
  }

  /** Asked answers and prefilled values of a submitter: what its submitted response must hold. */
  expected(r: BenchRespondent) {
    const prefilled = prefilledAnswers(QUESTIONNAIRE_V1, { side: r.side, tier: r.tier, organization: this.organization });
    const seed = [...r.responseId].reduce((sum, c) => sum + c.charCodeAt(0), 0); // varied, and the same every call
    const asked = completeAnswers(QUESTIONNAIRE_V1, r.side, seed, prefilled);
    return { asked, all: { ...asked, ...prefilledValues(prefilled) } as Record<string, unknown> };
  }

  private async post(kind: RequestKind, instance: number, path: string, token: string, body?: unknown): Promise<Answered> {
    const at = performance.now();
    const answer = await postAsRespondent(this.urls[instance]!, path, token, body);
    this.records.push({ kind, instance, at, ms: answer.ms, status: answer.status, retryAfter: answer.retryAfter !== null, body: answer.body.slice(0, 120) });
    return answer;
  }

  private async send(kind: RequestKind, path: string, token: string, body?: unknown): Promise<Answered> {
    const instance = this.next++ % this.urls.length;
    const answer = await this.post(kind, instance, path, token, body);
    if (answer.status !== 0) return answer;
    if (this.urls.length === 1) await sleep(ALONE_RETRY_MS);
    return this.post(kind, (instance + 1) % this.urls.length, path, token, body);
  }

  private entry(responseId: string, key: string) {
    const id = `${responseId}\t${key}`;
    let entry = this.ledger.get(id);
    if (!entry) this.ledger.set(id, (entry = { hasAck: false, uncertain: [] }));
    return entry;
  }

  private async save(r: BenchRespondent, key: string, value: unknown): Promise<Answered> {
    const entry = this.entry(r.responseId, key);
    entry.uncertain.push(value);
    const answer = await this.send("save", "/api/respond/answers", r.token, { itemKey: key, value });
    if (answer.status === 200) Object.assign(entry, { hasAck: true, acked: value, uncertain: [] });
    return answer;
  }

  private async steadyRespondent(r: BenchRespondent, i: number) {
    await sleep((i * 1000) / this.steady.length);
    for (let n = 0; this.running; n++) {
      const tick = performance.now();
      await this.save(r, FREE_TEXT_KEYS[n % FREE_TEXT_KEYS.length]!, `r${i}-${n}`);
      await sleep(Math.max(0, 1000 - (performance.now() - tick)));
    }
  }

  /** Retries while the answer is "no answer" or 503 (what the autosave island does); else returns it. */
  private async persist(attempt: () => Promise<Answered>): Promise<Answered> {
    let answer = await attempt();
    for (let n = 1; n < MAX_ATTEMPTS && this.running && (answer.status === 0 || answer.status === 503); n++) {
      await sleep(500);
      answer = await attempt();
    }
    return answer;
  }

  private async lane() {
    while (this.running) {
      const r = this.queue.shift();
      if (!r) return;
      const { asked } = this.expected(r);
      let complete = true;
      for (const [key, value] of Object.entries(asked)) {
        if (!this.running) return;
        const answer = await this.persist(() => this.save(r, key, value));
        if (answer.status !== 200) complete = false;
        await sleep(LANE_PACE_MS);
      }
      if (!complete || !this.running) {
        this.abandoned++;
        continue;
      }
      const submit = await this.persist(() => this.send("submit", "/api/respond/submit", r.token));
      if (submit.status !== 303 || !submit.location?.endsWith("/respond/results")) {
        this.abandoned++;
        continue;
      }
      this.submitted.add(r.responseId);
      const key = AGREEMENT_KEYS.find((k) => Object.hasOwn(asked, k))!;
      const late = await this.persist(() => this.send("late-save", "/api/respond/answers", r.token, { itemKey: key, value: asked[key] === 1 ? 2 : 1 }));
      if (late.status >= 200 && late.status < 300) this.lateAccepted.push(r.responseId);
    }
  }

  /** The database against the acknowledgements. */
  async verify(databaseUrl: string) {
    const db = createDb(databaseUrl);
    const ids = [...this.steady, ...this.submitters].map((r) => r.responseId);
    const [answers, responses] = await Promise.all([
      db.answer.findMany({ where: { responseId: { in: ids } }, select: { responseId: true, itemId: true, value: true } }),
      db.response.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, submittedAt: true } }),
    ]).finally(() => db.$disconnect());
    const stored = new Map(answers.map((a) => [`${a.responseId}\t${a.itemId}`, canonical(a.value)]));
    const valueOf = (responseId: string, key: string) => stored.get(`${responseId}\t${questionnaireItemId("v1", key)}`);

    let acknowledged = 0;
    const lost: string[] = [];
    for (const [id, entry] of this.ledger) {
      if (!entry.hasAck) continue;
      acknowledged++;
      const [responseId, key] = id.split("\t") as [string, string];
      const value = valueOf(responseId, key);
      if (![entry.acked, ...entry.uncertain].some((v) => canonical(v) === value)) lost.push(`${key} of ${responseId}: acknowledged ${canonical(entry.acked)}, stored ${value ?? "nothing"}`);
    }
    const status = new Map(responses.map((r) => [r.id, r]));
    const halfSubmitted: string[] = [];
    const notStored: string[] = [];
    let submittedInDb = 0;
    for (const r of this.submitters) {
      const row = status.get(r.responseId);
      if (row?.status !== "submitted") {
        if (this.submitted.has(r.responseId)) notStored.push(`${r.responseId}: acknowledged submit, status ${row?.status}`);
        continue;
      }
      submittedInDb++;
      const wrong = Object.entries(this.expected(r).all).filter(([key, value]) => valueOf(r.responseId, key) !== canonical(value));
      if (!row.submittedAt || wrong.length) halfSubmitted.push(`${r.responseId}: submittedAt ${row.submittedAt?.toISOString() ?? "null"}, ${wrong.length} answers missing or different (${wrong.map(([k]) => k).slice(0, 5).join(", ")})`);
    }
    const steadySubmitted = this.steady.filter((r) => status.get(r.responseId)?.status === "submitted").length;
    return { acknowledged, lost, submittedInDb, halfSubmitted, notStored, steadySubmitted };
  }
}
