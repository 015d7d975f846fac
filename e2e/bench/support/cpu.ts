// CPU time used by process trees (Linux /proc), so a bench can print "CPU ms per request" beside its latencies:
// on a shared host the latencies depend on the other tenants, the CPU a request costs much less so.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

interface ProcStat {
  ppid: number;
  /** utime + stime + cutime + cstime (its reaped children's too), in ticks. */
  ticks: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = raw.slice(raw.lastIndexOf(")") + 2).split(" "); // f[0] is field 3 (state)
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) };
  } catch {
    return null; // exited meanwhile
  }
}

/** CPU milliseconds used so far by `roots` and every process below them (exited ones that were waited for too). */
export function treeCpuMs(roots: number[]): number {
  const stats = new Map<number, ProcStat>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (stat) stats.set(Number(name), stat);
  }
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of stats) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let ticks = 0;
  const queue = roots.filter((pid) => stats.has(pid));
  const seen = new Set<number>();
  while (queue.length) {
    const pid = queue.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    ticks += stats.get(pid)!.ticks;
    queue.push(...(children.get(pid) ?? []));
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** The postmaster's pid of a cluster folder (first line of postmaster.pid). */
export function postmasterPid(clusterDir: string): number {
  return Number(readFileSync(`${clusterDir}/data/postmaster.pid`, "utf8").split("\n")[0]);
}
