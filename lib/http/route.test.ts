// route() with fake handlers: the session and the invite cookie are replaced (the guards and resolveRespondent
// have their own tests against a real database); everything else is the real wrapper.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { linkRefusal, type LinkProblem } from "@/lib/respondent/link-state";

const session = { actor: null as Actor | null, refusal: null as LinkProblem | null };
vi.mock("@/lib/auth/guards", () => ({ actorFromRequest: async () => session.actor }));
vi.mock("@/lib/respondent/resolve", () => ({
  resolveRespondent: async (_request: Request, mode: string) =>
    session.refusal ? { ok: false, refusal: linkRefusal(session.refusal) } : { ok: true, token: "tok", respondent: { responseId: "r1", mode } },
}));

const { route } = await import("./route");

const facilitator: Actor = { id: "u1", email: "f@x.test", name: "F", role: "facilitator", twoFactorEnabled: false };
const admin: Actor = { id: "u2", email: "a@x.test", name: "A", role: "admin", twoFactorEnabled: true };
const unenrolledAdmin: Actor = { ...admin, twoFactorEnabled: false };

const get = (path = "/x", headers: Record<string, string> = {}) => new Request(`http://app.test${path}`, { headers });
const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://app.test/x", { method: "POST", body, headers: { host: "app.test", origin: "http://app.test", ...headers } });

async function answer(res: Response) {
  return { status: res.status, body: await res.json(), cacheControl: res.headers.get("cache-control") };
}

beforeEach(() => {
  session.actor = null;
  session.refusal = null;
});

describe("route(): errors", () => {
  it("turns an AppError into { error, code, fieldErrors? } with the code's status, never cached", async () => {
    const GET = route({ guard: "public" }, () => {
      throw new AppError("conflict", "Already done", { fieldErrors: { item: "taken" } });
    });
    expect(await answer(await GET(get()))).toEqual({ status: 409, body: { error: "Already done", code: "conflict", fieldErrors: { item: "taken" } }, cacheControl: "no-store" });
  });

  it("rethrows anything that is not an AppError (a bug: Next logs it and answers 500)", async () => {
    const GET = route({ guard: "public" }, () => {
      throw new TypeError("boom");
    });
    await expect(GET(get())).rejects.toThrow("boom");
  });

  it("passes the handler's own response through, and the route's path parameters", async () => {
    const GET = route({ guard: "public" }, ({ params }) => new Response(`hello ${params.name}`, { status: 201 }));
    const res = await GET(get(), { params: Promise.resolve({ name: "world" }) });
    expect(res.status).toBe(201);
    expect(await res.text()).toBe("hello world");
  });
});

describe("route(): input", () => {
  const schema = z.object({ population: z.enum(["it", "marketing"]).optional(), version: z.string().regex(/^v\d$/).optional() });

  it("parses the query with the shared schema; a bad value is a 400 naming the field", async () => {
    const GET = route({ guard: "public", input: { from: "query", schema } }, ({ input }) => Response.json(input));
    expect(await (await GET(get("/x?population=it"))).json()).toEqual({ population: "it" });
    const bad = await answer(await GET(get("/x?population=sales")));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "invalid-input", error: expect.stringMatching(/^population: /), fieldErrors: { population: expect.any(String) } });
  });

  it("withParams: the path parameters join the query (and win)", async () => {
    const GET = route({ guard: "public", input: { from: "query", schema, withParams: true } }, ({ input }) => Response.json(input));
    const res = await GET(get("/x?version=v1&population=it"), { params: Promise.resolve({ version: "v2" }) });
    expect(await res.json()).toEqual({ population: "it", version: "v2" });
  });

  it("onInvalid chooses another answer: an AppError or a response", async () => {
    const notFound = route({ guard: "public", input: { from: "query", schema }, onInvalid: () => new AppError("not-found", "Not found") }, () => new Response("ok"));
    expect((await notFound(get("/x?population=sales"))).status).toBe(404);
    const back = route({ guard: "public", input: { from: "query", schema }, onInvalid: () => new Response(null, { status: 303, headers: { Location: "/form?error=1" } }) }, () => new Response("ok"));
    expect((await back(get("/x?population=sales"))).headers.get("location")).toBe("/form?error=1");
  });

  it("a JSON body: too large by its declared or its actual length (413), not JSON (400), then the schema", async () => {
    const POST = route(
      { guard: "public", input: { from: "json", schema: z.strictObject({ itemKey: z.string() }), maxBytes: 32, tooLarge: "This answer is too long" } },
      ({ input }) => Response.json(input),
    );
    expect(await (await POST(post(JSON.stringify({ itemKey: "a" })))).json()).toEqual({ itemKey: "a" });
    expect(await answer(await POST(post("{}", { "content-length": "33" })))).toMatchObject({ status: 413, body: { code: "too-large", error: "This answer is too long" } });
    expect((await POST(post(JSON.stringify({ itemKey: "x".repeat(40) })))).status).toBe(413);
    expect(await answer(await POST(post("{not json")))).toMatchObject({ status: 400, body: { error: "The request is not valid JSON" } });
    expect((await POST(post(JSON.stringify({ itemKey: "a", extra: 1 })))).status).toBe(400);
  });

  it("a form body: its string fields (files ignored), too large by the declared length", async () => {
    const POST = route({ guard: "public", input: { from: "form", schema: z.object({ agree: z.literal("on") }), maxBytes: 64 } }, ({ input }) => Response.json(input));
    const form = (body: string, headers: Record<string, string> = {}) => post(body, { "content-type": "application/x-www-form-urlencoded", ...headers });
    expect(await (await POST(form("agree=on"))).json()).toEqual({ agree: "on" });
    expect((await POST(form("agree=off"))).status).toBe(400);
    expect((await POST(form("agree=on", { "content-length": "65" }))).status).toBe(413);
  });

  it("a streamed body with no declared length: 413 once past the limit, the rest never pulled", async () => {
    const POST = route({ guard: "public", input: { from: "form", schema: z.object({ agree: z.literal("on") }), maxBytes: 64 } }, ({ input }) => Response.json(input));
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode("agree=on&".repeat(4)));
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = new Request("http://app.test/x", { method: "POST", body: endless, duplex: "half", headers: { host: "app.test", origin: "http://app.test", "content-type": "application/x-www-form-urlencoded" } } as RequestInit);
    expect((await POST(request)).status).toBe(413);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });
});

