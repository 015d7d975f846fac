// How dates are written for people and file names: always UTC, so every instance and every reader agrees.

/** "2026-11-22" */
export const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/** "2026-11-22 19:46" (add " UTC" where the reader needs the zone spelled out) */
export const utcMinute = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");
