import { describe, expect, it } from "vitest";
import { utcDay, utcMinute } from "./time";

describe("UTC date text", () => {
  it("writes the UTC day and minute, whatever the local zone", () => {
    const d = new Date("2026-11-22T23:59:30-05:00"); // already the 23rd in UTC
    expect(utcDay(d)).toBe("2026-11-23");
    expect(utcMinute(d)).toBe("2026-11-23 04:59");
  });
});
