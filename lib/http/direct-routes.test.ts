// Autosave as the production server answers it without Next (decision 48): the gate, then the route's own handler,
// on a real Node HTTP server and a real database. The same answers as through Next: stored, refused with the same
// codes and messages, with the headers next.config.ts adds to every response.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordConsent } from "@/lib/data/respondent";
import { inviteCookieName } from "@/lib/respondent/cookie";
import { seededAssessment } from "@/lib/test/assessment";
import { testDb } from "@/lib/test/db";
import { createParticipant } from "@/prisma/factories";
import { directRouteFor, serveDirect } from "./direct-routes";
import { gateRequest } from "./request-gate";

const db = testDb();
let server: Server;
let base = "";
let token = "";
let responseId = "";

beforeAll(async () => {
  const { assessmentId, waveId } = await seededAssessment(db);
  const participant = await createParticipant(db, { assessmentId, waveId, side: "it", tier: "leader" });
  ({ token } = participant);
  responseId = participant.response.id;
  await recordConsent(token, { showName: false });
  server = createServer((req, res) => {
    const direct = directRouteFor(req.method, req.url);
    void gateRequest(req, res).then((gated) => {
      if (!gated) return;
      if (direct) return serveDirect(direct, gated, res);
      res.writeHead(418).end("Next would answer this");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const save = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/respond/answers`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, cookie: `${inviteCookieName()}=${encodeURIComponent(token)}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const stored = async (key: string) => (await db.answer.findFirst({ where: { responseId, item: { key } } }))?.value;

describe("autosave without Next's router", () => {
  it("serves only POST /api/respond/answers itself", () => {
    expect(directRouteFor("POST", "/api/respond/answers")).not.toBeNull();
    expect(directRouteFor("post", "/api/respond/answers?x=1")).not.toBeNull();
    expect(directRouteFor("GET", "/api/respond/answers")).toBeNull();
    expect(directRouteFor("POST", "/api/respond/answers/")).toBeNull();
    expect(directRouteFor("POST", "/api/respond/submit")).toBeNull();
  });

  it("stores an answer and answers as the route does, with every response's security headers", async () => {
    const response = await save({ itemKey: "bl-agenda", value: 4 });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(await stored("bl-agenda")).toBe(4);
    expect((await save({ itemKey: "bl-agenda", value: null })).status).toBe(200);
    expect(await stored("bl-agenda")).toBeUndefined();
  });

  it("refuses what the route refuses, with its codes and messages, and stores nothing", async () => {
    const refused = [
      [await save({ itemKey: "bl-agenda", value: 9 }), 422, "Choose a point on the scale"],
      [await save({ itemKey: "no-such-question", value: 1 }), 400, "Unknown question"],
      [await save({ itemKey: "bl-agenda", value: 1, responseId: "x" }), 400, "Unexpected field in the request"],
      [await save("{not json"), 400, "The request is not valid JSON"],
      [await save({ itemKey: "bl-agenda", value: 1 }, { cookie: "" }), 401, null],
      [await save({ itemKey: "bl-agenda", value: 1 }, { origin: "https://elsewhere.example" }), 403, null],
    ] as const;
    for (const [response, status, message] of refused) {
      expect(response.status).toBe(status);
      if (message) expect(((await response.json()) as { error: string }).error).toBe(message);
    }
    expect(await stored("bl-agenda")).toBeUndefined();
  });

  it("leaves every other request to Next", async () => {
    expect((await fetch(`${base}/api/respond/answers`)).status).toBe(418);
    expect((await fetch(`${base}/api/respond/submit`, { method: "POST", headers: { origin: base } })).status).toBe(418);
  });
});
