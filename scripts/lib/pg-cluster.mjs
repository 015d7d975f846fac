// A private, throw-away PostgreSQL cluster for tests and benchmarks: Debian's `postgresql` binaries, a temporary
// folder, a free local port, no durability (fsync off) unless asked for, removed again by stop(). `npm test`
// starts one and hands its URL to Vitest and Playwright in BRIDGE_TEST_PG_URL. Plain JavaScript so
// scripts/test.mjs can import it.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** The folder holding initdb and pg_ctl: Debian's /usr/lib/postgresql/<newest>/bin, else whatever is on PATH. */
export function postgresBinDir() {
  const base = "/usr/lib/postgresql";
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(path.join(base, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(base, versions[0], "bin");
  }
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  if (which.status === 0 && which.stdout.trim()) return path.dirname(which.stdout.trim());
  return null;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster and returns { url, port, dir, stop, stopServer, startServer, restart }. `url` points at the
 * `postgres` database as superuser `postgres` (trust authentication on 127.0.0.1 only). Root cannot run
 * PostgreSQL, so as root the folder is handed to the `postgres` user that Debian's package creates and the
 * binaries run as that user. `durable: true` keeps PostgreSQL's default durability (fsync, synchronous_commit,
 * full_page_writes on), as a production server runs, for benchmarks; the default turns them off (tests).
 * stopServer(mode) / startServer() / restart(mode) stop and start the same cluster on the same port, asynchronously
 * (fault drills; mode is pg_ctl's shutdown mode, "fast" by default: open sessions are terminated); stop() stops it
 * at once and removes its folder.
 */
export async function startPgCluster({ maxConnections = 200, durable = false } = {}) {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL is not installed (no initdb): apt-get install -y postgresql");
  const dir = mkdtempSync(path.join(os.tmpdir(), "bridge-pg-"));
  const data = path.join(dir, "data");
  const sock = path.join(dir, "sock");
  mkdirSync(sock);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chmodSync(dir, 0o755);
    chownSync(dir, uid, gid);
    chownSync(sock, uid, gid);
  }
  const run = (cmd, args) => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args];
    const result = spawnSync(file, argv, { encoding: "utf8", cwd: dir });
    if (result.status !== 0) throw new Error(`${cmd} failed: ${(result.stderr || result.stdout || "").trim().slice(0, 800)}`);
  };
  const port = await freePort();
  let started = false;
  const options = [
    "-c listen_addresses=127.0.0.1",
    `-p ${port}`,
    `-k ${sock}`,
    ...(durable ? [] : ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]),
    `-c max_connections=${maxConnections}`,
  ].join(" ");
  const startArgs = ["start", "-D", data, "-w", "-t", "60", "-l", path.join(dir, "server.log"), "-o", options];
  const stopArgs = (mode) => ["stop", "-D", data, "-m", mode, "-w"];
  /** Asynchronous, so a load generator in the same process keeps running while the server stops and starts. */
  const runAsync = (cmd, args) =>
    new Promise((resolve, reject) => {
      const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args];
      execFile(file, argv, { encoding: "utf8", cwd: dir }, (error, stdout, stderr) =>
        error ? reject(new Error(`${cmd} failed: ${(stderr || stdout || error.message).trim().slice(0, 800)}`)) : resolve(),
      );
    });
  const startServer = async () => {
    await runAsync("pg_ctl", startArgs);
    started = true;
  };
  const stopServer = async (mode = "fast") => {
    await runAsync("pg_ctl", stopArgs(mode));
    started = false;
  };
  const restart = async (mode = "fast") => {
    await stopServer(mode);
    await startServer();
  };
  const stop = () => {
    if (started) {
      try {
        run("pg_ctl", stopArgs("immediate"));
      } catch {
        /* already gone */
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"]);
    run("pg_ctl", startArgs);
    started = true;
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, port, dir, stop, stopServer, startServer, restart };
}

/** The same server's URL with another database name. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
