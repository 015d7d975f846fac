// Asserts every number of the README's worked example (lib/scoring/README.md, "Worked example").
import { describe, it, expect } from "vitest";
import { recommend } from "./recommendations";
import { scoreTeam } from "./team";
import { readFileSync } from "node:fs";
import path from "node:path";
import { normalizeForQuote } from "./actions";
import { EXAMPLE_FIGURE_LOOKUP, EXAMPLE_FIGURES, EXAMPLE_QUESTIONNAIRE as q, EXAMPLE_RESPONDENTS } from "./worked-example";

const SEEDS_DIR = process.env.BRIDGE_SEEDS_DIR ?? path.resolve(import.meta.dirname, "../../../shared/seeds");

const res = scoreTeam(q, EXAMPLE_RESPONDENTS, EXAMPLE_FIGURE_LOOKUP);
const item = (k: string) => res.items.find((i) => i.itemKey === k)!;
const gap = (k: string) => res.gaps.find((g) => g.itemKey === k)!;
const imp = (k: string) => res.imperatives.find((i) => i.imperative === k)!;
const close = (actual: number | null | undefined, expected: number, dp = 2) => expect(actual!).toBeCloseTo(expected, dp);

describe("worked example (README)", () => {
  it("uses real figures: each quote occurs in seed 003 and contains the figure's value", () => {
    for (const f of EXAMPLE_FIGURES) {
      const seed = normalizeForQuote(readFileSync(path.join(SEEDS_DIR, f.locator.file), "utf8"));
      expect(seed).toContain(normalizeForQuote(f.locator.quote));
      expect(f.locator.quote).toContain(String(f.value));
    }
    const seed = normalizeForQuote(readFileSync(path.join(SEEDS_DIR, "003_23b1ccd4d58906db.txt"), "utf8"));
    expect(seed).toContain("with 405 senior marketing executives");
    expect(seed).toContain("Results from IT executives are based on 252 surveys");
    expect(EXAMPLE_FIGURE_LOOKUP.sampleSize(EXAMPLE_FIGURES[0]!)).toBe(405);
    expect(EXAMPLE_FIGURE_LOOKUP.sampleSize(EXAMPLE_FIGURES[1]!)).toBe(252);
  });

  it("step 1: shares and means per side", () => {
    expect(res.counts).toEqual({ marketing: 3, it: 2 });
    const rows: [string, number, number, number, number][] = [
      // key, marketing share, IT share, marketing normalized mean, IT normalized mean
      ["need-alignment", 33.33, 100, 50, 87.5],
      ["trust-bypass-vendor", 100, 100, 83.33, 87.5],
      ["marketing-it-priority", 0, 100, 33.33, 87.5],
      ["cross-trained", 33.33, 50, 33.33, 50],
    ];
    for (const [k, sm, si, nm, ni] of rows) {
      close(item(k).sides.marketing.share, sm);
      close(item(k).sides.it.share, si);
      close(item(k).sides.marketing.normalizedMean, nm);
      close(item(k).sides.it.normalizedMean, ni);
    }
    close(item("need-alignment").sides.marketing.mean, 3);
    close(item("trust-bypass-vendor").sides.marketing.mean, 4.33);
    close(item("marketing-it-priority").sides.marketing.mean, 2.33);
    expect(item("cx-owner").sides.marketing.options).toEqual({ marketing: 200 / 3, it: 0, jointly: 100 / 3, nobody: 0 });
    expect(item("cx-owner").sides.it.options).toEqual({ marketing: 0, it: 50, jointly: 50, nobody: 0 });
  });

  it("step 2: gaps, distances and the alignment index", () => {
    close(gap("need-alignment").gap, -66.67);
    close(gap("need-alignment").distance, 37.5);
    close(gap("trust-bypass-vendor").gap, 0);
    close(gap("trust-bypass-vendor").distance, 4.17);
    close(gap("marketing-it-priority").gap, -100);
    close(gap("marketing-it-priority").distance, 54.17);
    close(gap("cross-trained").gap, -16.67);
    close(gap("cross-trained").distance, 16.67);
    expect(gap("cx-owner").gap).toBeNull();
    close(gap("cx-owner").distance, 66.67);
    expect(res.alignment.comparableItems).toBe(5);
    close(res.alignment.meanDistance, 35.83);
    close(res.alignment.index, 64.17);
  });

  it("step 3: imperative scores", () => {
    expect(imp("cxo")).toMatchObject({ marketing: null, it: null, combined: null });
    close(imp("strategic-partner").marketing, 50);
    close(imp("strategic-partner").it, 87.5);
    close(imp("strategic-partner").combined, 68.75);
    close(imp("business-levers").marketing, 33.33);
    close(imp("business-levers").it, 87.5);
    close(imp("business-levers").combined, 60.42);
    close(imp("skill-mix").marketing, 33.33);
    close(imp("skill-mix").it, 50);
    close(imp("skill-mix").combined, 41.67);
    close(imp("trust").marketing, 16.67);
    close(imp("trust").it, 12.5);
    close(imp("trust").combined, 14.58);
  });

  it("step 4: mirror accuracy", () => {
    const p = res.mirror.items[0]!.predictions;
    expect(p.marketing).toMatchObject({ n: 3, predicted: 30, nActual: 2, actual: 100, error: -70, absError: 70 });
    expect(p.it).toMatchObject({ n: 2, predicted: 65, nActual: 3, actual: 0, error: 65, absError: 65 });
    expect(res.mirror.accuracy).toEqual({ marketing: 30, it: 35, combined: 32.5 });
  });

  it("step 5: benchmark comparisons", () => {
    const rows: [string, string, number, [number, number], number, [number, number], string][] = [
      ["ex-need-alignment-cmo", "marketing", 33.33, [6.15, 79.23], 56, [51.17, 60.83], "not distinguishable"],
      ["ex-need-alignment-cio", "it", 100, [34.24, 100], 77, [71.8, 82.2], "not distinguishable"],
      ["ex-bypass-cmo", "marketing", 100, [43.85, 100], 21, [17.03, 24.97], "above"],
      ["ex-bypass-cio", "it", 100, [34.24, 100], 36, [30.07, 41.93], "not distinguishable"],
      ["ex-priority-cio", "it", 100, [34.24, 100], 45, [38.86, 51.14], "not distinguishable"],
    ];
    expect(res.benchmarks).toHaveLength(rows.length);
    for (const [id, side, share, wilson, value, normal, verdict] of rows) {
      const b = res.benchmarks.find((x) => x.figureId === id)!;
      expect(b.side).toBe(side);
      close(b.org.share, share);
      close(b.org.interval![0], wilson[0]);
      close(b.org.interval![1], wilson[1]);
      expect(b.published.value).toBe(value);
      close(b.published.interval![0], normal[0]);
      close(b.published.interval![1], normal[1]);
      expect(b.verdict).toBe(verdict);
    }
  });

  it("step 6: gap of gaps", () => {
    const need = res.gapOfGaps.find((g) => g.itemKey === "need-alignment")!;
    close(need.org.gap, -66.67);
    expect(need.published.gap).toBe(-21);
    close(need.difference, -45.67);
    close(need.magnitudeDifference, 45.67);
    close(need.interval![0], -74.79);
    close(need.interval![1], 46.79);
    expect(need).toMatchObject({ interpretation: "not distinguishable", leaning: "wider", reversed: false });
    const bypass = res.gapOfGaps.find((g) => g.itemKey === "trust-bypass-vendor")!;
    close(bypass.org.gap, 0);
    expect(bypass.published.gap).toBe(-15);
    close(bypass.difference, 15);
    close(bypass.magnitudeDifference, -15);
    close(bypass.interval![0], -35.51);
    close(bypass.interval![1], 75.51);
    expect(bypass).toMatchObject({ interpretation: "not distinguishable", leaning: "narrower" });
  });

  it("step 7: recommendations", () => {
    const recs = recommend(res, q);
    expect(recs.map((r) => r.action.id)).toEqual([
      "tr-join-each-others-meetings",
      "tr-open-communication",
      "bl-manage-investments-together",
      "bl-data-and-privacy",
      "sp-involve-it-in-planning",
    ]);
    const expected = [8.39, 6.6, 5.33, 5.19, 4];
    recs.forEach((r, k) => close(r.priority, expected[k]!));
    const strengths = (id: string) => recs.find((r) => r.action.id === id)!.triggers.map((t) => [t.ruleId, t.side, t.itemKey, Math.round(t.strength * 1000) / 1000]);
    expect(strengths("tr-join-each-others-meetings")).toEqual([
      ["benchmark", "marketing", "trust-bypass-vendor", 0.79],
      ["low-imperative", "it", null, 0.75],
      ["low-imperative", "marketing", null, 0.667],
      ["mis-prediction", "marketing", "marketing-it-priority", 0.625],
      ["mis-prediction", "it", "marketing-it-priority", 0.563],
    ]);
    expect(strengths("bl-manage-investments-together")).toEqual([
      ["pattern:bypass:trust-bypass-vendor", "marketing", "trust-bypass-vendor", 1],
      ["pattern:bypass:trust-bypass-vendor", "it", "trust-bypass-vendor", 1],
      ["low-imperative", "marketing", null, 0.333],
    ]);
    expect(strengths("bl-data-and-privacy")).toEqual([
      ["wide-gap", null, "marketing-it-priority", 1],
      ["mis-prediction", "marketing", "marketing-it-priority", 0.625],
      ["mis-prediction", "it", "marketing-it-priority", 0.563],
    ]);
    const first = recs[0]!.evidence;
    expect(first.figureIds).toEqual(["ex-bypass-cmo"]);
    expect(first.imperativeScores.map((s) => [s.imperative, s.side, Math.round(s.score * 100) / 100])).toEqual([
      ["trust", "it", 12.5],
      ["trust", "marketing", 16.67],
    ]);
    expect(first.mirrorErrors).toEqual([
      { itemKey: "marketing-it-priority", side: "marketing", error: -70 },
      { itemKey: "marketing-it-priority", side: "it", error: 65 },
    ]);
  });

  it("the other triggers: wide gaps on need-alignment and cx-owner (strength 0.556)", () => {
    const all = recommend(res, q, { limit: 100 });
    const t = all.flatMap((r) => r.triggers).filter((x) => x.kind === "wide-gap");
    const byItem = Object.fromEntries(t.map((x) => [x.itemKey, Math.round(x.strength * 1000) / 1000]));
    expect(byItem).toEqual({ "need-alignment": 0.556, "marketing-it-priority": 1, "cx-owner": 0.556 });
  });
});
