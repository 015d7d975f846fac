// Benjamini-Hochberg control of the false discovery rate over one family of tests.

/** The default level: of the findings labelled together, at most 5% are expected to be false. */
export const FDR_LEVEL = 0.05;

/**
 * Benjamini-Hochberg adjusted p-values ("q-values") in the order given: q_(i) = min over j ≥ i of p_(j)·m/j,
 * capped at 1. A test is a discovery at level α when q ≤ α. Nulls (tests not run) are skipped and stay null.
 */
export function benjaminiHochberg(ps: readonly (number | null)[]): (number | null)[] {
  const idx = ps.flatMap((p, i) => (p === null || !Number.isFinite(p) ? [] : [i]));
  const m = idx.length;
  const out: (number | null)[] = ps.map(() => null);
  if (m === 0) return out;
  idx.sort((a, b) => ps[a]! - ps[b]!);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const i = idx[r]!;
    running = Math.min(running, (ps[i]! * m) / (r + 1));
    out[i] = Math.min(1, running);
  }
  return out;
}
