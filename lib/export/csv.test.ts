import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { IMPERATIVES } from "@/lib/domain";
import { teamResultsCsv } from "./csv";
import { ITEM_COLUMNS } from "./item-rows";
import { RECOMMENDATION_COLUMNS } from "./recommendation-rows";
import { defuse, exportFilename, STAMP_COLUMNS, type ExportPart } from "./rows";
import { SUMMARY_COLUMNS } from "./summary-rows";
import { fixtureResults, fixtureWithRecommendations, looksLikeFormula, PAYLOADS } from "./test-fixture";

const results = fixtureResults();
const exportedAt = new Date("2026-11-21T12:00:00Z");
const csv = teamResultsCsv(results, { exportedAt });
const all = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
const part = (id: string, rows = all) => rows.filter((r) => r.part === id);
const rows = part("items");
const summary = part("summary");

describe("CSV export", () => {
  it("is one table in parts: `part` first, each part's columns, the stamps last and on every row", () => {
    const header = Object.keys(all[0]!);
    expect(header[0]).toBe("part");
    expect(header.slice(-STAMP_COLUMNS.length)).toEqual(STAMP_COLUMNS.map((c) => c.key));
    for (const c of [...SUMMARY_COLUMNS, ...ITEM_COLUMNS, ...RECOMMENDATION_COLUMNS]) expect(header).toContain(c.key);
    expect(new Set(header).size).toBe(header.length);
    expect([...new Set(all.map((r) => r.part))]).toEqual(["summary", "items", "recommendations", "free text"]);
    expect(all.every((r) => r.revealed_at === "2026-11-20T09:30:00.000Z" && r.exported_at === "2026-11-21T12:00:00.000Z" && r.scoring_model === "v2")).toBe(true);
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
    expect(Number(row.comparisons)).toBe(results.evidence.comparisons);
  });

  it("writes one row per option for multi-option items", () => {
    const options = rows.filter((r) => r.item_key === "bl-tradeoff" && r.side === "it").map((r) => r.option);
    expect(options).toEqual(["data-access", "privacy-security", "speed"]);
    expect(rows.find((r) => r.item_key === "bl-tradeoff")!.measure).toMatch(/mean points/);
  });

  it("labels each side's row with the option as that side saw it: IT ranked the CMO, marketing the CIO", () => {
    const counterpart = (side: string) => rows.find((r) => r.item_key === "tr-relationships" && r.option === "counterpart" && r.side === side)!.measure;
    expect(counterpart("marketing")).toBe("share ranking “Chief information officer (CIO)” in the top 4");
    expect(counterpart("it")).toBe("share ranking “Chief marketing officer (CMO)” in the top 4");
    // options both sides saw alike read the same on both rows
    const ceo = rows.filter((r) => r.item_key === "tr-relationships" && r.option === "ceo").map((r) => r.measure);
    expect(new Set(ceo)).toEqual(new Set(["share ranking “Chief executive officer (CEO)” in the top 4"]));
  });

  it("defuses formulas in free text and labels, and keeps negative numbers numeric", () => {
    const texts = part("free text").map((r) => r.text);
    for (const payload of PAYLOADS) expect(texts).toContain(`'${payload}`);
    for (const r of all) for (const v of Object.values(r)) expect(looksLikeFormula(v), v).toBe(false);
    expect(rows.some((r) => /^-\d/.test(r.gap ?? ""))).toBe(true);
    expect(summary.find((r) => r.measure === "Organization")!.text).toBe("'@SUM(1) Northwind");
    expect(defuse("plain")).toBe("plain");
    expect(defuse("\tcmd")).toBe("'\tcmd");
    expect(defuse("\r=1")).toBe("'\r=1");
  });

  it("carries the summary figures: the alignment index with its interval, mirror accuracy, imperative scores per side", () => {
    const { team } = results;
    const index = summary.find((r) => r.measure!.startsWith("Alignment index (0-100"))!;
    expect(index.side).toBe("both");
    expect(Number(index.value)).toBeCloseTo(team.alignment.index!, 2);
    // one IT respondent: no interval can be computed, and the row says so in words
    expect(team.alignment.interval).toBeNull();
    expect(index.interval_low).toBe("");
    expect(index.text).toMatch(/^0-100\. 100 means the two sides answer no more differently than two random halves/);
    expect(index.text).toMatch(/No interval could be computed/);
    // eight a side: the interval is there
    const larger = fixtureWithRecommendations();
    const largerIndex = (parse(teamResultsCsv(larger, { exportedAt }), { bom: true, columns: true }) as Record<string, string>[]).find((r) => r.measure?.startsWith("Alignment index (0-100"))!;
    expect(Number(largerIndex.interval_low)).toBeCloseTo(larger.team.alignment.interval![0], 2);
    expect(Number(largerIndex.interval_high)).toBeCloseTo(larger.team.alignment.interval![1], 2);
    const mirror = summary.filter((r) => r.measure === "Mirror accuracy (0-100)");
    expect(mirror.map((r) => r.side)).toEqual(["both", "marketing", "it"]);
    expect(Number(mirror[1]!.value)).toBeCloseTo(team.mirror.accuracy.marketing!, 2);
    const imperatives = summary.filter((r) => r.measure!.startsWith("Imperative score: "));
    expect(imperatives).toHaveLength(15); // five imperatives × marketing, IT, both
    const trust = team.imperatives.find((i) => i.imperative === "trust")!;
    const mRow = imperatives.find((r) => r.side === "marketing" && r.measure === `Imperative score: ${IMPERATIVES.find((i) => i.id === "trust")!.short}`)!;
    expect(Number(mRow.value)).toBeCloseTo(trust.marketing!, 2);
    expect(Number(mRow.interval_low)).toBeCloseTo(trust.intervals.marketing![0], 2);
    expect(mRow.verdict).toBe(trust.low.marketing.label);
    expect(Number(mRow.n)).toBe(trust.respondents.marketing);
    const mirrorItem = rows.find((r) => r.mirror_label && r.side === "marketing")!;
    const item = results.team.mirror.items.find((m) => m.itemKey === mirrorItem.item_key)!;
    expect(mirrorItem.mirror_label).toBe(item.predictions.marketing.label);
    expect(Number(mirrorItem.mirror_predicted)).toBeCloseTo(item.predictions.marketing.predicted!, 2);
  });

  it("says who is counted and who is not, in the rule's words", () => {
    const who = summary.filter((r) => r.measure === "Who is counted").map((r) => r.text);
    expect(who).toEqual(results.anonymity.notes);
    expect(who).toContain("The IT figures are the answers of one person, Named it leader, who agreed to be named.");
    expect(who.join(" ")).toMatch(/IT team members: 3 responded, fewer than 5/);
    expect(summary.filter((r) => r.measure === "Respondents counted").map((r) => `${r.side}:${r.value}`)).toEqual(["marketing:12", "it:1"]);
  });

  it("says why there is no recommendation", () => {
    const recs = part("recommendations");
    expect(results.recommendations).toEqual([]);
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({ row_kind: "none" });
    expect(recs[0]!.text).toMatch(/^Nothing is strong enough to recommend an action: none of the \d+ comparisons .*Only 1 IT respondent/);
  });

  it("carries the recommendations as the page shows them: the action, what it rests on, its text and source, each signal in words", () => {
    const withRecs = fixtureWithRecommendations();
    expect(withRecs.recommendations.length).toBeGreaterThan(0);
    const recs = part("recommendations", parse(teamResultsCsv(withRecs, { exportedAt }), { bom: true, columns: true }) as Record<string, string>[]);
    const actions = recs.filter((r) => r.row_kind === "action");
    expect(actions.map((r) => r.action_title)).toEqual(withRecs.recommendations.map((r) => r.action.title));
    const first = withRecs.recommendations[0]!;
    expect(actions[0]).toMatchObject({ recommendation: "1", text: first.action.text, source_quote: first.action.source.quote });
    expect(actions[0]!.rests_on).toMatch(/wide gap/);
    expect(actions[0]!.owner).toMatch(/^(marketing|IT|marketing and IT together)$/);
    expect(actions[0]!.source).toMatch(/Accenture/);
    const evidence = recs.filter((r) => r.row_kind === "evidence" && r.recommendation === "1");
    expect(evidence.map((r) => r.text)).toEqual(first.triggers.map((t) => t.summary));
    expect(evidence[0]!.evidence_kind).toBeTruthy();
    expect(Number(evidence[0]!.estimate)).toBeCloseTo(first.triggers[0]!.test.estimate, 2);
    // no internal action or imperative id in the words
    for (const r of actions) expect(`${r.imperative} ${r.rests_on}`).not.toMatch(/strategic-partner|business-levers/);
  });

  it("appends parts built elsewhere (workshop outcomes, actions …) with their own columns, defused", () => {
    const extra: ExportPart = {
      id: "workshop outcomes",
      sheet: "Workshop outcomes",
      columns: [
        { key: "item_key", label: "Item key" },
        { key: "outcome", label: "Outcome" },
      ],
      rows: [{ item_key: "sp-need-alignment", outcome: "=agreed" }],
    };
    const withExtra = parse(teamResultsCsv(results, { exportedAt, extraParts: [extra] }), { bom: true, columns: true }) as Record<string, string>[];
    const header = Object.keys(withExtra[0]!);
    expect(header.indexOf("outcome")).toBeLessThan(header.indexOf("scoring_model"));
    expect(withExtra.at(-1)).toMatchObject({ part: "workshop outcomes", item_key: "sp-need-alignment", outcome: "'=agreed", exported_at: "2026-11-21T12:00:00.000Z" });
    expect(withExtra.length).toBe(all.length + 1);
  });

  it("applies the anonymity rule: the suppressed IT team group is nowhere, its free text neither", () => {
    expect(csv).not.toContain("SUPPRESSED TEXT");
    const it = rows.find((r) => r.item_key === "sp-need-alignment" && r.side === "it")!;
    expect(it.n).toBe("1"); // the IT leader only
    expect(part("free text").filter((r) => r.side === "it")).toEqual([]);
  });

  it("makes a safe file name", () => {
    const name = exportFilename({ ...results, assessment: { ...results.assessment, organizationName: 'Ève "quoted"/..\\\r\nCo' } }, "csv", exportedAt);
    expect(name).toMatch(/^bridge-[a-z0-9-]+-wave-1-2026-11-21\.csv$/);
  });
});
