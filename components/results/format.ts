// Number formatting for the results page: every value in text, rounded for reading (exports keep 2 decimals).
import type { Interval } from "@/lib/scoring/types";

const MINUS = "\u2212";

export const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace("-", MINUS);
export const pct = (x: number | null | undefined) => (x === null || x === undefined ? "n/a" : `${Math.round(x)}%`);
export const score = (x: number | null | undefined) => (x === null || x === undefined ? "n/a" : one(x));
export const signed = (x: number | null | undefined) => (x === null || x === undefined ? "n/a" : x > 0 ? `+${one(x)}` : x < 0 ? one(x) : "0.0");
export const interval = (i: Interval | null | undefined) => (i ? `${Math.round(i[0])}–${Math.round(i[1])}%` : "no interval (sample size not published)");
export const intervalPoints = (i: Interval | null | undefined) => (i ? `${one(i[0])} to ${one(i[1])}` : "n/a");
/** An adjusted p-value (Benjamini-Hochberg) in words. */
export const qValue = (q: number | null | undefined) => (q === null || q === undefined ? "not tested" : q < 0.001 ? "adjusted p < 0.001" : `adjusted p = ${q.toFixed(3)}`);
