import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  BENCHMARK_FIGURES,
  BENCHMARK_SOURCES,
  SEED_FILES,
  getFigure,
  getSource,
  sampleSize,
  validateCatalogue,
} from "./builtin";
import type { BenchmarkFigureDef, BenchmarkSourceDef } from "./types";

const SEEDS_DIR = process.env.BRIDGE_SEEDS_DIR ?? path.resolve(import.meta.dirname, "../../../shared/seeds");

/** Collapse whitespace and fold typographic quotes and dashes to ASCII, so PDF line breaks don't matter. */
function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const seedCache = new Map<string, string>();
function seedText(file: string): string {
  let text = seedCache.get(file);
  if (text === undefined) {
    text = normalize(readFileSync(path.join(SEEDS_DIR, file), "utf8"));
    seedCache.set(file, text);
  }
  return text;
}

/** The quote occurs in the text, and not as part of a longer number (e.g. "users 1" inside "users 13"). */
function occursIn(quote: string, text: string): boolean {
  const q = normalize(quote);
  for (let at = text.indexOf(q); at !== -1; at = text.indexOf(q, at + 1)) {
    const before = text[at - 1] ?? "";
    const after = text[at + q.length] ?? "";
    if (/\d/.test(q[0] ?? "") && /[\d,.]/.test(before)) continue;
    if (/\d/.test(q[q.length - 1] ?? "") && /\d/.test(after)) continue;
    return true;
  }
  return false;
}

/**
 * Numbers the seeds write in words, and the value recorded for them. Explicit and small on purpose: a new wording
 * must be added here consciously. Longer phrases come first; each match is consumed before shorter ones are tried.
 */
const WORD_NUMBERS: [RegExp, number][] = [
  // proportions
  [/\beight out of 10\b/gi, 80],
  [/\bfive in 10\b/gi, 50],
  [/\bfour in 10\b/gi, 40],
  [/\bthree in 10\b/gi, 30],
  [/\bone in 10\b/gi, 10],
  [/\bone in three\b/gi, 33],
  [/\btwo in five\b/gi, 40],
  [/\bone-third\b/gi, 33],
  [/\bone-fifth\b/gi, 20],
  [/\bone[- ]quarter\b/gi, 25],
  [/\bthree-quarters\b/gi, 75],
  [/\bhalf\b/gi, 50],
  [/\bforty-one\b/gi, 41],
  [/\bforty-five\b/gi, 45],
  // ranks
  [/\bsecond most important\b/gi, 2],
  [/\bfifth most important\b/gi, 5],
  [/\bmost important\b/gi, 1],
  [/\bmain reason\b/gi, 1],
  [/\bimproved the most\b/gi, 1],
  [/\bnot as much as with five other\b/gi, 6], // improved less than with five others: 6th
  [/\bcompared to any other\b/gi, 1], // "much more with the CIO compared to any other C-suite organization": 1st
  [/\bfollowed by\b/gi, 2], // "X proved the most important ..., followed by Y": Y is 2nd
  // list sizes ("out of eight")
  [/\beight\b/gi, 8],
];

/** Every number a quote states: word numbers from the table, then digits ("1,100", "77%", "#10", "US$1 billion"). */
function numbersIn(quote: string): number[] {
  let rest = normalize(quote);
  const found: number[] = [];
  for (const [pattern, value] of WORD_NUMBERS) {
    rest = rest.replace(pattern, () => {
      found.push(value);
      return " ";
    });
  }
  for (const m of rest.matchAll(/(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?!\w)(\s+(?:billion|million)\b)?/g)) {
    const base = Number(m[1]!.replace(/,/g, ""));
    const scale = m[2]?.trim() === "billion" ? 1e9 : m[2]?.trim() === "million" ? 1e6 : 1;
    found.push(base * scale);
  }
  return found;
}

function numberAppearsIn(value: number, quote: string): boolean {
  return numbersIn(quote).includes(value);
}

/** Figure 1 of seed 003 lost its layout: each row is a 4-digit run "yes|no" (e.g. "7723") summing to 100. */
function digitPairAppearsIn(value: number, quote: string): boolean {
  for (const m of normalize(quote).matchAll(/(?<!\d)(\d{2})(\d{2})(?!\d)/g)) {
    const yes = Number(m[1]);
    const no = Number(m[2]);
    if (yes === value && yes + no === 100) return true;
  }
  return false;
}

