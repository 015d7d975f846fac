// Tests only: how long the fuzz tests run and from which seed. A fixed seed by default, so `npm test` in CI is
// reproducible; FUZZ_SEED=<n> explores other inputs, FUZZ_RUNS=<n> runs every property n times instead of its
// default (e.g. FUZZ_RUNS=2000 for a long local run). fast-check prints the seed and the path of a failure.
import type fc from "fast-check";

export const FUZZ_SEED = Number.parseInt(process.env.FUZZ_SEED ?? "", 10) || 16_004;

const RUNS = Number.parseInt(process.env.FUZZ_RUNS ?? "", 10);

/** The runs of a property whose default is `runs`. */
const runsOf = (runs: number) => (RUNS > 0 ? RUNS : runs);

/** A test timeout for a property of `runs` default runs: a minute, and half a second per run (a loaded machine). */
export const fuzzTimeout = (runs: number) => 60_000 + runsOf(runs) * 500;

/** fast-check parameters for a property whose default number of runs is `runs`; `examples` always run first. */
export function fuzzParams<T>(runs: number, examples: T[] = []): fc.Parameters<T> {
  return { seed: FUZZ_SEED, numRuns: runsOf(runs), examples };
}

/**
 * Whether this is the default run (fixed seed, default runs): only then do the tests also require that the
 * generated inputs reached the handlers' answers they are known to reach, which another seed may by chance not.
 */
export const isDefaultRun = !process.env.FUZZ_SEED && !process.env.FUZZ_RUNS;
