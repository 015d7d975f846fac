// Peak resident memory of a process over a stretch of work, including peaks inside synchronous code or between two
// readings that no timer could sample: on Linux the kernel's high-water mark (VmHWM in /proc/<pid>/status) is
// reset by writing "5" to /proc/<pid>/clear_refs (proc(5)) and read back afterwards. `pid`: this process ("self",
// the default) or a child it started (same user). Elsewhere (or where /proc is not writable) `available` is false
// and read() gives null: the figure is Linux-only, say so when quoting it.
import { readFileSync, writeFileSync } from "node:fs";

const MB = 1024 * 1024;

export const rssMb = () => process.memoryUsage().rss / MB;

export interface PeakRss {
  available: boolean;
  /** Starts a new stretch: the high-water mark drops to the current RSS. */
  reset: () => void;
  /** The highest RSS since the last reset, in MB (null where unavailable); right after reset(), the current RSS. */
  read: () => number | null;
}

export function peakRss(pid: number | "self" = "self"): PeakRss {
  const tryReset = () => {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, "5");
      return true;
    } catch {
      return false;
    }
  };
  const hwmMb = () => {
    try {
      const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      return kb ? Number(kb) / 1024 : null;
    } catch {
      return null;
    }
  };
  const available = tryReset() && hwmMb() !== null;
  return {
    available,
    reset: () => {
      if (available) tryReset();
    },
    read: () => (available ? hwmMb() : null),
  };
}
