// The production server `npm start` runs: Next.js's request handler behind a plain Node HTTP server that
// replaces X-Forwarded-For with the one client address the rate limits may believe (lib/security/
// client-address.ts, BRIDGE_TRUSTED_PROXY_HOPS). `next start` would pass on whatever the client sent.
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { gateRequest } from "../lib/http/request-gate";
import { clientAddressFor } from "../lib/security/client-address";
import { loadLocalEnv } from "./lib/local-env";

const root = path.resolve(import.meta.dirname, "..");
// `npm run serve` alone (an extra instance) reads .env like `npm start` does, before PORT, HOST and the hops are read
loadLocalEnv(root);
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "localhost";
const trustedHops = Number(process.env.BRIDGE_TRUSTED_PROXY_HOPS ?? 0);

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const forwarded = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = clientAddressFor(Array.isArray(forwarded) ? forwarded.join(",") : forwarded, req.socket.remoteAddress, trustedHops);
  delete req.headers["x-real-ip"];
  // bodies past their limit, cross-origin writes and undecodable server actions get their 4xx here (request-gate.ts)
  void gateRequest(req, res).then((gated) => gated && handle(gated, res));
});
// Idle keep-alive connections outlive a reverse proxy's own idle timeout (nginx and most load balancers keep theirs
// for 60 s): with Node's default of 5 s the app closes a connection just as the proxy reuses it, and the proxy
// answers 502 (seen behind the round-robin proxy of the two-instance tests).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => console.log(`• Listening on http://${hostname}:${port} (trusted proxy hops: ${trustedHops})`));
