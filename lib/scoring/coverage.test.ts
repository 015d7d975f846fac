// Simulated coverage of every interval the model shows, and the false-alarm rate of the Newcombe test, at the team
// sizes of issue 11 (3 + 3, 5 + 5, 10 + 10, 30 + 30). Seeded (mulberry32), 4,000 draws per setting: the Monte
// Carlo standard error of a 95% coverage is 0.34 points. True shares are drawn uniformly from [5%, 95%] per draw
// (coverage at one fixed share oscillates with n for every discrete method; the average is what a team sees).
// The measured table is in README.md ("Coverage"); where a method is conservative or below 93% at tiny n, the
// test asserts the documented band for that setting, with the reason.
import { describe, expect, it } from "vitest";
import { midPInterval } from "./binomial-test";
import { meanBelow, meanDifference } from "./mean-tests";
import { newcombeInterval, newcombePValue } from "./newcombe";
import { mulberry32 } from "./prng";
import { wilsonInterval } from "./stats";

const DRAWS = 4000;
const SIZES = [3, 5, 10, 30] as const;
type Size = (typeof SIZES)[number];
type Rand = () => number;

/** Percentage of draws for which `hit` is true, with a seed per setting. */
function rate(seed: number, hit: (rand: Rand) => boolean): number {
  const rand = mulberry32(seed);
  let c = 0;
  for (let i = 0; i < DRAWS; i++) if (hit(rand)) c++;
  return (100 * c) / DRAWS;
}

const binomial = (n: number, p: number, rand: Rand) => {
  let k = 0;
  for (let i = 0; i < n; i++) if (rand() < p) k++;
  return k;
};
const trueShare = (rand: Rand) => 0.05 + 0.9 * rand();
const covers = (ci: readonly [number, number], x: number) => ci[0] <= x + 1e-12 && x - 1e-12 <= ci[1];

/** A single answer on a 5-point scale mapped to 0-100, with random category weights (true mean known exactly). */
function scaleDistribution(rand: Rand) {
  const points = [0, 25, 50, 75, 100];
  const w = points.map(() => -Math.log(1 - rand()));
  const total = w.reduce((a, b) => a + b, 0);
  const p = w.map((x) => x / total);
  const mean = p.reduce((a, x, i) => a + x * points[i]!, 0);
  const draw = () => {
    let u = rand();
    for (let i = 0; i < points.length; i++) if ((u -= p[i]!) < 0) return points[i]!;
    return 100;
  };
  return { mean, draw };
}

/** A score averaged over many items (imperative scores, percentages): near-normal, sd 15, mean 20-80. */
function scoreDistribution(rand: Rand) {
  const mean = 20 + 60 * rand();
  const draw = () => {
    let s = 0;
    for (let i = 0; i < 12; i++) s += rand();
    return Math.min(100, Math.max(0, mean + 15 * (s - 6)));
  };
  return { mean, draw };
}

const sample = (n: number, d: { draw: () => number }) => Array.from({ length: n }, d.draw);

function table(name: string, f: (n: Size, seed: number) => number): Record<Size, number> {
  const out = Object.fromEntries(SIZES.map((n, i) => [n, f(n, 1000 * (i + 1) + name.length)])) as Record<Size, number>;
  console.log(`${name.padEnd(34)} ${SIZES.map((n) => `${n}+${n}: ${out[n].toFixed(1)}%`).join("  ")}`);
  return out;
}

const NOMINAL: [number, number] = [93, 97];
function expectBand(x: number, [lo, hi]: readonly [number, number]) {
  expect(x).toBeGreaterThanOrEqual(lo);
  expect(x).toBeLessThanOrEqual(hi);
}

