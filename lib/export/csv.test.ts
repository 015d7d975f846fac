import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { teamResultsCsv } from "./csv";
import { COLUMNS, defuse, exportFilename } from "./rows";
import { fixtureResults, looksLikeFormula, PAYLOADS } from "./test-fixture";

const results = fixtureResults();
const exportedAt = new Date("2026-11-21T12:00:00Z");
const csv = teamResultsCsv(results, { exportedAt });
const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe("CSV export", () => {
  it("has the documented columns, one row per item reading × side, and ISO 8601 UTC timestamps", () => {
    expect(Object.keys(rows[0]!)).toEqual(COLUMNS.map(([key]) => key));
    expect(rows.every((r) => r.revealed_at === "2026-11-20T09:30:00.000Z" && r.exported_at === "2026-11-21T12:00:00.000Z")).toBe(true);
    const keys = new Set(rows.map((r) => r.item_key));
    expect(keys.has("sp-need-alignment")).toBe(true);
    expect([...keys].some((k) => k!.startsWith("context-"))).toBe(false);
  });

  it("puts the published figure with its provenance beside our share, with the same numbers as the team result", () => {
    const row = rows.find((r) => r.item_key === "sp-need-alignment" && r.side === "marketing" && r.figure_id === "a12-need-alignment-cmo")!;
    const item = results.team.items.find((i) => i.itemKey === "sp-need-alignment")!;
    const gap = results.team.gaps.find((g) => g.itemKey === "sp-need-alignment")!;
    const comparison = results.team.benchmarks.find((c) => c.figureId === "a12-need-alignment-cmo")!;
    expect(Number(row.n)).toBe(item.predicates[0]!.sides.marketing.n);
    expect(Number(row.value)).toBeCloseTo(item.predicates[0]!.sides.marketing.share!, 2);
    expect(Number(row.gap)).toBeCloseTo(gap.tests[0]!.estimate!, 2);
    expect(row).toMatchObject({ figure_value: "56", figure_n: "405", figure_population: "marketing", source_year: "2012", verdict: comparison.verdict });
    expect(row.source_publisher).toMatch(/Accenture/);
    expect(row.locator_file).toMatch(/^00\d_/);
    expect(row.locator_quote!.length).toBeGreaterThan(10);
    expect(Number(row.figure_interval_low)).toBeCloseTo(comparison.published.interval![0], 2);
    // v1 asks this on an agree/disagree scale where the survey asked a forced yes/no: context only, no verdict,
    // and no gap of gaps
    expect(row.verdict).toBe("context only");
    expect(row.context_only).toMatch(/agree\/disagree scale/);
    expect(results.team.gapOfGaps.find((g) => g.itemKey === "sp-need-alignment")).toBeUndefined();
    expect(row.gap_of_gaps).toBe("");
    expect(row.scoring_model).toBe("v2");
    expect(Number(row.comparisons)).toBe(results.evidence.comparisons);
  });

  it("writes one row per option for multi-option items", () => {
    const options = rows.filter((r) => r.item_key === "bl-tradeoff" && r.side === "it").map((r) => r.option);
    expect(options).toEqual(["data-access", "privacy-security", "speed"]);
    expect(rows.find((r) => r.item_key === "bl-tradeoff")!.measure).toMatch(/mean points/);
  });

  it("defuses formulas in free text and labels, and keeps negative numbers numeric", () => {
    const texts = rows.filter((r) => r.text).map((r) => r.text);
    for (const payload of PAYLOADS) expect(texts).toContain(`'${payload}`);
    for (const r of rows) for (const v of Object.values(r)) expect(looksLikeFormula(v), v).toBe(false);
    expect(rows.some((r) => /^-\d/.test(r.gap ?? ""))).toBe(true);
    expect(defuse("plain")).toBe("plain");
    expect(defuse("\tcmd")).toBe("'\tcmd");
    expect(defuse("\r=1")).toBe("'\r=1");
  });

  it("carries the v2 labels: imperative scores with the low test, predictions with their label, and why there is no recommendation", () => {
    const imp = rows.filter((r) => r.section === "imperatives");
    expect(imp).toHaveLength(10);
    const trust = results.team.imperatives.find((i) => i.imperative === "trust")!;
    const mRow = imp.find((r) => r.side === "marketing" && /Trust/.test(r.measure ?? ""))!;
    expect(Number(mRow.value)).toBeCloseTo(trust.marketing!, 2);
    expect(mRow.verdict).toBe(trust.low.marketing.label);
    expect(imp.find((r) => r.side === "it")!.anecdotal).toBe("yes"); // one visible IT respondent
    const mirror = rows.find((r) => r.mirror_label && r.side === "marketing")!;
    const item = results.team.mirror.items.find((m) => m.itemKey === mirror.item_key)!;
    expect(mirror.mirror_label).toBe(item.predictions.marketing.label);
    expect(Number(mirror.mirror_predicted)).toBeCloseTo(item.predictions.marketing.predicted!, 2);
    const recs = rows.filter((r) => r.section === "recommendations");
    expect(recs.length).toBe(Math.max(1, results.recommendations.length));
    if (!results.recommendations.length) expect(recs[0]!.text).toMatch(/No credible signal\. .*Only 1 IT respondent/);
    expect(rows.every((r) => r.revealed_under_model === "v2")).toBe(true);
  });

  it("applies the anonymity rule: the suppressed IT team group is nowhere, its free text neither", () => {
    expect(csv).not.toContain("SUPPRESSED TEXT");
    const it = rows.find((r) => r.item_key === "sp-need-alignment" && r.side === "it")!;
    expect(it.n).toBe("1"); // the IT leader only
    expect(rows.filter((r) => r.text && r.side === "it")).toEqual([]);
  });

  it("makes a safe file name", () => {
    const name = exportFilename({ ...results, assessment: { ...results.assessment, organizationName: 'Ève "quoted"/..\\\r\nCo' } }, "csv", exportedAt);
    expect(name).toMatch(/^bridge-[a-z0-9-]+-wave-1-2026-11-21\.csv$/);
  });
});
