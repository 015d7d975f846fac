// One simulated respondent over plain HTTP, as a browser without JavaScript-heavy extras would do it: its own cookie
// jar, redirects followed by hand (so each hop is timed as what it is), the HTML of every page, the autosaves the
// questionnaire island sends, and think times between the steps. The island's script itself is not fetched.
import type { ClientItem } from "../../../lib/questionnaire/client-item";
import type { SectionFormProps } from "../../../lib/respondent/section-page";
import { sleep } from "./autosave-load";
import { answerSteps, between, type Random } from "./journey-answers";
import type { Kind, Recorder } from "./journey-recorder";

const TIMEOUT_MS = 30_000;
/** The island retries a save that got no answer or a 5xx: after 1 s, then 2 s (components/islands/questionnaire/autosave.ts). */
const SAVE_RETRIES = [1000, 2000];

/** Think times in seconds for the 10-minute run (scaled with the run's length): [from, to], drawn uniformly. */
export const THINK = {
  welcome: [4, 12], // reading the welcome page before consenting
  section: [1, 4], // a section page before its first answer
  answer: [0.5, 3], // between two questions
  step: [0.3, 1.5], // the next choice of the same question (another option, the mirror's prediction)
  leave: [0.5, 2], // after the last answer, before "Next section"
  review: [3, 10], // reading the review page before submitting
} as const;

interface Answer {
  status: number;
  location: string | null;
  text: string;
}

export interface JourneyOptions {
  base: string;
  token: string;
  isLeader: boolean;
  random: Random;
  /** Multiplies every think time (1 for the 10-minute run). */
  thinkScale: number;
  recorder: Recorder;
}

export interface JourneyOutcome {
  /** Reached the results page after a submit that was accepted. */
  completed: boolean;
  /** The last value saved per question (what the database must hold). */
  saved: Map<string, unknown>;
}

class JourneyFailed extends Error {}

/** The questionnaire island's props (lib/islands/props.ts): JSON in a non-executable script element. */
const PROPS = /<script[^>]*\bid="questionnaire-props"[^>]*>(.*?)<\/script>/s;

export async function respondentJourney(o: JourneyOptions): Promise<JourneyOutcome> {
  const cookies = new Map<string, string>();
  const saved = new Map<string, unknown>();
  const think = async ([from, to]: readonly [number, number]) => sleep(between(o.random, from, to) * o.thinkScale * 1000);

  /** One request; the answer, or null after recording why it failed (`check` says what is wrong, or null). */
  async function send(kind: Kind, path: string, init: RequestInit, check: (a: Answer) => string | null): Promise<Answer | null> {
    const headers = new Headers(init.headers);
    if (cookies.size) headers.set("Cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const started = performance.now();
    try {
      const res = await fetch(`${o.base}${path}`, { ...init, headers, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
      const text = await res.text();
      const ms = performance.now() - started;
      for (const line of res.headers.getSetCookie()) {
        const [pair = "", ...attributes] = line.split(";");
        const name = pair.slice(0, pair.indexOf("="));
        if (attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))) cookies.delete(name);
        else cookies.set(name, pair.slice(pair.indexOf("=") + 1));
      }
      const answer = { status: res.status, location: res.headers.get("location"), text };
      const problem = check(answer);
      if (problem) {
        o.recorder.fail(kind, problem, started, ms);
        return null;
      }
      o.recorder.ok(kind, started, ms);
      return answer;
    } catch (e) {
      const cause = (e as Error).cause as { code?: string } | undefined;
      const what = (e as Error).name === "TimeoutError" ? `no answer within ${TIMEOUT_MS / 1000} s` : `network: ${cause?.code ?? (e as Error).message}`;
      o.recorder.fail(kind, what, started, null);
      return null;
    }
  }

  const status = (expected: number, location?: (l: string) => boolean) => (a: Answer) =>
    a.status !== expected
      ? `${a.status} (expected ${expected}) ${a.location ? `→ ${a.location}` : a.text.slice(0, 80)}`
      : location && !location(a.location ?? "")
        ? `${a.status} → ${a.location}`
        : null;
  const must = <T>(value: T | null): T => {
    if (value === null) throw new JourneyFailed();
    return value;
  };
  const page = (kind: Kind, path: string, check: (a: Answer) => string | null) => send(kind, path, { headers: { Accept: "text/html" } }, check).then(must);
  const formPost = (kind: Kind, path: string, body: string, check: (a: Answer) => string | null) =>
    send(kind, path, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: o.base, Accept: "text/html" }, body }, check).then(must);

  async function save(item: ClientItem, value: unknown) {
    const init: RequestInit = { method: "POST", headers: { "Content-Type": "application/json", Origin: o.base }, body: JSON.stringify({ itemKey: item.key, value }) };
    const accepted = (a: Answer) => (a.status === 200 && a.text.includes('"ok":true') ? null : `${a.status} ${a.text.slice(0, 80)}`);
    for (let attempt = 0; ; attempt++) {
      const answer = await send("answer save", "/api/respond/answers", init, accepted);
      if (answer) {
        saved.set(item.key, value);
        return;
      }
      // what the island would do: try again on no answer or a 5xx; a refusal (4xx) is final (and an error here)
      if (attempt >= SAVE_RETRIES.length) return;
      await sleep(SAVE_RETRIES[attempt]!);
    }
  }

  try {
    await page("invite link", `/r/${o.token}`, (a) => status(303, (l) => l === "/respond")(a) ?? (cookies.has("bridge_invite") ? null : "no invite cookie"));
    await page("welcome page", "/respond", (a) => status(200)(a) ?? (a.text.includes('action="/api/respond/consent"') ? null : "no consent form"));
    await think(THINK.welcome);
    const showName = o.isLeader && o.random() < 0.5 ? "&showName=on" : "";
    await formPost("consent post", "/api/respond/consent", `agree=on${showName}`, status(303, (l) => l === "/respond"));
    // a consented respondent's welcome page sends them on to the first unanswered question (a 307 of the Pages Router)
    const onward = await page("welcome redirect", "/respond", status(307, (l) => l.startsWith("/respond/")));
    let path = onward.location!.split("#")[0]!;
    while (path !== "/respond/review") {
      const html = await page("section page", path, (a) => status(200)(a) ?? (PROPS.test(a.text) ? null : "no questionnaire form"));
      const form = JSON.parse(PROPS.exec(html.text)![1]!) as SectionFormProps;
      await think(THINK.section);
      for (const [i, item] of form.items.entries()) {
        if (i) await think(THINK.answer);
        for (const [s, value] of answerSteps(item, o.random).entries()) {
          if (s) await think(THINK.step);
          await save(item, value);
        }
      }
      await think(THINK.leave);
      path = form.nextHref;
    }
    await page("review page", "/respond/review", (a) =>
      status(200)(a) ?? (!a.text.includes('action="/api/respond/submit"') ? "no submit form" : a.text.includes("still need an answer") ? "answers missing" : null),
    );
    await think(THINK.review);
    await formPost("submit", "/api/respond/submit", "", status(303, (l) => l === "/respond/results"));
    await page("results page", "/respond/results", (a) => status(200)(a) ?? (a.text.includes("Your results") ? null : "no results"));
    return { completed: true, saved };
  } catch (e) {
    if (e instanceof JourneyFailed) return { completed: false, saved };
    throw e;
  }
}