describe("route(): guards", () => {
  const ok = () => new Response("ok");

  it("refuses a cross-site write before anything else (403), and lets a cross-site GET through", async () => {
    const POST = route({ guard: "public" }, ok);
    expect(await answer(await POST(post("{}", { origin: "https://evil.example" })))).toMatchObject({ status: 403, body: { code: "forbidden", error: "Cross-origin requests are not allowed" } });
    expect((await POST(post("{}"))).status).toBe(200);
    expect((await POST(get("/x", { "sec-fetch-site": "cross-site" }))).status).toBe(200);
  });

  it("actor: 401 signed out, the actor for a facilitator or an enrolled admin, 404 for an admin without two-factor", async () => {
    const GET = route({ guard: "actor" }, ({ actor }) => new Response(actor.role));
    expect(await answer(await GET(get()))).toMatchObject({ status: 401, body: { code: "unauthenticated", error: "Sign in first" } });
    session.actor = facilitator;
    expect(await (await GET(get())).text()).toBe("facilitator");
    session.actor = admin;
    expect(await (await GET(get())).text()).toBe("admin");
    session.actor = unenrolledAdmin;
    expect(await answer(await GET(get()))).toMatchObject({ status: 404, body: { code: "not-found" } });
  });

  it("admin: 401 signed out, 404 for a facilitator and an admin without two-factor, the admin otherwise", async () => {
    const GET = route({ guard: "admin" }, ({ actor }) => new Response(actor.id));
    expect((await GET(get())).status).toBe(401);
    session.actor = facilitator;
    expect((await GET(get())).status).toBe(404);
    session.actor = unenrolledAdmin;
    expect((await GET(get())).status).toBe(404);
    session.actor = admin;
    expect(await (await GET(get())).text()).toBe("u2");
  });

  it("the guard runs before the input is read: signed out with a bad query is 401, not 400", async () => {
    const GET = route({ guard: "admin", input: { from: "query", schema: z.object({ tier: z.enum(["leader"]).optional() }) } }, ok);
    expect((await GET(get("/x?tier=nope"))).status).toBe(401);
    session.actor = admin;
    expect((await GET(get("/x?tier=nope"))).status).toBe(400);
  });

  it("respondent: the resolved respondent for the declared mode, or the refusal's code and message", async () => {
    const POST = route({ guard: "respondent:write" }, ({ respondent, token }) => Response.json({ respondent, token }));
    expect(await (await POST(post("{}"))).json()).toEqual({ respondent: { responseId: "r1", mode: "write" }, token: "tok" });
    for (const [problem, status] of [["missing", 401], ["unknown", 401], ["revoked", 410], ["closed", 410], ["submitted", 409], ["not-consented", 409]] as const) {
      session.refusal = problem;
      const res = await answer(await POST(post("{}")));
      expect(res.status, problem).toBe(status);
      expect(res.body, problem).toEqual({ error: linkRefusal(problem).message, code: linkRefusal(problem).code });
    }
  });

  it("respondent: onRefused answers instead (a form post goes to the page that explains the link)", async () => {
    const POST = route(
      { guard: "respondent:read", onRefused: (refusal) => new Response(null, { status: 303, headers: { Location: `/problem?reason=${refusal.problem}` } }) },
      ({ respondent }) => Response.json(respondent),
    );
    expect(await (await POST(post(""))).json()).toEqual({ responseId: "r1", mode: "read" });
    session.refusal = "expired";
    const res = await POST(post(""));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/problem?reason=expired");
  });
});
