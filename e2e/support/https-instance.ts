// A second app instance whose public origin is https, for e2e/security/https.spec.ts: a self-signed certificate
// for localhost made with openssl at test time, `scripts/serve.ts` on the e2e build and database with
// BRIDGE_URL=https://localhost:<port>, and a small TLS-terminating reverse proxy (node:https) in front of it, as a
// deployment would have nginx or a load balancer. Everything is stopped and deleted by close().
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { E2E_SECRET } from "./auth";
import { E2E_DATABASE_URL } from "./fixtures";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** A self-signed certificate for localhost and 127.0.0.1, valid for a day (openssl, P-256). */
export function selfSignedCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=localhost",
      "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", cert],
    { stdio: "pipe" },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// RFC 9110 §7.6.1: these describe one connection and are not forwarded
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"]);
const forwardable = (headers: http.IncomingHttpHeaders) => Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));

/**
 * TLS termination in front of `upstreamPort` (plain http on 127.0.0.1): the Host header passes unchanged, the client's
 * address is appended to X-Forwarded-For and X-Forwarded-Proto says https, as nginx's usual configuration does.
 */
async function startTlsProxy(credentials: { key: Buffer; cert: Buffer }, port: number, upstreamPort: number) {
  const agent = new http.Agent({ keepAlive: true, timeout: 3_000 });
  const server = https.createServer(credentials, (req, res) => {
    const headers = forwardable(req.headers);
    const prior = req.headers["x-forwarded-for"];
    const client = (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
    headers["x-forwarded-for"] = prior ? `${prior}, ${client}` : client;
    headers["x-forwarded-proto"] = "https";
    const upstream = http.request({ host: "127.0.0.1", port: upstreamPort, method: req.method, path: req.url, headers, agent }, (upRes) => {
      res.writeHead(upRes.statusCode ?? 502, upRes.statusMessage, forwardable(upRes.headers));
      upRes.pipe(res);
    });
    upstream.on("error", (error) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" }).end(`Bad gateway: ${error.message}\n`);
      else res.destroy(error);
    });
    req.pipe(upstream);
  });
  // Chromium may try ::1 first for "localhost": listen on both families where the host has IPv6
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EAFNOSUPPORT" && error.code !== "EADDRNOTAVAIL") return reject(error);
      server.once("error", reject).listen(port, "127.0.0.1", resolve);
    });
    server.listen({ port, host: "::", ipv6Only: false }, resolve);
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function waitForHealth(url: string, timeoutMs: number, exited: () => string | null) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const stopped = exited();
    if (stopped) throw new Error(`the https instance stopped before answering: ${stopped}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the https instance did not answer ${url} within ${timeoutMs / 1000} s`);
}

export interface HttpsInstance {
  /** https://localhost:<port>: BRIDGE_URL of the instance, and where the browser goes. */
  url: string;
  /** The instance itself, plain http (behind the proxy). */
  upstreamUrl: string;
  close: () => Promise<void>;
}

/** Starts the instance and its TLS proxy; the e2e server (playwright.config.ts) must have built the app first. */
export async function startHttpsInstance(): Promise<HttpsInstance> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bridge-tls-"));
  const credentials = selfSignedCertificate(dir);
  const [tlsPort, appPort] = [await freePort(), await freePort()];
  const url = `https://localhost:${tlsPort}`;
  let log = "";
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/serve.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: E2E_DATABASE_URL,
      BRIDGE_SECRET: E2E_SECRET,
      BRIDGE_URL: url,
      PORT: String(appPort),
      HOST: "127.0.0.1",
      // the TLS proxy appends the address it saw; a test may put its own in front (its own sign-in rate limit)
      BRIDGE_TRUSTED_PROXY_HOPS: "2",
    },
  });
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  let exit: string | null = null;
  child.on("exit", (code, signal) => (exit = `exit ${code ?? signal}\n${log}`));
  const proxy = await startTlsProxy(credentials, tlsPort, appPort);
  const close = async () => {
    await proxy.close();
    if (!exit) {
      const stopped = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await stopped;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(`http://127.0.0.1:${appPort}/api/health`, 90_000, () => exit);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, upstreamUrl: `http://127.0.0.1:${appPort}`, close };
}
