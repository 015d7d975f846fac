// The worked example of README.md, number by number: if a number here changes, the README must change with it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeForQuote } from "./actions";
import { recommend } from "./recommendations";
import { scoreTeam } from "./team";
import { EXAMPLE_FIGURES, EXAMPLE_FIGURE_LOOKUP as figures, EXAMPLE_QUESTIONNAIRE as q, EXAMPLE_RESPONDENTS as people } from "./worked-example";

const SEEDS = process.env.BRIDGE_SEEDS_DIR ?? join(process.cwd(), "..", "shared", "seeds");
const r = scoreTeam(q, people, figures);
const gap = (key: string) => r.gaps.find((g) => g.itemKey === key)!;
const bench = (key: string, side: string) => r.benchmarks.find((b) => b.itemKey === key && b.side === side)!;
const close = (x: number | null | undefined, y: number) => expect(x).toBeCloseTo(y, 2);

describe("worked example (README, scoring model v2)", () => {
  it("uses real figures: each quote occurs in seed 003 and contains the figure's value", () => {
    const text = normalizeForQuote(readFileSync(join(SEEDS, "003_23b1ccd4d58906db.txt"), "utf8"));
    for (const f of EXAMPLE_FIGURES) {
      expect(text).toContain(normalizeForQuote(f.locator.quote));
      expect(f.locator.quote).toContain(String(f.value));
    }
  });

  it("step 1: shares per side", () => {
    expect(r.counts).toEqual({ marketing: 6, it: 5 });
    expect(r.anecdotal).toEqual({ marketing: false, it: false });
    close(gap("need-alignment").tests[0]!.values.marketing, 16.67);
    close(gap("need-alignment").tests[0]!.values.it, 100);
    close(gap("bypass-obstacle").tests[0]!.values.marketing, 33.33);
    close(gap("bypass-obstacle").tests[0]!.values.it, 80);
  });

  it("step 2: gaps with Newcombe intervals", () => {
    // need-alignment: Wilson(1 of 6) = 3.01-56.35, Wilson(5 of 5) = 56.55-100;
    // low = −83.33 − √((16.67 − 3.01)² + (100 − 100)²) = −96.99; high = −83.33 + √((56.35 − 16.67)² + (100 − 56.55)²) = −24.49
    const t = gap("need-alignment").tests[0]!;
    close(t.estimate, -83.33);
    close(t.test!.interval![0], -96.99);
    close(t.test!.interval![1], -24.49);
    expect(t.test!.p).toBeCloseTo(0.00338, 4);
    const bypass = gap("bypass-obstacle").tests[0]!;
    close(bypass.test!.interval![0], -75.44);
    close(bypass.test!.interval![1], 9.43);
    close(gap("cross-trained").tests[0]!.test!.interval![0], -38.37);
    close(gap("cross-trained").tests[0]!.test!.interval![1], 52.11);
  });

  it("step 3: the false-discovery step over all 25 comparisons", () => {
    expect(r.family).toEqual({ tests: 25, equivalenceTests: 17, level: 0.05 });
    // the three smallest p-values: two gaps (0.00338 each) and IT's prediction (0.00401): q = p × 25 / 3
    const ps = [gap("need-alignment").tests[0]!.test!, gap("marketing-it-priority").tests[0]!.test!, r.mirror.items[0]!.predictions.it.test!];
    for (const t of ps) close(t.q, (0.004013 * 25) / 3);
    expect(gap("need-alignment").label).toBe("wide");
    expect(gap("marketing-it-priority").label).toBe("wide");
    expect(gap("bypass-obstacle").label).toBe("not distinguishable");
    expect(gap("cross-trained").label).toBe("not distinguishable");
    // cx-owner: "marketing" 67% vs 0%, p = 0.019, but q = 0.081 after the step: not labelled
    const owner = gap("cx-owner").tests.find((x) => x.option === "marketing")!;
    expect(owner.test!.p).toBeCloseTo(0.0194, 3);
    close(owner.test!.q, 0.0809);
    expect(owner.label).toBe("not distinguishable");
  });

  it("step 4: the alignment index, corrected for chance", () => {
    // a yes-no item's chance distance by hand: the hypergeometric expectation of |k/6 − (K − k)/5| over the
    // 462 ways of splitting the 11 answers into 6 and 5 (K = 6 "yes" in need-alignment: 1 + 5)
    const choose = (n: number, k: number) => { let x = 1; for (let i = 1; i <= k; i++) x = (x * (n - k + i)) / i; return x; };
    let expected = 0;
    for (let k = 0; k <= 6; k++) expected += ((choose(6, k) * choose(5, 6 - k)) / choose(11, 6)) * Math.abs(k / 6 - (6 - k) / 5) * 100;
    close(gap("need-alignment").chanceDistance, expected);
    close(expected, 25.97);
    close(r.alignment.meanDistance, 58);
    close(r.alignment.meanChanceDistance, 27.62);
    close(r.alignment.index, 69.62);
    // index ± 1.96 × the bootstrap standard error (seeded, so always the same)
    close(r.alignment.interval![0], 49.98);
    close(r.alignment.interval![1], 89.26);
  });

  it("step 5: imperative scores with intervals, none credibly low", () => {
    const sp = r.imperatives.find((i) => i.imperative === "strategic-partner")!;
    close(sp.marketing, 16.67);
    close(sp.it, 100);
    close(sp.intervals.marketing![1], 59.51);
    expect(sp.low.marketing.label).toBe("not distinguishable");
    close(sp.low.marketing.test!.p, 0.051);
    expect(r.imperatives.find((i) => i.imperative === "cxo")!.marketing).toBeNull();
  });

  it("step 6: mirror checks", () => {
    const m = r.mirror.items[0]!.predictions;
    close(m.it.predicted, 76);
    close(m.it.actual, 16.67);
    close(m.it.error, 59.33);
    expect(m.it.label).toBe("off");
    close(m.marketing.error, -55);
    expect(m.marketing.label).toBe("not distinguishable");
  });

  it("step 7: published figures: nothing distinguishable after the step", () => {
    const p = bench("marketing-it-priority", "it");
    close(p.test!.interval![0], 11.11);
    close(p.test!.interval![1], 61.02);
    close(p.test!.q, 0.0809);
    expect(p.verdict).toBe("not distinguishable");
    expect(r.benchmarks.every((b) => b.verdict === "not distinguishable")).toBe(true);
    const gog = r.gapOfGaps.find((g) => g.itemKey === "need-alignment")!;
    close(gog.difference, -62.33);
    close(gog.test!.interval![0], -77.84);
    close(gog.test!.interval![1], -3.1);
    expect(gog.interpretation).toBe("not distinguishable");
  });

  it("step 8: recommendations from the three credible signals", () => {
    const recs = recommend(r, q, { figures });
    expect(recs.map((x) => x.action.id)).toEqual(["sp-operating-model", "bl-alignment-in-plans", "sp-shared-vision", "bl-data-and-privacy", "bl-mandate-and-metrics"]);
    close(recs[0]!.priority, 0.119);
    close(recs[1]!.priority, 0.0794);
    expect(recs[2]!.triggers.map((t) => t.kind)).toEqual(["wide-gap", "mis-prediction"]);
  });
});
