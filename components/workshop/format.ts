// Numbers as the workshop shows them on a projector: whole numbers, a real minus sign, units in words.
import type { Interval } from "@/lib/scoring/types";

const MINUS = "\u2212";

export const whole = (x: number) => String(Math.round(x)).replace("-", MINUS);
export const percent = (x: number | null | undefined) => (x === null || x === undefined ? "no answers" : `${whole(x)}%`);
export const signedPoints = (x: number) => `${x > 0 ? "+" : ""}${whole(x)} points`;
export const range = (i: Interval | null | undefined) => (i ? `${whole(i[0])} to ${whole(i[1])}` : null);
export const adjustedP = (q: number | null | undefined) => (q === null || q === undefined ? null : q < 0.001 ? "adjusted p < 0.001" : `adjusted p = ${q.toFixed(3)}`);
