import { describe, expect, it } from "vitest";
import { escapeText, foldLine, icsCalendar } from "./ics";

const unfold = (s: string) => s.replace(/\r\n[ \t]/g, "");

describe("iCalendar writer", () => {
  it("escapes backslash, semicolon, comma and line breaks, and drops other control characters", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\u0007g")).toBe("a\\\\b\\;c\\,d\\ne\\nfg");
  });

  it("folds at 75 octets without splitting a UTF-8 character, and unfolds to the original", () => {
    const line = `SUMMARY:${"é".repeat(50)}${"x".repeat(30)}🙂end`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.split("\r\n").slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(foldLine("short")).toBe("short");
  });

  it("writes one all-day VEVENT per event with a stable UID, CRLF line ends", () => {
    const ics = icsCalendar("Plan, with comma", [
      { uid: "a1@bridge-plan", day: "2026-12-31", summary: "Year end; review", description: "Line 1\nLine 2", categories: ["Trust"], stamp: new Date("2026-11-01T10:20:30.456Z") },
      { uid: "a2@bridge-plan", day: "2026-02-28", summary: "Short", stamp: new Date("2026-01-01T00:00:00Z") },
    ]);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "").includes("\n")).toBe(false);
    const lines = unfold(ics).split("\r\n");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines).toContain("X-WR-CALNAME:Plan\\, with comma");
    expect(lines).toContain("DTSTART;VALUE=DATE:20261231");
    expect(lines).toContain("DTEND;VALUE=DATE:20270101");
    expect(lines).toContain("DTSTART;VALUE=DATE:20260228");
    expect(lines).toContain("DTEND;VALUE=DATE:20260301");
    expect(lines).toContain("UID:a1@bridge-plan");
    expect(lines).toContain("DTSTAMP:20261101T102030Z");
    expect(lines).toContain("SUMMARY:Year end\\; review");
    expect(lines).toContain("DESCRIPTION:Line 1\\nLine 2");
  });
});
