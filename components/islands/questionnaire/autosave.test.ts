// Autosave's queue without a browser: fetch, localStorage, navigator and window are stand-ins.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SaveStatus } from "@/components/forms/questionnaire-status";
import { createAutosave } from "./autosave";

type Sent = { itemKey: string; value: unknown; keepalive: boolean };

function browser() {
  const store = new Map<string, string>();
  const listeners = new Map<string, () => void>();
  const sent: Sent[] = [];
  let answer: (sent: Sent) => Promise<Response> = async () => new Response("{}", { status: 200 });
  vi.stubGlobal("localStorage", {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  });
  vi.stubGlobal("navigator", { onLine: true });
  vi.stubGlobal("requestAnimationFrame", (fn: () => void) => setTimeout(fn, 0)); // the frame is painted at once
  vi.stubGlobal("window", { addEventListener: (type: string, fn: () => void) => listeners.set(type, fn) });
  vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { itemKey: string; value: unknown };
    const one = { ...body, keepalive: Boolean(init.keepalive) };
    sent.push(one);
    return answer(one);
  });
  return { store, listeners, sent, respond: (fn: typeof answer) => (answer = fn) };
}

function autosave(storageKey = "k") {
  const statuses: SaveStatus[] = [];
  const rejected: [string, string][] = [];
  const a = createAutosave({ endpoint: "/api/respond/answers", storageKey, onStatus: (s) => statuses.push(s), onRejected: (k, m) => rejected.push([k, m]) });
  return { a, statuses, rejected };
}

describe("autosave", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("keeps an answer on the device until the server acknowledges it, then forgets it", async () => {
    const b = browser();
    let release!: () => void;
    b.respond(() => new Promise((r) => (release = () => r(new Response("{}", { status: 200 })))));
    const { a, statuses } = autosave();
    a.save("q1", 3);
    expect(a.hasPending()).toBe(true); // at once: a link followed now waits for it
    expect(b.store.has("k")).toBe(false); // stored and sent once the change is painted
    await vi.advanceTimersByTimeAsync(1);
    expect(JSON.parse(b.store.get("k")!)).toEqual({ q1: 3 });
    release();
    await vi.runAllTimersAsync();
    expect(b.store.has("k")).toBe(false);
    expect(a.hasPending()).toBe(false);
    expect(statuses).toEqual(["saving", "saved"]);
    expect(b.sent).toEqual([{ itemKey: "q1", value: 3, keepalive: false }]);
  });

  it("sends only the latest value of an item: changes within one frame are one request, and so are changes made while a save is on its way", async () => {
    const b = browser();
    const releases: (() => void)[] = [];
    b.respond(() => new Promise((r) => releases.push(() => r(new Response("{}", { status: 200 })))));
    const { a } = autosave();
    a.save("q1", 1);
    a.save("q1", 2);
    await vi.advanceTimersByTimeAsync(1);
    a.save("q1", 3);
    a.save("q1", 4);
    releases.shift()!();
    await vi.advanceTimersByTimeAsync(1);
    releases.shift()!();
    await vi.runAllTimersAsync();
    expect(b.sent.map((s) => s.value)).toEqual([2, 4]);
    expect(a.hasPending()).toBe(false);
  });

  it("retries with growing delays while the server fails, and says offline when the browser is", async () => {
    const b = browser();
    let fail = 3;
    b.respond(async () => (fail-- > 0 ? new Response(null, { status: 503 }) : new Response("{}", { status: 200 })));
    const { a, statuses } = autosave();
    a.start();
    a.save("q1", 1);
    await vi.advanceTimersByTimeAsync(1);
    expect(statuses.at(-1)).toBe("retrying");
    expect(b.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(900);
    expect(b.sent).toHaveLength(1); // the first retry waits 1 s
    await vi.advanceTimersByTimeAsync(200);
    expect(b.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1800);
    expect(b.sent).toHaveLength(2); // the second 2 s
    await vi.advanceTimersByTimeAsync(300);
    expect(b.sent).toHaveLength(3);
    (navigator as { onLine: boolean }).onLine = false;
    await vi.advanceTimersByTimeAsync(4000); // then 4 s: this one succeeds
    expect(b.sent).toHaveLength(4);
    expect(statuses.at(-1)).toBe("saved");
    expect(a.hasPending()).toBe(false);

    b.respond(async () => Promise.reject(new TypeError("network")));
    a.save("q2", 1);
    await vi.advanceTimersByTimeAsync(1);
    expect(statuses.at(-1)).toBe("offline");
    expect(JSON.parse(b.store.get("k")!)).toEqual({ q2: 1 });
    // back online: sent at once, without waiting for the retry (due in 1 s)
    const before = b.sent.length;
    b.respond(async () => new Response("{}", { status: 200 }));
    b.listeners.get("online")!();
    await vi.advanceTimersByTimeAsync(1);
    expect(b.sent.slice(before)).toEqual([{ itemKey: "q2", value: 1, keepalive: false }]);
    expect(a.hasPending()).toBe(false);
    expect(statuses.at(-1)).toBe("saved");
  });

  it("shows a refusal on its field and drops it; stops and keeps everything when the link no longer works", async () => {
    const b = browser();
    b.respond(async (s) => (s.itemKey === "bad" ? Response.json({ error: "Choose a point on the scale" }, { status: 400 }) : new Response(null, { status: 410 })));
    const { a, statuses, rejected } = autosave();
    a.save("bad", 9);
    await vi.runAllTimersAsync();
    expect(rejected).toEqual([["bad", "Choose a point on the scale"]]);
    expect(a.hasPending()).toBe(false);
    a.save("q1", 1);
    a.save("q2", 2);
    await vi.runAllTimersAsync();
    expect(statuses.at(-1)).toBe("blocked");
    expect(JSON.parse(b.store.get("k")!)).toEqual({ q1: 1, q2: 2 });
    expect(b.sent.filter((s) => s.itemKey !== "bad")).toHaveLength(1); // no retry
  });

  it("sends what an earlier visit left unsaved, and what is pending as the page is left (keepalive)", async () => {
    const b = browser();
    b.store.set("k", JSON.stringify({ q1: [null, "cfo"] }));
    b.store.set("other", JSON.stringify({ q9: 1 }));
    b.respond(async () => new Response(null, { status: 503 }));
    const { a } = autosave("k");
    expect(a.unsaved()).toEqual({ q1: [null, "cfo"] });
    a.start();
    await vi.advanceTimersByTimeAsync(1);
    expect(b.sent).toEqual([{ itemKey: "q1", value: [null, "cfo"], keepalive: false }]);
    a.save("q2", 5); // changed just before the page is left: not stored yet (that waits for the next paint)
    b.store.delete("k");
    b.listeners.get("pagehide")!();
    expect(b.sent.slice(-2)).toEqual([
      { itemKey: "q1", value: [null, "cfo"], keepalive: true },
      { itemKey: "q2", value: 5, keepalive: true },
    ]);
    expect(JSON.parse(b.store.get("k")!)).toEqual({ q1: [null, "cfo"], q2: 5 }); // and kept on the device
  });

  it("survives a corrupt or foreign localStorage entry", () => {
    const b = browser();
    b.store.set("k", "{not json");
    expect(autosave("k").a.unsaved()).toEqual({});
    b.store.set("k", "[1,2]");
    expect(autosave("k").a.unsaved()).toEqual({});
  });
});
