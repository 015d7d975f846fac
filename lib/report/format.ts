// Number and text formatting for the PDF report: the results page's rounding (components/results/format.ts),
// repeated here because lib must not import components.
import type { Interval } from "@/lib/scoring/types";

const MINUS = "\u2212";

export const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace("-", MINUS);
export const pct = (x: number | null | undefined) => (x === null || x === undefined ? "n/a" : `${Math.round(x)}%`);
export const score = (x: number | null | undefined) => (x === null || x === undefined ? "n/a" : one(x));
export const signed = (x: number | null | undefined) => (x === null || x === undefined ? "n/a" : x > 0 ? `+${one(x)}` : x < 0 ? one(x) : "0.0");
export const intervalPoints = (i: Interval | null | undefined) => (i ? `${one(i[0])} to ${one(i[1])}` : "n/a");
export const intervalPct = (i: Interval | null | undefined) => (i ? `${Math.round(i[0])}–${Math.round(i[1])}%` : "no interval (sample size not published)");
export const qValue = (q: number | null | undefined) => (q === null || q === undefined ? "not tested" : q < 0.001 ? "adjusted p < 0.001" : `adjusted p = ${q.toFixed(3)}`);
export const plural = (n: number, oneWord: string, many = `${oneWord}s`) => `${n} ${n === 1 ? oneWord : many}`;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "20 November 2026" (UTC). */
export function longDate(d: Date | string): string {
  const date = typeof d === "string" ? new Date(d) : d;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/**
 * Text as it is drawn: tabs and other control characters become spaces (a title typed with a leading tab must not
 * draw a missing-glyph box), line breaks stay, and nothing is interpreted: "=SUM(1)" or "<b>" is drawn as written.
 */
export function plain(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, " ")
    .replace(/[ ]{2,}/g, " ")
    .trim();
}

/** Shortened to `max` characters with an ellipsis. */
export const short = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
