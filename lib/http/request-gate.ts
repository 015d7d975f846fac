// The production server's gate (scripts/serve.ts), in front of Next's handler for every request. It answers
// two kinds of bad request with a clear 4xx before Next sees them, because past this point Next would not:
//  - a body larger than its route's limit (lib/http/body-limits.ts): 413, after reading at most limit + one
//    chunk, whatever the transfer encoding. Next's route handlers buffer a whole body in memory before the
//    handler runs (a 200 MB chunked POST grew the server by 571 MB), and its server-action limit answers 500;
//  - a cross-origin write (any method but GET/HEAD/OPTIONS whose Origin is another host): 403. Next answers 500
//    to a cross-origin server action; the route wrapper and better-auth refuse theirs with 403 too.
//  - a server-action post Next cannot decode (lib/http/server-action-body.ts): 400 instead of Next's 500.
// A body within its limit is read here in full and handed to Next as a fresh request with the same headers.
import { IncomingMessage, type ServerResponse } from "node:http";
import { bodyLimitFor } from "@/lib/http/body-limits";
import { serverActionBodyProblem } from "@/lib/http/server-action-body";
import { CROSS_ORIGIN_REFUSED, isSameOriginHeaders } from "@/lib/security/same-origin";

/** How long a refused upload may go on being read (and thrown away) before the connection is cut. */
const DRAIN_MS = 2_000;

/**
 * The request Next should handle, or null when the gate has answered. Never throws: a client that goes away
 * while its body is read is simply dropped.
 */
export async function gateRequest(req: IncomingMessage, res: ServerResponse): Promise<IncomingMessage | null> {
  const method = (req.method ?? "GET").toUpperCase();
  const write = method !== "GET" && method !== "HEAD" && method !== "OPTIONS";
  if (write && !isSameOriginHeaders({ origin: header(req, "origin"), host: header(req, "x-forwarded-host") ?? header(req, "host"), fetchSite: header(req, "sec-fetch-site") })) {
    refuse(req, res, 403, "forbidden", CROSS_ORIGIN_REFUSED);
    return null;
  }
  const declared = header(req, "content-length");
  const chunked = header(req, "transfer-encoding") !== null;
  if (!chunked && (declared === null || declared === "0")) return req;

  const { bytes: limit, tooLarge } = bodyLimitFor(method, pathOf(req.url));
  if (declared !== null && Number(declared) > limit) {
    refuse(req, res, 413, "too-large", tooLarge);
    return null;
  }
  const body = await readCapped(req, limit);
  if (body === "too-large") {
    refuse(req, res, 413, "too-large", tooLarge);
    return null;
  }
  if (body === "aborted") return null;

  const problem = write ? await serverActionBodyProblem(header(req, "next-action"), header(req, "content-type"), body) : null;
  if (problem) {
    refuse(req, res, 400, "invalid-input", problem);
    return null;
  }
  return replay(req, body);
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? "/", "http://gate").pathname;
  } catch {
    return "/";
  }
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return value === undefined ? null : Array.isArray(value) ? value.join(",") : value;
}

/** The body, once it has all arrived within `limit` bytes; "too-large" as soon as one byte more has arrived. */
function readCapped(req: IncomingMessage, limit: number): Promise<Buffer | "too-large" | "aborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (outcome: Buffer | "too-large" | "aborted") => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onAbort);
      req.off("aborted", onAbort);
      if (outcome === "too-large") req.pause();
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) done("too-large");
      else chunks.push(chunk);
    };
    const onEnd = () => done(Buffer.concat(chunks, size));
    const onAbort = () => done("aborted");
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onAbort);
    req.on("aborted", onAbort);
  });
}

/**
 * Answers at once. A body still arriving is read and thrown away for a moment, then the connection is cut:
 * closing it straight after the answer would reset it under a client still sending, and most clients then
 * report the reset instead of the answer they already received.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ error: message, code });
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  res.end(body);
  if (!req.complete) {
    req.on("data", () => {}); // discard: nothing more is kept
    req.resume();
    setTimeout(() => req.destroy(), DRAIN_MS).unref();
  }
}

/** A request Next can read from the start: the same line and headers, the body already read. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  const headers = { ...req.headers, "content-length": String(body.length) };
  delete headers["transfer-encoding"];
  copy.headers = headers;
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, String(value)]));
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}
