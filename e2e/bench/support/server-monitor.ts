// Samples a server's process tree once a second while a load runs: CPU (% of one core, from treeCpuMs), resident
// memory (VmRSS of every process in the tree, summed) and the host's load average; beside it the load generator's
// own CPU, since on a small shared host the generator competes with the server for the same cores. Linux only.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { treeCpuMs } from "./cpu";

export interface MonitorSample {
  /** Seconds since the monitor started. */
  at: number;
  /** Server CPU over the last interval, % of one core. */
  cpu: number;
  /** Resident memory of the server's tree, MB. */
  rssMb: number;
  /** The load generator's own CPU over the last interval, % of one core. */
  generatorCpu: number;
  load1: number;
}

function parentOf(pid: number): number | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(raw.slice(raw.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null; // exited meanwhile
  }
}

/** `root` and every process below it. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = parentOf(Number(name));
    if (ppid !== null) children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/** The process below `root` whose command line contains `needle` (the server under `npm start`), else `root`. */
export function findBelow(root: number, needle: string): number {
  return processTree(root).find((pid) => cmdline(pid).includes(needle)) ?? root;
}

function rssMbOf(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // exited meanwhile
    }
  }
  return kb / 1024;
}

export interface Monitor {
  samples: MonitorSample[];
  stop: () => void;
}

/** Starts sampling `root`'s tree every `intervalMs`. */
export function monitorServer(root: number, intervalMs = 1000): Monitor {
  const samples: MonitorSample[] = [];
  const t0 = performance.now();
  let last = { at: t0, server: treeCpuMs([root]), generator: process.cpuUsage() };
  const timer = setInterval(() => {
    const at = performance.now();
    const server = treeCpuMs([root]);
    const generator = process.cpuUsage();
    const elapsed = at - last.at;
    const generatorMs = (generator.user + generator.system - last.generator.user - last.generator.system) / 1000;
    samples.push({
      at: (at - t0) / 1000,
      cpu: ((server - last.server) / elapsed) * 100,
      rssMb: rssMbOf(processTree(root)),
      generatorCpu: (generatorMs / elapsed) * 100,
      load1: os.loadavg()[0]!,
    });
    last = { at, server, generator };
  }, intervalMs);
  return { samples, stop: () => clearInterval(timer) };
}

/** The highest mean over any `window` consecutive values (a peak that one noisy tick cannot make). */
export function peakOfWindow(values: number[], window: number): number {
  if (values.length <= window) return values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
  let sum = values.slice(0, window).reduce((s, v) => s + v, 0);
  let peak = sum;
  for (let i = window; i < values.length; i++) {
    sum += values[i]! - values[i - window]!;
    peak = Math.max(peak, sum);
  }
  return peak / window;
}

export function currentRssMb(root: number): number {
  return rssMbOf(processTree(root));
}