describe("simulated coverage of the 95% intervals (percent of draws covering the truth)", () => {
  it("Wilson score interval of one side's share: 93-97% at every size", () => {
    const c = table("Wilson (share)", (n, seed) =>
      rate(seed, (r) => {
        const p = trueShare(r);
        return covers(wilsonInterval(binomial(n, p, r), n)!, p);
      }),
    );
    for (const n of SIZES) expectBand(c[n], NOMINAL);
  });

  it("mid-p interval of one side's share: conservative (≥ 95%) at 3 and 5, 93-97% from 10", () => {
    const c = table("mid-p (share)", (n, seed) =>
      rate(seed, (r) => {
        const p = trueShare(r);
        return covers(midPInterval(binomial(n, p, r), n)!, p);
      }),
    );
    // Measured 98.6% (3) and 97.4% (5): with 4-6 possible counts the mid-p interval cannot be tighter without
    // dropping below 95% for some shares; documented as conservative, so only the lower end is asserted.
    expect(c[3]).toBeGreaterThanOrEqual(95);
    expect(c[5]).toBeGreaterThanOrEqual(95);
    expectBand(c[10], NOMINAL);
    expectBand(c[30], NOMINAL);
  });

  it("Newcombe interval of a gap between the sides (n + n): 93-97% at every size", () => {
    const c = table("Newcombe (gap, n+n)", (n, seed) =>
      rate(seed, (r) => {
        const p1 = trueShare(r);
        const p2 = trueShare(r);
        return covers(newcombeInterval({ k: binomial(n, p1, r), n }, { k: binomial(n, p2, r), n })!, p1 - p2);
      }),
    );
    for (const n of SIZES) expectBand(c[n], NOMINAL);
  });

  it("Newcombe interval of a side against a published share of n = 400: 93-97% at every size", () => {
    const c = table("Newcombe (vs published n=400)", (n, seed) =>
      rate(seed, (r) => {
        const p1 = trueShare(r);
        const p2 = trueShare(r);
        return covers(newcombeInterval({ k: binomial(n, p1, r), n }, { k: binomial(400, p2, r), n: 400 })!, p1 - p2);
      }),
    );
    for (const n of SIZES) expectBand(c[n], NOMINAL);
  });

  it("Welch interval of a difference of means: 93-97% at every size (scores and 5-point answers)", () => {
    const scores = table("Welch (means, scores)", (n, seed) =>
      rate(seed, (r) => {
        const a = scoreDistribution(r);
        const b = scoreDistribution(r);
        return covers(meanDifference(sample(n, a), sample(n, b), 100)!.interval, a.mean - b.mean);
      }),
    );
    const scale = table("Welch (means, 5-point answers)", (n, seed) =>
      rate(seed, (r) => {
        const a = scaleDistribution(r);
        const b = scaleDistribution(r);
        return covers(meanDifference(sample(n, a), sample(n, b), 100)!.interval, a.mean - b.mean);
      }),
    );
    // Welch with 2-4 degrees of freedom is slightly conservative at 3 + 3 for near-normal scores (measured 97.0%;
    // 96.5% with another seed): the documented band there is 93-97.5%.
    expectBand(scores[3], [93, 97.5]);
    for (const n of SIZES) {
      if (n !== 3) expectBand(scores[n], NOMINAL);
      expectBand(scale[n], NOMINAL);
    }
  });

  it("one-sample t interval (imperative scores): 93-97% for scores; below 93% for a single 5-point answer at 3 and 5", () => {
    const scores = table("t one-sample (scores)", (n, seed) =>
      rate(seed, (r) => {
        const d = scoreDistribution(r);
        return covers(meanBelow(sample(n, d), 50, 0, 100)!.interval, d.mean);
      }),
    );
    for (const n of SIZES) expectBand(scores[n], NOMINAL);
    const scale = table("t one-sample (5-point answers)", (n, seed) =>
      rate(seed, (r) => {
        const d = scaleDistribution(r);
        return covers(meanBelow(sample(n, d), 50, 0, 100)!.interval, d.mean);
      }),
    );
    // Measured 84.2% (3), 90.1% (5), 93.2% (10), 94.5% (30). Three people giving the same one of five answers
    // (about 1 team in 7 here) have zero spread, and the t interval collapses to a point. Imperative scores
    // average several items per person, so this does not arise there (row above); documented, not loosened.
    expect(scale[3]).toBeGreaterThanOrEqual(80);
    expect(scale[5]).toBeGreaterThanOrEqual(87);
    expect(scale[10]).toBeGreaterThanOrEqual(91);
    expectBand(scale[30], NOMINAL);
  });
});

describe("false alarms of the Newcombe test (both sides from the same share)", () => {
  it("p < 0.05 for at most 5% of teams (+ 3 standard errors of simulation noise) at every size", () => {
    const fa = table("Newcombe p < 0.05, equal shares", (n, seed) =>
      rate(seed, (r) => {
        const p = trueShare(r);
        return newcombePValue({ k: binomial(n, p, r), n }, { k: binomial(n, p, r), n })! < 0.05;
      }),
    );
    for (const n of SIZES) expect(fa[n]).toBeLessThanOrEqual(5 + 3 * 0.34);
  });
});