/**
 * Which population a number of a sentence naming both populations belongs to ("45% of CIOs vs. 33% of CMOs",
 * "CMOs (52%) and CIOs (53%)", "#4 for CIOs but #11 for CMOs"): the population label nearest to the number, where
 * a label joined to it by only "of", "for" or a bracket counts as touching. When every number sits nearest the
 * same label ("More CMOs than CIOs ... (44% vs. 36%)"), numbers pair with labels in order of appearance.
 * Returns "unchecked" for sentences with one number or one population, so single-population quotes are untouched.
 */
type Side = "marketing" | "it";
const POPULATION_LABELS: [RegExp, Side][] = [
  [/\b(?:CMOs?|marketers|marketing executives)\b/g, "marketing"],
  [/\b(?:CIOs?|IT executives|IT and information systems executives)\b/g, "it"],
];
function populationOfNumber(value: number, quote: string): Side | "ambiguous" | "unchecked" {
  const q = normalize(quote);
  const labels: { side: Side; start: number; end: number }[] = [];
  for (const [re, side] of POPULATION_LABELS)
    for (const m of q.matchAll(re)) labels.push({ side, start: m.index, end: m.index + m[0].length });
  const tokens = [...q.matchAll(/(?<![\w.,])#?(\d{1,3}(?:,\d{3})+|\d+)(?:%| percent\b| per cent\b)?(?!\w)/g)].map((m) => ({
    n: Number(m[1]!.replace(/,/g, "")),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const distinct = [...new Set(tokens.map((t) => t.n))];
  const sides = new Set(labels.map((l) => l.side));
  if (distinct.length < 2 || sides.size < 2 || !distinct.includes(value)) return "unchecked";
  const nearest = (t: { start: number; end: number }): Side | "ambiguous" => {
    let best: Side | "ambiguous" = "ambiguous";
    let bestDistance = Infinity;
    for (const l of labels) {
      const gap = l.start >= t.end ? q.slice(t.end, l.start) : q.slice(l.end, t.start);
      const distance = /^[\s(]*(?:of|for)?[\s(]*$/.test(gap) ? 0 : gap.length;
      if (distance < bestDistance) [best, bestDistance] = [l.side, distance];
      else if (distance === bestDistance && best !== l.side) best = "ambiguous";
    }
    return best;
  };
  const numberSides = new Set(tokens.map(nearest));
  if (numberSides.size === 1) {
    const order: Side[] = [];
    for (const l of [...labels].sort((a, b) => a.start - b.start)) if (!order.includes(l.side)) order.push(l.side);
    return order[distinct.indexOf(value)] ?? "ambiguous";
  }
  return nearest(tokens.find((t) => t.n === value)!);
}

const figures = BENCHMARK_FIGURES;

describe("numberAppearsIn", () => {
  it.each([
    [77, "77% of CIOs"],
    [58, "More than half (58 percent)"],
    [62, "62 per cent of CMOs"],
    [10, "ranks #10 for CIOs"],
    [1100, "more than 1,100 senior"],
    [10, "only one in 10 marketing"],
    [80, "Nearly eight out of 10 agree"],
    [50, "Nearly five in 10 CIOs"],
    [40, "two in five IT executives"],
    [33, "About one in three marketers"],
    [25, "one-quarter are leading"],
    [75, "Almost three-quarters of CMOs"],
    [41, "Forty-one per cent said"],
    [1_000_000_000, "at least US$1 billion in annual revenues"],
    [500_000_000, "more than $500 million."],
    [2, "the second most important C-suite relationship"],
  ])("finds %d in %j", (value, quote) => {
    expect(numberAppearsIn(value, quote)).toBe(true);
  });

  it.each([
    [1, "users 13"],
    [100, "more than 1,100 senior"],
    [64, "CMO+CIO 6436"],
    [1, "the second most important"],
    [2, "B2B2C"],
    [10, "nearly eight out of 10"],
  ])("does not find %d in %j", (value, quote) => {
    expect(numberAppearsIn(value, quote)).toBe(false);
  });

  it("reads Figure 1 digit pairs only when they sum to 100", () => {
    expect(digitPairAppearsIn(64, "CMO+CIO CMO CIO 6436")).toBe(true);
    expect(digitPairAppearsIn(36, "CMO+CIO CMO CIO 6436")).toBe(false);
    expect(digitPairAppearsIn(16, "16 39 32 76")).toBe(false);
  });
});

describe("benchmark catalogue", () => {
  it("validates with zero errors", () => {
    expect(validateCatalogue(BENCHMARK_SOURCES, BENCHMARK_FIGURES)).toEqual([]);
  });

  it("has more than 70 figures and uses each of the five seed files", () => {
    expect(figures.length).toBeGreaterThan(70);
    expect(SEED_FILES).toHaveLength(5);
    for (const file of SEED_FILES) {
      expect(BENCHMARK_SOURCES.some((s) => s.seedFile === file), `no source for ${file}`).toBe(true);
      expect(figures.some((f) => f.locator.file === file), `no figure from ${file}`).toBe(true);
    }
  });

  it("prefixes every figure id with one short code per source", () => {
    const prefixes = new Map<string, Set<string>>();
    for (const f of figures) {
      const set = prefixes.get(f.sourceId) ?? new Set<string>();
      set.add(f.id.split("-")[0]!);
      prefixes.set(f.sourceId, set);
    }
    const all = [...prefixes.values()].map((s) => [...s]);
    for (const p of all) expect(p).toHaveLength(1);
    expect(new Set(all.flat()).size).toBe(prefixes.size);
  });

  it("resolves look-ups and sample sizes", () => {
    expect(getSource("accenture-2012")?.seedFile).toBe("003_23b1ccd4d58906db.txt");
    expect(getFigure("a12-need-alignment-cio")?.value).toBe(77);
    expect(getFigure("nope")).toBeUndefined();
    expect(sampleSize(getFigure("a12-need-alignment-cio")!, BENCHMARK_SOURCES)).toBe(252);
    expect(sampleSize(getFigure("a12-need-alignment-cmo")!, BENCHMARK_SOURCES)).toBe(405);
    expect(sampleSize(getFigure("a14-want-to-align-cio")!, BENCHMARK_SOURCES)).toBeNull(); // only a combined 1,100+ is published
    expect(sampleSize(getFigure("a12-collaboration-right-level-both")!, BENCHMARK_SOURCES)).toBe(657); // a pooled figure, pooled n
    expect(sampleSize(getFigure("a12p-need-alignment-cmo")!, BENCHMARK_SOURCES)).toBeNull(); // the article states no sample
    expect(sampleSize({ ...getFigure("a12-need-alignment-cio")!, n: 99 }, BENCHMARK_SOURCES)).toBe(99);
    // a subgroup's size is unknown unless published: never the full sample's n
    expect(sampleSize(getFigure("cc10-constraint-insufficient-funding-cmo")!, BENCHMARK_SOURCES)).toBeNull();
    expect(sampleSize({ ...getFigure("a12-need-alignment-cio")!, base: { kind: "subgroup", description: "those unprepared" } }, BENCHMARK_SOURCES)).toBeNull();
    expect(sampleSize({ ...getFigure("a12-need-alignment-cio")!, base: { kind: "subgroup", description: "those unprepared" }, n: 120 }, BENCHMARK_SOURCES)).toBe(120);
  });
});

describe("every figure traces to its seed sentence", () => {
  it.each(figures.map((f) => [f.id, f] as const))("%s", (id, f) => {
    const text = seedText(f.locator.file);
    const quote = normalize(f.locator.quote);
    expect(occursIn(quote, text), `${id}: quote not found in ${f.locator.file}: "${quote}"`).toBe(true);
    expect(quote.length, `${id}: quote is longer than a sentence`).toBeLessThanOrEqual(200);

    if (f.unit === "finding") {
      // a finding the seed states in words only: no number to prove, and none may have been dropped
      expect(f.value, `${id}: a finding's value is 0`).toBe(0);
      expect(quote, `${id}: a finding's quote states a percentage; record it as a percent`).not.toMatch(/%|\bper ?cent\b/i);
      return;
    }
    const stated =
      numberAppearsIn(f.value, quote) || (f.locator.figure === "Figure 1" && digitPairAppearsIn(f.value, quote));
    expect(stated, `${id}: value ${f.value} does not appear in its quote "${quote}" (found ${numbersIn(quote).join(", ")})`).toBe(true);

    if (f.unit === "year-over-year") {
      expect(numberAppearsIn(f.valueFrom!, quote), `${id}: valueFrom ${f.valueFrom} not in quote`).toBe(true);
      expect(numberAppearsIn(f.yearFrom!, quote), `${id}: yearFrom ${f.yearFrom} not in quote`).toBe(true);
    }
    if (f.unit === "rank") {
      const outOf = /\bout of (\d+|eight)\b/.exec(quote);
      if (outOf) {
        const n = outOf[1] === "eight" ? 8 : Number(outOf[1]);
        expect(f.rankOf, `${id}: quote says "out of ${outOf[1]}" but rankOf is ${f.rankOf}`).toBe(n);
      }
    }
  });
});

describe("two-population sentences: each number is recorded for the right population", () => {
  const sided = figures.filter((f) => f.population !== "both");

  it.each(sided.map((f) => [f.id, f] as const))("%s", (id, f) => {
    const side = populationOfNumber(f.value, f.locator.quote);
    if (side !== "unchecked") expect(side, `${id}: ${f.value} belongs to "${side}" in "${f.locator.quote}"`).toBe(f.population);
  });

  it("is active, and would catch the two values of a shared sentence being swapped", () => {
    let pairs = 0;
    for (const a of sided)
      for (const b of sided) {
        if (a.locator.quote !== b.locator.quote || a.population === b.population || a.value === b.value) continue;
        pairs++;
        expect(populationOfNumber(b.value, a.locator.quote), `${a.id} with ${b.id}'s value`).not.toBe(a.population);
      }
    expect(pairs).toBeGreaterThan(30);
  });
});

describe("Figure 8: internal obstacles", () => {
  const obstacles = figures.filter((f) => f.locator.figure === "Figure 8");
  const cmo = obstacles.filter((f) => f.population === "marketing");
  const cio = obstacles.filter((f) => f.population === "it");
  const label = (f: BenchmarkFigureDef) => normalize(f.locator.quote).replace(/\s+\d+$/, "");

  it("has exactly 11 obstacles per side, all percentages, and the same 11 labels on both sides", () => {
    expect(obstacles).toHaveLength(22);
    expect(cmo).toHaveLength(11);
    expect(cio).toHaveLength(11);
    expect(obstacles.every((f) => f.unit === "percent" && f.topic === "obstacles")).toBe(true);
    const cmoLabels = new Set(cmo.map(label));
    expect(cmoLabels.size).toBe(11);
    expect([...cmoLabels].sort()).toEqual([...new Set(cio.map(label))].sort());
    expect(cmo.map((f) => f.id.replace("-cmo-", "-")).sort()).toEqual(cio.map((f) => f.id.replace("-cio-", "-")).sort());
  });

  it("takes each side's values from that side's list in the seed", () => {
    // The two lists share their labels, so a quote alone does not prove which list it came from.
    const text = seedText("003_23b1ccd4d58906db.txt");
    const cmoStart = text.indexOf("Internal obstacles faced by CMOs");
    const cioStart = text.indexOf("Internal obstacles faced by CIOs");
    const end = text.indexOf("Figure 8: Internal obstacles");
    expect(cmoStart).toBeGreaterThan(-1);
    expect(cioStart).toBeGreaterThan(cmoStart);
    expect(end).toBeGreaterThan(cioStart);
    const cmoList = text.slice(cmoStart, cioStart) + " ";
    const cioList = text.slice(cioStart, end) + " ";
    for (const f of cmo) expect(cmoList.includes(`${normalize(f.locator.quote)} `), `${f.id} not in the CMO list`).toBe(true);
    for (const f of cio) expect(cioList.includes(`${normalize(f.locator.quote)} `), `${f.id} not in the CIO list`).toBe(true);
  });
});

describe("variants of one finding", () => {
  it("keeps both the 56% (report) and 57% (article) CMO figures, with the report as the single default", () => {
    const cmoNeed = figures.filter((f) => f.topic === "need-for-alignment" && f.population === "marketing" && [56, 57].includes(f.value));
    expect(cmoNeed.map((f) => f.value).sort()).toEqual([56, 57]);
    const defaults = cmoNeed.filter((f) => f.isDefault);
    expect(defaults).toHaveLength(1);
    expect(defaults[0]!.value).toBe(56);
    expect(defaults[0]!.sourceId).toBe("accenture-2012");
    const variant = cmoNeed.find((f) => !f.isDefault)!;
    expect(variant.sourceId).toBe("accenture-2012-press");
    expect(variant.variantOf).toBe(defaults[0]!.id);
  });

  it("makes the report (accenture-2012) the default of every finding the article restates", () => {
    const variants = figures.filter((f) => f.variantOf);
    expect(variants.length).toBeGreaterThanOrEqual(5);
    for (const v of variants) {
      expect(v.sourceId, v.id).toBe("accenture-2012-press");
      expect(getFigure(v.variantOf!)?.sourceId, v.id).toBe("accenture-2012");
    }
  });
});

describe("validateCatalogue catches", () => {
  const base = (): [BenchmarkSourceDef[], BenchmarkFigureDef[]] => [
    structuredClone(BENCHMARK_SOURCES),
    structuredClone(BENCHMARK_FIGURES),
  ];
  const pick = (list: BenchmarkFigureDef[], id: string) => list.find((f) => f.id === id)!;

  it("a duplicate figure id", () => {
    const [s, f] = base();
    f.push({ ...pick(f, "a12-need-alignment-cio") });
    expect(validateCatalogue(s, f)).toEqual([expect.stringContaining('"a12-need-alignment-cio"')]);
  });

  it("a duplicate source id", () => {
    const [s, f] = base();
    s.push({ ...s[0]! });
    const errors = validateCatalogue(s, f);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`"${s[0]!.id}"`);
  });

  it("a figure pointing at a missing source", () => {
    const [s, f] = base();
    pick(f, "f14-common-vision-cmo").sourceId = "forrester-2099";
    const errors = validateCatalogue(s, f);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"f14-common-vision-cmo"');
    expect(errors[0]).toContain("forrester-2099");
  });

  it("a percent of 101", () => {
    const [s, f] = base();
    pick(f, "cc10-heavily-committed-cmo").value = 101;
    expect(validateCatalogue(s, f)).toEqual([expect.stringContaining('"cc10-heavily-committed-cmo"')]);
  });

  it("a rank outside 1..N", () => {
    const [s, f] = base();
    pick(f, "a12-driver-cio-customer-insight").value = 16;
    pick(f, "a12-relationship-cmo-rank-cio").value = 0;
    const errors = validateCatalogue(s, f);
    expect(errors).toHaveLength(2);
    expect(errors.some((e) => e.includes('"a12-driver-cio-customer-insight"'))).toBe(true);
    expect(errors.some((e) => e.includes('"a12-relationship-cmo-rank-cio"'))).toBe(true);
  });

  it("a year-over-year figure without its earlier value", () => {
    const [s, f] = base();
    delete pick(f, "f14-cio-valued-partnership-cmo").valueFrom;
    expect(validateCatalogue(s, f)).toEqual([expect.stringContaining('"f14-cio-valued-partnership-cmo"')]);
  });

  it("a variantOf pointing at a missing figure", () => {
    const [s, f] = base();
    pick(f, "a12p-need-alignment-cmo").variantOf = "a12-need-alignment-marketing";
    expect(validateCatalogue(s, f)).toEqual([expect.stringContaining('"a12p-need-alignment-cmo"')]);
  });

  it("a variantOf pointing at a non-default figure", () => {
    const [s, f] = base();
    pick(f, "a12p-need-alignment-cio").variantOf = "a12p-need-alignment-cmo";
    const errors = validateCatalogue(s, f);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.includes('"a12p-need-alignment-cio"'))).toBe(true);
    expect(errors.some((e) => e.includes("not a default"))).toBe(true);
  });

  it("a seed file that is not one of the five", () => {
    const [s, f] = base();
    pick(f, "a14-sample-countries").locator.file = "005_unknown.txt";
    s.find((x) => x.id === "cmo-council-2010")!.seedFile = "notes.txt";
    const errors = validateCatalogue(s, f);
    expect(errors.some((e) => e.includes('"a14-sample-countries"') && e.includes("005_unknown.txt"))).toBe(true);
    expect(errors.some((e) => e.includes('"cmo-council-2010"') && e.includes("notes.txt"))).toBe(true);
  });
});

/** The sentence of the seed that contains `quote` (from the previous ". " to the next "."), normalized. */
function sentenceOf(file: string, quote: string): string {
  const text = seedText(file);
  const at = text.indexOf(normalize(quote));
  expect(at, `quote not found: ${quote}`).toBeGreaterThan(-1);
  const start = Math.max(text.lastIndexOf(". ", at) + 2, 0);
  const end = text.indexOf(".", at + normalize(quote).length - 1);
  return text.slice(start, end === -1 ? undefined : end + 1);
}

describe("issue 11 corrections, proved against the seed sentences", () => {
  it("cc10-constraint-*: a subgroup base (those who were unprepared) with no published n, so no sample size", () => {
    const constraints = figures.filter((f) => f.id.startsWith("cc10-constraint-"));
    expect(constraints.map((f) => f.id).sort()).toEqual([
      "cc10-constraint-insufficient-funding-cmo",
      "cc10-constraint-senior-management-understanding-cio",
    ]);
    for (const f of constraints) {
      const sentence = sentenceOf(f.locator.file, f.locator.quote);
      // "... are viewed as the primary constraints for those who were unprepared to capitalize on the opportunities."
      expect(sentence).toMatch(/primary constraints for those who were unprepared to capitalize on the opportunities\.$/);
      // the seed publishes no size for that subgroup: its only numbers are the two percentages
      expect(numbersIn(sentence).sort()).toEqual([46, 59]);
      expect(f.base.kind, f.id).toBe("subgroup");
      expect(f.base.kind === "subgroup" && f.base.description, f.id).toMatch(/unprepared/);
      expect(f.n, f.id).toBeUndefined();
      expect(sampleSize(f, BENCHMARK_SOURCES), f.id).toBeNull(); // was 320 / 300, the full samples
    }
  });

  it("a12-relationship-improved-cmo says \"improved the most\" of all C-suite relationships, as the seed does", () => {
    const f = getFigure("a12-relationship-improved-cmo")!;
    const text = seedText(f.locator.file);
    const at = text.indexOf(normalize(f.locator.quote));
    // The PDF text splits the sentence with a sidebar ("Short-circuiting in the C-suite ... (Figure 3)."); it goes on
    // "improved the most over other C-suite functions", with no other number in between.
    const rest = text.indexOf("improved the most over other C-suite functions", at);
    expect(at).toBeGreaterThan(-1);
    expect(rest).toBeGreaterThan(at);
    const between = text.slice(at + normalize(f.locator.quote).length, rest);
    expect(between).toContain("Short-circuiting in the C-suite");
    expect(between).not.toMatch(/%/);
    expect(f.statement).toMatch(/improved the most of all their C-suite relationships/);
    expect(f.statement).toMatch(/not merely that it improved/);
    // the CIO figure of the next sentence is the plain "has improved"
    expect(getFigure("a12-relationship-improved-cio")!.statement).not.toMatch(/the most/);
  });

  it("f14-cio-valued-partnership-cmo ends in 2013, the year of the fieldwork (July 2013), not the report's 2014", () => {
    const f = getFigure("f14-cio-valued-partnership-cmo")!;
    const fieldwork = /a global survey of 212 CMOs in July (\d{4})/.exec(seedText(f.locator.file));
    expect(fieldwork?.[1]).toBe("2013");
    expect(f.yearTo).toBe(Number(fieldwork![1]));
    expect(f.yearFrom).toBe(2011);
    expect(getSource(f.sourceId)!.fieldwork).toBe("July 2013");
  });

  it("the 90% \"not at the level it should be\" (001) is a variant of 003's \"one in 10 at the right level\", the default", () => {
    const report = getFigure("a12-collaboration-right-level-both")!;
    const article = getFigure("a12p-collaboration-not-right-level-both")!;
    expect(sentenceOf(report.locator.file, report.locator.quote)).toMatch(/only one in 10 marketing and IT executives say collaboration is at the right level\.$/);
    expect(sentenceOf(article.locator.file, article.locator.quote)).toMatch(/90% of senior marketing and IT executives .* is not at the level it should be\.$/);
    expect(report.sourceId).toBe("accenture-2012"); // the primary report (README decision 7)
    expect(report.isDefault).toBe(true);
    expect(article.isDefault).toBe(false);
    expect(article.variantOf).toBe(report.id);
    expect(article.value).toBe(100 - report.value); // the complement
    expect(article.statement).toMatch(/complement/);
    const defaults = figures.filter((f) => f.topic === "collaboration" && f.population === "both" && f.isDefault);
    expect(defaults.map((f) => f.id)).toEqual([report.id]);
  });
});

/**
 * Verbal quantifiers and the range each allows (README "Verbal quantifiers"). A percent figure whose number the
 * quote gives only in words must carry exactly these bounds; one stated in digits carries none. Longer phrases
 * first; `value` is the figure's representative point.
 */
const VERBAL_QUANTIFIERS: { phrase: RegExp; value: number; low: number; high: number }[] = [
  { phrase: /\bnearly one-third\b/i, value: 33, low: 25, high: 33.3 },
  { phrase: /\bnearly five in 10\b/i, value: 50, low: 40, high: 50 },
  { phrase: /\balmost three-quarters\b/i, value: 75, low: 66.7, high: 75 },
  { phrase: /\bmore than one-third\b/i, value: 33, low: 33, high: 100 },
  { phrase: /\bmore than half\b/i, value: 50, low: 50, high: 100 },
  { phrase: /\babout one in three\b/i, value: 33, low: 28.3, high: 38.3 },
  { phrase: /\btwo in five\b/i, value: 40, low: 35, high: 45 },
  { phrase: /\bfour in 10\b/i, value: 40, low: 35, high: 45 },
  { phrase: /\bone in 10\b/i, value: 10, low: 5, high: 15 },
  { phrase: /\bone[- ]quarter\b/i, value: 25, low: 20, high: 30 },
  { phrase: /\babout 40%/i, value: 40, low: 35, high: 45 },
  { phrase: /\bhalf\b/i, value: 50, low: 45, high: 55 },
];

/** Whether the quote states `value` exactly: in digits, or as a spelled-out "per cent" ("Forty-one per cent"). */
function statedExactly(f: BenchmarkFigureDef): boolean {
  let rest = normalize(f.locator.quote);
  for (const v of VERBAL_QUANTIFIERS) rest = rest.replace(new RegExp(v.phrase.source, "gi"), " ");
  const digits = [...rest.matchAll(/(?<![\w.])(\d+)(?!\w)/g)].map((m) => Number(m[1]));
  if (digits.includes(f.value)) return true;
  if (/\b[a-z]+-[a-z]+ per ?cent\b/i.test(rest) && numberAppearsIn(f.value, rest)) return true;
  return f.locator.figure === "Figure 1" && digitPairAppearsIn(f.value, rest);
}

describe("verbal quantifiers carry bounds", () => {
  const percents = figures.filter((f) => f.unit === "percent");

  it.each(percents.map((f) => [f.id, f] as const))("%s", (id, f) => {
    if (statedExactly(f)) {
      expect(f.bounds, `${id}: its quote states ${f.value} exactly; bounds are for verbal quantifiers`).toBeUndefined();
      return;
    }
    const quote = normalize(f.locator.quote);
    const verbal = VERBAL_QUANTIFIERS.find((v) => v.value === f.value && v.phrase.test(quote));
    expect(verbal, `${id}: no known verbal quantifier for ${f.value} in "${quote}"; add it to VERBAL_QUANTIFIERS and the README`).toBeDefined();
    expect(f.bounds, `${id}: "${quote}"`).toEqual({ low: verbal!.low, high: verbal!.high });
  });

  it("covers the phrases of the issue and every seed", () => {
    const bounded = figures.filter((f) => f.bounds).map((f) => f.id);
    expect(bounded).toEqual(
      expect.arrayContaining([
        "cc10-analytics-integration-difficulty-cmo", // "Nearly one-third"
        "cc10-analytics-integration-difficulty-cio",
        "f14-technology-awareness-competency-cmo", // "More than half"
        "a12-collaboration-right-level-both", // "one in 10"
        "a12-frustration-promises-without-agreement-cio", // "Nearly five in 10"
        "f14-integrated-perspective-cmo", // "Almost three-quarters"
      ]),
    );
    expect(bounded.length).toBe(18);
    for (const f of figures.filter((x) => x.bounds)) expect(f.bounds!.low <= f.value && f.value <= f.bounds!.high, f.id).toBe(true);
  });
});

describe("records added for issue 11", () => {
  const cases: [string, BenchmarkFigureDef["unit"], BenchmarkFigureDef["population"], RegExp][] = [
    ["a12-collaboration-much-more-cio-rank-cmo", "rank", "marketing", /CMOs feel they need to work much more with the CIO compared to any other C-suite organization/],
    ["a12-collaboration-more-with-bu-and-sales-cio", "finding", "it", /CIOs feel more collaboration is required with business units and the sales organization at the expense of marketing/],
    ["a12-cmo-it-spend-exceeds-cio-2017-both", "finding", "both", /by 2017, CMOs are projected to spend more money on information technology and analytics than CIOs,2/],
    ["a12-digital-orientation-weakest-capability-cmo", "finding", "marketing", /CMOs regard digital orientation as their weakest capability/],
    ["a14-top-initiative-customer-experience-both", "finding", "both", /which initiatives make the biggest impact; customer experience, customer analytics and social media/],
    ["a14-top-initiative-customer-analytics-both", "finding", "both", /which initiatives make the biggest impact; customer experience, customer analytics and social media/],
    ["a14-top-initiative-social-media-both", "finding", "both", /which initiatives make the biggest impact; customer experience, customer analytics and social media/],
  ];

  it.each(cases)("%s", (id, unit, population, inSeed) => {
    const f = getFigure(id);
    expect(f, id).toBeDefined();
    expect(f!.unit).toBe(unit);
    expect(f!.population).toBe(population);
    expect(f!.isDefault).toBe(true);
    expect(seedText(f!.locator.file)).toMatch(inSeed);
    if (unit === "rank") expect(f!.value).toBe(1);
  });

  it("the Gartner projection is labelled as a projection, and 003 is where \"weakest capability\" is", () => {
    expect(getFigure("a12-cmo-it-spend-exceeds-cio-2017-both")!.statement).toMatch(/Gartner projection/);
    const holders = SEED_FILES.filter((file) => seedText(file).includes("digital orientation as their weakest capability"));
    expect(holders).toEqual(["003_23b1ccd4d58906db.txt"]);
    expect(getFigure("a12-digital-orientation-weakest-capability-cmo")!.locator.file).toBe(holders[0]);
  });

  it("each top initiative names its own initiative", () => {
    for (const slug of ["customer-experience", "customer-analytics", "social-media"]) {
      expect(getFigure(`a14-top-initiative-${slug}-both`)!.statement).toContain(`name ${slug.replace("-", " ")} among`);
    }
  });
});

describe("figures published for CMOs and CIOs together are \"both\"", () => {
  it("the 25% of customer-data integration is one pooled figure of CMOs and CIOs (n = 657 pooled), not a CMO or a CIO figure", () => {
    const f = getFigure("a12-customer-data-integrated-both")!;
    expect(sentenceOf(f.locator.file, f.locator.quote)).toMatch(/only one quarter of CMOs and CIOs have completely integrated customer data, while four in 10 are struggling\.$/);
    expect(f.population).toBe("both");
    expect(sampleSize(f, BENCHMARK_SOURCES)).toBe(657);
    expect(getFigure("a12-customer-data-struggling-both")!.population).toBe("both"); // the same sentence's "four in 10"
  });

  it("a one-population percent never comes from a sentence that gives one number for CMOs and CIOs together", () => {
    // "an equal number (36%) of CMOs and CIOs", "marketers and IT executives alike", "about 40% each" state the
    // number for each group separately; anything else with one number and both groups is a pooled figure.
    const perGroup = /\b(alike|each|an equal number)\b/i;
    let checked = 0;
    for (const f of figures.filter((x) => x.unit === "percent" && x.population !== "both")) {
      const q = normalize(f.locator.quote);
      const joint = /\b(?:CMOs and CIOs|CIOs and CMOs|marketers and IT executives|marketing and IT executives)\b/.test(q);
      if (!joint || new Set(numbersIn(q)).size > 1) continue;
      checked++;
      expect(q, `${f.id}: one number for both groups; population must be "both"`).toMatch(perGroup);
    }
    expect(checked).toBeGreaterThanOrEqual(4); // active: the "alike", "equal number" and "each" sentences
  });
});

describe("validateCatalogue checks base and bounds", () => {
  const one = (patch: Partial<BenchmarkFigureDef>, id = "cc10-analytics-integration-difficulty-cmo") => {
    const f = structuredClone(BENCHMARK_FIGURES).map((x) => (x.id === id ? { ...x, ...patch } : x));
    return validateCatalogue(BENCHMARK_SOURCES, f);
  };

  it.each([
    ["bounds above 100", { bounds: { low: 25, high: 101 } }, "inside 0-100"],
    ["bounds below 0", { bounds: { low: -1, high: 33.3 } }, "inside 0-100"],
    ["low equal to high", { value: 30, bounds: { low: 30, high: 30 } }, "not below high"],
    ["low above high", { bounds: { low: 34, high: 25 } }, "not below high"],
    ["value outside its bounds", { bounds: { low: 10, high: 20 } }, "outside its bounds"],
    ["a subgroup without a description", { base: { kind: "subgroup", description: " " } }, "needs a description"],
    ["an unknown base", { base: { kind: "half" } as unknown as BenchmarkFigureDef["base"] }, "base must be"],
    ["an unknown covers", { covers: "staff" as unknown as "everyone" }, "unknown covers"],
  ] as [string, Partial<BenchmarkFigureDef>, string][])("%s", (_, patch, message) => {
    const errors = one(patch);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"cc10-analytics-integration-difficulty-cmo"');
    expect(errors[0]).toContain(message);
  });

  it("a finding with a number, and bounds on a rank", () => {
    expect(one({ value: 3 }, "a12-digital-orientation-weakest-capability-cmo")).toEqual([expect.stringContaining("a finding has no number")]);
    expect(one({ bounds: { low: 1, high: 2 } }, "a12-relationship-cio-rank-cmo")).toEqual([expect.stringContaining('only for unit "percent"')]);
  });

  it("accepts a covered subgroup with its own n", () => {
    expect(one({ base: { kind: "subgroup", description: "marketers who were unprepared" }, n: 120, covers: "everyone" })).toEqual([]);
  });
});
