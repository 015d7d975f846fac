// The production server `npm start` runs: Next.js's request handler behind a plain Node HTTP server that
// replaces X-Forwarded-For with the one client address the rate limits may believe (lib/security/
// client-address.ts, BRIDGE_TRUSTED_PROXY_HOPS). `next start` would pass on whatever the client sent. Autosave
// skips Next's router (lib/http/direct-routes.ts, decision 48). On the
// embedded database, a worker thread checkpoints the WAL, off the requests' path (sqlite-checkpointer.mjs).
import { createServer } from "node:http";
import path from "node:path";
import { Worker } from "node:worker_threads";
import next from "next";
import { databaseKind, sqliteFilePath } from "../lib/db/adapter";
import { DEFAULT_DATABASE_URL } from "../lib/env";
import { directRouteFor, serveDirect } from "../lib/http/direct-routes";
import { gateRequest } from "../lib/http/request-gate";
import { clientAddressFor } from "../lib/security/client-address";
import { loadLocalEnv } from "./lib/local-env";

const root = path.resolve(import.meta.dirname, "..");
// `npm run serve` alone (an extra instance) reads .env like `npm start` does, before PORT, HOST and the hops are read
loadLocalEnv(root);
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "localhost";
const trustedHops = Number(process.env.BRIDGE_TRUSTED_PROXY_HOPS ?? 0);

/** How often the worker copies the WAL into the database file. */
const CHECKPOINT_INTERVAL_MS = 1000;

/**
 * Starts the WAL checkpointer (plain JavaScript: none of this process's loaders, such as --import tsx or a
 * bench's probe) and resolves true once it has opened the database, false if it could not within 5 s. It is
 * started again whenever it exits, since the app's connection no longer checkpoints.
 */
function startCheckpointer(file: string): Promise<boolean> {
  return new Promise((resolve) => {
    const worker = new Worker(path.join(root, "scripts/lib/sqlite-checkpointer.mjs"), { workerData: { file, intervalMs: CHECKPOINT_INTERVAL_MS }, execArgv: [] });
    worker.unref();
    const timer = setTimeout(() => resolve(false), 5_000);
    worker.once("message", (message) => {
      clearTimeout(timer);
      resolve(message === "ready");
    });
    worker.on("error", (error) => console.error(`✖ WAL checkpointer stopped: ${error.message}`));
    worker.once("exit", () => {
      resolve(false);
      setTimeout(() => void startCheckpointer(file), 5_000).unref();
    });
  });
}

const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
if (databaseKind(databaseUrl) === "sqlite") {
  // the app's connection leaves checkpoints to the worker (lib/db/adapter.ts reads this when it connects) only
  // once the worker runs; otherwise SQLite keeps checkpointing on its own, as everywhere else
  if (await startCheckpointer(sqliteFilePath(databaseUrl))) process.env.BRIDGE_SQLITE_CHECKPOINTS = "background";
  else console.warn("• WAL checkpointer not running: SQLite checkpoints within requests");
}

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const forwarded = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = clientAddressFor(Array.isArray(forwarded) ? forwarded.join(",") : forwarded, req.socket.remoteAddress, trustedHops);
  delete req.headers["x-real-ip"];
  // bodies past their limit, cross-origin writes and undecodable server actions get their 4xx here (request-gate.ts);
  // autosave then runs its route handler without Next's router (direct-routes.ts, decision 48)
  const direct = directRouteFor(req.method, req.url);
  void gateRequest(req, res)
    .then((gated) => gated && (direct ? serveDirect(direct, gated, res) : handle(gated, res)))
    .catch((error: unknown) => {
      console.error("✖ request failed:", error);
      res.destroy();
    });
});
// Idle keep-alive connections outlive a reverse proxy's own idle timeout (nginx and most load balancers keep theirs
// for 60 s): with Node's default of 5 s the app closes a connection just as the proxy reuses it, and the proxy
// answers 502 (seen behind the round-robin proxy of the two-instance tests).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => console.log(`• Listening on http://${hostname}:${port} (trusted proxy hops: ${trustedHops})`));
