// Peak resident memory of this process over a stretch of work, including peaks inside synchronous code that no
// timer could sample: on Linux the kernel's high-water mark (VmHWM in /proc/self/status) is reset by writing "5" to
// /proc/self/clear_refs and read back afterwards. Elsewhere (or where /proc is not writable) `available` is false
// and read() gives null: the figure is Linux-only, say so when quoting it.
import { readFileSync, writeFileSync } from "node:fs";

const MB = 1024 * 1024;

function tryReset(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

function hwmMb(): number | null {
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export const rssMb = () => process.memoryUsage().rss / MB;

export interface PeakRss {
  available: boolean;
  /** Starts a new stretch: the high-water mark drops to the current RSS. */
  reset: () => void;
  /** The highest RSS since the last reset, in MB (null where unavailable). */
  read: () => number | null;
}

export function peakRss(): PeakRss {
  const available = tryReset() && hwmMb() !== null;
  return {
    available,
    reset: () => {
      if (available) tryReset();
    },
    read: () => (available ? hwmMb() : null),
  };
}
