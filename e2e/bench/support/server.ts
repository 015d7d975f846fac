// Starts the app the way users do (`npm start`: migrate, seed, build if stale, serve) on a fresh bench
// database, and stops it afterwards. Benchmarks only ever talk to 127.0.0.1.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");

export interface BenchServer {
  url: string;
  databaseUrl: string;
  /** The SQLite file's absolute path. */
  file: string;
  /** The `npm start` process (scripts/start.ts; the server is its child). */
  pid: number;
  stop: () => Promise<void>;
}

/** `folder`: under e2e/.tmp/, emptied first; the database is `bench.db` in it. */
export async function startServer(port = 3200, folder = "bench"): Promise<BenchServer> {
  const dir = path.join(ROOT, "e2e/.tmp", folder);
  rmSync(dir, { recursive: true, force: true });
  const databaseUrl = `file:./e2e/.tmp/${folder}/bench.db`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/start.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", BRIDGE_SECRET: "bench-secret-bench-secret-bench-secret-00", BRIDGE_SEED_DEMO: "false" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    databaseUrl,
    file: path.join(dir, "bench.db"),
    pid: child.pid!,
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 300));
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
