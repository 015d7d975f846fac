// The production server's request gate on a real Node HTTP server and a real socket: what reaches the handler
// behind it, and what is answered before.
import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ANSWER_BODY_LIMIT, CONSENT_BODY_LIMIT, SERVER_ACTION_BODY_LIMIT } from "./body-limits";
import { chunkedPost } from "@/lib/test/chunked-post";
import { gateRequest } from "./request-gate";

let server: Server;
let port = 0;
const reached: { method: string; url: string; headers: IncomingMessage["headers"]; body: Buffer }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    void gateRequest(req, res).then(async (gated) => {
      if (!gated) return;
      const chunks: Buffer[] = [];
      for await (const chunk of gated) chunks.push(chunk as Buffer);
      reached.push({ method: gated.method!, url: gated.url!, headers: gated.headers, body: Buffer.concat(chunks) });
      res.end("handled");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  reached.length = 0;
});

/** POSTs `total` bytes to the gate's server (chunked unless a Content-Length is given), stopping once answered. */
const send = (path: string, total: number, headers: Record<string, string> = {}, fill = "a") =>
  chunkedPost({ port, path, headers: { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, ...headers } }, total, fill);

describe("body limits", () => {
  it("answers 413 to a 200 MB chunked body after reading little of it, and passes nothing on", async () => {
    global.gc?.();
    const before = process.memoryUsage();
    const result = await send("/api/respond/answers", 200 * 1024 * 1024, { "content-type": "application/json" });
    const after = process.memoryUsage();
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toEqual({ error: "This answer is too long", code: "too-large" });
    expect(reached).toHaveLength(0);
    // the client stops at the answer: far less than the 200 MB was ever sent, and the process kept none of it
    expect(result.sentBytes).toBeLessThan(100 * 1024 * 1024);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(20 * 1024 * 1024);
  });

  it("answers 413 to a declared Content-Length past the limit without reading the body", async () => {
    const result = await send("/api/respond/consent", CONSENT_BODY_LIMIT + 1, { "content-length": String(CONSENT_BODY_LIMIT + 1), "content-type": "application/x-www-form-urlencoded" }, "x");
    expect(result.status).toBe(413);
    expect(reached).toHaveLength(0);
  });

  it("passes a chunked body within the limit on whole, with its length declared", async () => {
    const result = await send("/api/respond/answers", ANSWER_BODY_LIMIT, { "content-type": "application/json" });
    expect(result.status).toBe(200);
    expect(reached).toHaveLength(1);
    expect(reached[0]!.body.length).toBe(ANSWER_BODY_LIMIT);
    expect(reached[0]!.headers["content-length"]).toBe(String(ANSWER_BODY_LIMIT));
    expect(reached[0]!.headers["transfer-encoding"]).toBeUndefined();
    expect(reached[0]!.url).toBe("/api/respond/answers");
  });

  it("refuses one byte past the limit, chunked", async () => {
    expect((await send("/api/respond/answers", ANSWER_BODY_LIMIT + 1, { "content-type": "application/json" })).status).toBe(413);
    expect(reached).toHaveLength(0);
  });

  it("gives a server action (any other write) Next's 1 MB", async () => {
    const action = { "next-action": "abc", "content-type": "text/plain" };
    expect((await send("/app/organizations/new", SERVER_ACTION_BODY_LIMIT + 1, action)).status).toBe(413);
    expect((await send("/app/organizations/new", 200 * 1024 * 1024, action)).status).toBe(413);
    expect(reached).toHaveLength(0);
  });

  it("refuses a body on a GET", async () => {
    const result = await new Promise<number>((resolve) => {
      const req = request({ host: "127.0.0.1", port, path: "/respond", method: "GET", headers: { "transfer-encoding": "chunked" } }, (res) => {
        resolve(res.statusCode!);
        res.resume();
      });
      req.end("x".repeat(100));
    });
    expect(result).toBe(413);
    expect(reached).toHaveLength(0);
  });

  it("lets a request without a body through untouched", async () => {
    const status = await new Promise<number>((resolve) => request({ host: "127.0.0.1", port, path: "/respond?x=1" }, (res) => resolve(res.statusCode!)).end());
    expect(status).toBe(200);
    expect(reached.map((r) => [r.method, r.url, r.body.length])).toEqual([["GET", "/respond?x=1", 0]]);
  });
});

describe("cross-origin writes", () => {
  it("answers 403 to a write from another origin, whatever the path", async () => {
    for (const path of ["/app/organizations/new", "/api/respond/answers", "/api/auth/sign-in/email"]) {
      const result = await send(path, 10, { origin: "http://evil.test", "next-action": "abc" });
      expect(result.status, path).toBe(403);
      expect(JSON.parse(result.body).error).toBe("Cross-origin requests are not allowed");
    }
    expect(reached).toHaveLength(0);
  });

  it("passes a same-origin write and one without Origin that the browser did not mark cross-site", async () => {
    expect((await send("/api/respond/answers", 10, {})).status).toBe(200);
    expect((await send("/api/respond/answers", 10, { origin: "", "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect(reached).toHaveLength(2);
  });
});

describe("server actions Next cannot decode", () => {
  async function post(body: string, headers: Record<string, string>) {
    return new Promise<{ status: number; body: string }>((resolve) => {
      const req = request({ host: "127.0.0.1", port, path: "/app", method: "POST", headers: { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, ...headers } }, (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode!, body: text }));
      });
      req.end(body);
    });
  }

  it("answers 400 with a reason, and passes a well-formed one on", async () => {
    const action = { "next-action": "40f1950d", "content-type": "text/plain;charset=UTF-8" };
    expect(await post("not json{", action)).toEqual({ status: 400, body: JSON.stringify({ error: "The server action's arguments are not valid JSON", code: "invalid-input" }) });
    expect((await post('"$@5"', action)).status).toBe(400);
    expect((await post('[{"name":"Acme"}]', action)).status).toBe(200);
    const multipart = { "next-action": "40f1950d", "content-type": "multipart/form-data; boundary=XX" };
    expect((await post("garbage", multipart)).status).toBe(400);
    expect((await post('--XX\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--XX\r\nContent-Disposition: form-data; name="1_name"\r\n\r\nAcme\r\n--XX--\r\n', multipart)).status).toBe(200);
    expect(reached).toHaveLength(2);
  });

  it("leaves a plain form post (no Next-Action header) to Next", async () => {
    expect((await post("not json{", { "content-type": "application/x-www-form-urlencoded" })).status).toBe(200);
  });
});
