// Test helper: a POST whose body is streamed in 64 KB chunks (Transfer-Encoding: chunked unless the headers declare
// a Content-Length), stopping as soon as the server answers, as a client does that reads while it sends. Used by
// the request gate's tests (lib/http/request-gate.test.ts) and the body-limit spec (e2e/security/limits-security.spec.ts).
import { request } from "node:http";

export interface ChunkedAnswer {
  status: number;
  body: string;
  /** Bytes written before the answer came. */
  sentBytes: number;
  ms: number;
}

export function chunkedPost(target: { port: number; path: string; headers?: Record<string, string> }, total: number, fill = "a"): Promise<ChunkedAnswer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: target.port, path: target.path, method: "POST", headers: target.headers });
    const chunk = Buffer.alloc(Math.min(64 * 1024, Math.max(total, 1)), fill);
    let sent = 0;
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => {
        resolve({ status: res.statusCode!, body, sentBytes: sent, ms: performance.now() - started });
        req.destroy();
      });
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < total) {
        const piece = total - sent < chunk.length ? chunk.subarray(0, total - sent) : chunk;
        sent += piece.length;
        if (!req.write(piece)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}
