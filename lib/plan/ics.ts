// A tiny iCalendar (RFC 5545) writer for the plan's due dates: one all-day VEVENT per action with a due date.
// Written here rather than taken from a package (decision 38): the few properties we need, with the two rules
// that matter done right: text escaping (§3.3.11) and folding lines at 75 octets without splitting a UTF-8
// character (§3.1), CRLF line ends.

export interface IcsEvent {
  /** Globally unique and stable across downloads, so a calendar updates the event instead of duplicating it. */
  uid: string;
  /** "YYYY-MM-DD": an all-day event on that day. */
  day: string;
  summary: string;
  description?: string;
  categories?: string[];
  /** When the event's data last changed (DTSTAMP / LAST-MODIFIED). */
  stamp: Date;
}

/** TEXT value escaping: backslash, semicolon, comma, line breaks; other control characters are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** Folds a content line into lines of at most 75 octets (continuations start with one space). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // the first line holds 75 octets; a continuation line's leading space counts, so 74 more
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

const basicDay = (day: string) => day.replace(/-/g, "");
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

export function icsCalendar(name: string, events: readonly IcsEvent[]): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bridge//Action plan//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(name)}`];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${utcStamp(e.stamp)}`,
      `LAST-MODIFIED:${utcStamp(e.stamp)}`,
      `DTSTART;VALUE=DATE:${basicDay(e.day)}`,
      `DTEND;VALUE=DATE:${basicDay(nextDay(e.day))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(",")}`] : []),
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
