import { describe, expect, it } from "vitest";
import { peakRss } from "./peak-rss";

describe("peakRss", () => {
  it("sees a 64 MB block made and dropped between two readings (Linux)", () => {
    const memory = peakRss();
    expect(memory.available).toBe(true);
    const before = memory.read()!;
    let block: Buffer | null = Buffer.alloc(64 * 1024 * 1024, 1); // touched: resident
    expect(block.length).toBe(64 * 1024 * 1024);
    block = null;
    expect(memory.read()!).toBeGreaterThan(before + 60);
  });

  it("is unavailable for a process that does not exist, and reads null", () => {
    const memory = peakRss(2 ** 22 + 1);
    expect(memory.available).toBe(false);
    expect(memory.read()).toBeNull();
  });
});
