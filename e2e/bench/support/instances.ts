// App instances as `npm run serve` runs them (scripts/serve.ts: the production build behind the custom server),
// on an already prepared database: the way N instances share one PostgreSQL database behind a load balancer.
// prepareInstances() does once what `npm start` does before serving (migrate, seed reference data, build if
// stale). Each instance runs in its own process group so kill() reaches the server and nothing else; on Linux,
// groupMembers() and holdsFile() let a drill show that the process it kills is the server that holds the database.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs";
import { buildIfStale } from "../../../scripts/lib/build";
import { prepareDatabase } from "../../../scripts/lib/prepare-database";
import { ROOT } from "./server";

export const BENCH_SECRET = "bench-secret-bench-secret-bench-secret-00";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Migrate and seed the reference data (no demo data), and build when the build is stale, as `npm start` does.
 * Tried twice: on a busy host the reference seed's transaction has exceeded Prisma's 5 s interactive transaction
 * timeout on a fresh PostgreSQL database (P2028); said so when it happens.
 */
export async function prepareInstances(databaseUrl: string) {
  try {
    await prepareDatabase(databaseUrl, { seedDemo: false, log: () => {} });
  } catch (error) {
    console.log(`  ! preparing the database failed, trying once more: ${(error as Error).message.split("\n").filter(Boolean).at(-1)}`);
    await prepareDatabase(databaseUrl, { seedDemo: false, log: () => {} });
  }
  await buildIfStale(ROOT);
}

export interface Instance {
  name: string;
  url: string;
  /** Starts the server and resolves once /api/health answers 200 (ms from spawn to that answer). */
  start: () => Promise<number>;
  /** Sends `signal` to the server's process group and resolves once it has exited. */
  kill: (signal: NodeJS.Signals) => Promise<void>;
  /** The running server's pid (null while it is down). */
  pid: () => number | null;
  /** Exits we did not cause (a crash): code or signal and the last lines of its stderr. */
  crashes: string[];
  /** Every stderr line, counted by its first 100 characters (e.g. "[bridge] database unavailable: …"). */
  stderrLines: Map<string, number>;
}

/** `imports`: modules the server process loads first (node --import), e.g. a bench probe. */
export function appInstance(name: string, databaseUrl: string, port: number, env: Record<string, string> = {}, imports: string[] = []): Instance {
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let killing = false;
  const crashes: string[] = [];
  const stderrLines = new Map<string, number>();
  const recent: string[] = [];
  const url = `http://127.0.0.1:${port}`;

  async function start(): Promise<number> {
    const t0 = performance.now();
    killing = false;
    const proc = spawn(process.execPath, ["--import", "tsx", ...imports.flatMap((m) => ["--import", m]), "scripts/serve.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: "127.0.0.1",
        BRIDGE_SECRET: BENCH_SECRET,
        BRIDGE_SEED_DEMO: "false",
      },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    });
    child = proc;
    let partial = "";
    proc.stderr!.on("data", (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split("\n");
      partial = lines.pop()!;
      for (const line of lines.filter(Boolean)) {
        const key = line.slice(0, 100);
        stderrLines.set(key, (stderrLines.get(key) ?? 0) + 1);
        recent.push(line);
        if (recent.length > 20) recent.shift();
      }
    });
    exited = new Promise((resolve) =>
      proc.on("exit", (code, signal) => {
        if (!killing) crashes.push(`${name} exited (code ${code}, signal ${signal}) at ${new Date().toISOString()}: ${recent.slice(-5).join(" | ")}`);
        if (child === proc) child = null;
        resolve();
      }),
    );
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      if (!child) throw new Error(`${name} exited while starting: ${crashes.at(-1) ?? ""}`);
      try {
        if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) })).ok) return performance.now() - t0;
      } catch {
        // not listening yet
      }
      await sleep(50);
    }
    throw new Error(`${name} did not answer ${url}/api/health within 180 s`);
  }

  async function kill(signal: NodeJS.Signals) {
    if (!child) return;
    killing = true;
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
    await Promise.race([exited, sleep(15_000)]);
    if (child) {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // gone
      }
      await exited;
    }
  }

  return { name, url, start, kill, pid: () => child?.pid ?? null, crashes, stderrLines };
}

/** The live processes in process group `pgid`, with their names (Linux /proc; zombies left out). */
export function groupMembers(pgid: number): { pid: number; name: string }[] {
  const members: { pid: number; name: string }[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so read after the last ")"
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) === pgid && state !== "Z") members.push({ pid: Number(entry), name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")) });
    } catch {
      // exited meanwhile
    }
  }
  return members;
}

/** Whether process `pid` has `file` open (Linux /proc/<pid>/fd). */
export function holdsFile(pid: number, file: string): boolean {
  const target = realpathSync(file);
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === target;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}
