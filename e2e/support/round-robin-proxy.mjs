#!/usr/bin/env node
// A small round-robin HTTP reverse proxy for the two-instance Playwright run (playwright.postgres.config.ts):
// each incoming request goes to the next upstream in turn, so consecutive requests land on different instances.
// node:http only. Bodies are streamed both ways, headers passed through (hop-by-hop ones dropped), the client's
// address appended to X-Forwarded-For as a real proxy does, and every response carries `x-bridge-upstream: <index>`.
// When an upstream cannot be reached or fails before answering, the client gets a 502 (a request without a body
// whose reused keep-alive connection was reset is first sent once more). Stopped with SIGTERM/SIGINT, it prints how
// many requests each upstream got.
//
//   node e2e/support/round-robin-proxy.mjs --port 3200 --upstream http://127.0.0.1:3201 --upstream http://127.0.0.1:3202
//
// prints "• Round-robin proxy on http://127.0.0.1:3200 → …" when it listens.
import http from "node:http";
import { pathToFileURL } from "node:url";

// RFC 9110 §7.6.1: these describe one connection, not the message, and are not forwarded
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade"]);

function forwardable(headers) {
  const named = new Set(
    String(headers.connection ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name) && !named.has(name)) out[name] = value;
  }
  return out;
}

const normalize = (address) => (address?.startsWith("::ffff:") ? address.slice(7) : (address ?? ""));

/**
 * Starts the proxy. `upstreams` are base URLs (http only). Returns { server, port, url, requests, summary, close }
 * once it listens; `requests` counts the requests handed out so far, `summary()` says how many each upstream got.
 */
export async function startRoundRobinProxy({ port = 0, host = "127.0.0.1", upstreams }) {
  if (!upstreams?.length) throw new Error("at least one --upstream is needed");
  const targets = upstreams.map((u) => {
    const url = new URL(u);
    if (url.protocol !== "http:") throw new Error(`only http:// upstreams are supported: ${u}`);
    // Idle connections are closed after 3 s, before the upstream's own keep-alive timeout (Node's default 5 s) can
    // close one just as a request is sent on it (ECONNRESET). Node 20's agent ignores the server's `Keep-Alive:
    // timeout=5` hint unless a timeout is set; on a busy connection the timeout only emits an event nobody listens to.
    const agent = new http.Agent({ keepAlive: true, timeout: 3_000 });
    return { hostname: url.hostname, port: Number(url.port || 80), agent };
  });
  const state = { requests: 0, perUpstream: targets.map(() => 0), badGateway: 0, resent: 0 };

  const server = http.createServer((req, res) => {
    const index = state.requests++ % targets.length;
    state.perUpstream[index]++;
    const target = targets[index];
    const headers = forwardable(req.headers);
    const client = normalize(req.socket.remoteAddress);
    const prior = req.headers["x-forwarded-for"];
    headers["x-forwarded-for"] = prior ? `${Array.isArray(prior) ? prior.join(", ") : prior}, ${client}` : client;

    // a request without a body can be sent again (see below); one with a body is streamed once
    const length = req.headers["content-length"];
    const hasBody = length !== undefined ? Number(length) > 0 : req.headers["transfer-encoding"] !== undefined;
    let upstream;
    const forward = (retry) => {
      const agent = retry ? false : target.agent; // sent again: on a connection of its own
      upstream = http.request({ hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent }, (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.statusMessage, { ...forwardable(upRes.headers), "x-bridge-upstream": String(index) });
        upRes.pipe(res);
        upRes.on("error", () => res.destroy());
      });
      const sent = upstream;
      sent.on("error", (error) => {
        if (res.destroyed) return; // the client is gone (see below)
        // the upstream closed an idle keep-alive connection just as this request was sent on it: the request never
        // reached the app, so send it again once, on a new connection (what Node's documentation advises)
        if (!retry && !hasBody && sent.reusedSocket && error.code === "ECONNRESET" && !res.headersSent) {
          state.resent++;
          return forward(true);
        }
        if (!res.headersSent) {
          state.badGateway++;
          console.error(`✖ 502: ${req.method} ${req.url} → upstream ${index}: ${error.code ?? error.message}${sent.reusedSocket ? " (reused connection)" : ""}`);
          res.writeHead(502, { "content-type": "text/plain; charset=utf-8", "x-bridge-upstream": String(index) });
          res.end(`Bad gateway: upstream ${index} (${target.hostname}:${target.port}): ${error.code ?? error.message}\n`);
        } else {
          res.destroy(error); // the response had begun: the client must see it cut off, not complete
        }
      });
      if (hasBody) req.pipe(sent);
      else sent.end();
    };
    forward(false);
    // the client went away before the answer was complete: stop the upstream request too
    req.on("error", () => upstream.destroy());
    res.on("close", () => {
      if (!res.writableFinished) upstream.destroy();
    });
  });
  // keep-alive from clients (browsers, Playwright's request context) for longer than Node's 5 s default
  server.keepAliveTimeout = 65_000;

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  return {
    server,
    port: actual,
    url: `http://${host}:${actual}`,
    get requests() {
      return state.requests;
    },
    summary: () => `${state.requests} requests: ${state.perUpstream.map((n, i) => `upstream ${i} ${n}`).join(", ")}; ${state.resent} sent again after a closed keep-alive connection; ${state.badGateway} answered 502`,
    close: () =>
      new Promise((resolve) => {
        for (const t of targets) t.agent.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function parseArgs(argv) {
  const options = { port: 0, host: "127.0.0.1", upstreams: [] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === "--port") options.port = Number(value);
    else if (flag === "--host") options.host = value;
    else if (flag === "--upstream") options.upstreams.push(value);
    else throw new Error(`unknown argument ${flag} (use --port P --upstream URL [--upstream URL …] [--host H])`);
    i++;
  }
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const proxy = await startRoundRobinProxy(options);
    console.log(`• Round-robin proxy on ${proxy.url} → ${options.upstreams.join(", ")}`);
    for (const signal of ["SIGINT", "SIGTERM"]) {
      process.on(signal, () => {
        console.log(`• Round-robin proxy stopped after ${proxy.summary()}`);
        process.exit(0);
      });
    }
  } catch (error) {
    console.error(`✖ round-robin proxy: ${error.message}`);
    process.exit(1);
  }
}
