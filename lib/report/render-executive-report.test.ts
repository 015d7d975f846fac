// The executive PDF, parsed back with a real PDF parser (unpdf, PDF.js): pages, the text of each section, the
// embedded fonts, the structure tags, and what must never be in it (internal keys, unconsented names, free text).
import { beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { fixtureResults, fixtureTeamWithRecommendations, fixtureWithRecommendations, PAYLOADS } from "@/lib/export/test-fixture";
import { credibleGaps } from "@/lib/results/findings";
import { buildResultsSummary, evidenceInWords } from "@/lib/results/summary";
import type { RevealedTeamResults } from "@/lib/results/types";
import { REPORT_FONT_NAMES } from "./fonts";
import { consecutiveTrends, trendSeries } from "@/lib/scoring";
import { one, score, signed } from "./format";
import { renderExecutiveReport } from "./render-executive-report";
import { NO_EARLIER_WAVE } from "./sections/trend";
import { FORMULA_NOTE, MARKUP_NOTE, reportInput, UNNAMED_OWNER } from "./test-input";
import { reportTrendOf } from "./trend-input";

interface Parsed {
  bytes: Buffer;
  raw: string;
  pages: number;
  /** All text, whitespace collapsed to single spaces. */
  text: string;
}

async function parse(bytes: Buffer): Promise<Parsed> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { bytes, raw: bytes.toString("latin1"), pages: totalPages, text: text.replace(/\s+/g, " ") };
}

const flat = (s: string) => s.replace(/\s+/g, " ").trim();

describe("renderExecutiveReport", () => {
  let results: RevealedTeamResults;
  let report: Parsed;
  beforeAll(async () => {
    results = fixtureWithRecommendations();
    report = await parse(await renderExecutiveReport(reportInput(results)));
  });

  it("is a PDF of a bounded size and number of pages", () => {
    expect(report.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(report.pages).toBeGreaterThanOrEqual(8);
    expect(report.pages).toBeLessThanOrEqual(30);
    expect(report.bytes.length).toBeLessThan(400_000);
  });

  it("holds every section, in order", () => {
    const headings = [
      "CMO-CIO alignment: executive report",
      "The two-minute summary",
      "The results in two charts",
      "The widest credible gaps",
      "Comparisons with the published figures",
      "Recommendations and their evidence",
      "Workshop outcomes",
      "The action plan",
      "Trend over waves",
      "Methods and limits",
    ];
    // after the cover's list of contents, each heading comes after the one before it
    let from = report.text.indexOf("In this report") + "In this report".length;
    from = report.text.indexOf("Methods and limits", from) + 1;
    expect(from).toBeGreaterThan(0);
    expect(report.text.indexOf(headings[0]!)).toBe(0);
    const missing: string[] = [];
    for (const h of headings.slice(1)) {
      const at = report.text.indexOf(h, from);
      if (at < 0) missing.push(h);
      else from = at + h.length;
    }
    expect(missing).toEqual([]);
  });

  it("has the cover's organization, assessment, wave, date and counts per side and tier", () => {
    for (const s of ["@SUM(1) Northwind", "Alignment check", "Wave 1", "20 November 2026", "1 December 2026", "Marketing, leaders: 8 counted", "IT, leaders: 8 counted"]) {
      expect(report.text).toContain(s);
    }
  });

  it("has the summary's sentences and the same alignment index as the page", () => {
    const summary = buildResultsSummary(results);
    expect(report.text).toContain(flat(summary.overview));
    expect(report.text).toContain(`Alignment index: ${one(summary.alignment.index!)} of 100`);
    expect(summary.findings.length).toBeGreaterThan(0);
    for (const f of summary.findings) expect(report.text).toContain(flat(f.sentence));
    for (const line of summary.cannotConclude) expect(report.text).toContain(flat(line));
  });

  it("draws both charts with their values as text", () => {
    const strategic = results.team.imperatives.find((i) => i.imperative === "strategic-partner")!;
    expect(report.text).toContain(`Marketing ${one(strategic.marketing!)}`);
    expect(report.text).toContain(`IT ${one(strategic.it!)}`);
    expect(report.text).toContain("Gap in points: marketing − IT");
    // vector drawing: rectangles and lines in the content streams, no embedded image
    expect(report.raw).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it("quotes the widest credible gaps in each side's wording", () => {
    const gaps = credibleGaps(results);
    expect(gaps.length).toBeGreaterThan(0);
    const differing = gaps.find((g) => g.item.prompt.marketing !== g.item.prompt.it)!;
    expect(report.text).toContain(flat(`Marketing: “${differing.item.prompt.marketing}”`));
    expect(report.text).toContain(flat(`IT: “${differing.item.prompt.it}”`));
  });

  it("cites the published figures with source, year, n and locator", () => {
    const cmp = results.team.benchmarks.find((c) => c.verdict !== "context only" && results.figures[c.figureId]?.locator.figure)!;
    const fig = results.figures[cmp.figureId]!;
    expect(report.text).toContain(flat(`Source: ${fig.source.publisher}, “${fig.source.title}”, ${fig.source.year}; n = ${fig.n}; ${fig.locator.figure}, ${fig.locator.file}.`));
  });

  it("lists the recommendations with their evidence in words and their source", () => {
    expect(results.recommendations.length).toBeGreaterThan(0);
    for (const rec of results.recommendations) {
      expect(report.text).toContain(flat(rec.action.title));
      expect(report.text).toContain(flat(`rests on ${evidenceInWords(rec.triggers)}`));
      expect(report.text).toContain(results.citations[rec.action.source.file]!);
    }
  });

  it("has the workshop outcomes and the action plan, notes drawn as plain text", () => {
    for (const s of ["Agree to differ", "Agreed position", "We keep two views until the data arrives.", FORMULA_NOTE, MARKUP_NOTE, "Hands counted: Disagree: 1; Agree: 6.", "Joint quarterly planning", "Share the customer data map", "Plan the marketing technology budget together. @SUM(1)", "+1+1 agenda draft", "due: 15 February 2027", "Checklist: 1 of 2 done."]) {
      expect(report.text).toContain(flat(s));
    }
    // an outcome for a question the wave does not have is left out
    expect(report.text).not.toContain("Orphan outcome text");
  });

  it("says there is no earlier wave, and has the methods and limits", () => {
    expect(report.text).toContain(flat(NO_EARLIER_WAVE));
    for (const s of ["How each number is computed", "What these sample sizes allow", "Who is counted", "The published surveys", "vendor-sponsored, opt-in, self-reported"]) {
      expect(report.text).toContain(s);
    }
  });

  it("never shows an internal key", () => {
    const keys = [...results.items.map((i) => i.key), ...Object.keys(results.figures), ...results.recommendations.map((r) => r.action.id), "act-secret-id-1", "act-secret-id-2"];
    expect(keys.length).toBeGreaterThan(40);
    const leaked = keys.filter((k) => new RegExp(`(^|[^\\w-])${k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\w-])`).test(report.text));
    expect(leaked).toEqual([]);
  });

  it("embeds its fonts from the repository and is tagged", () => {
    for (const name of REPORT_FONT_NAMES) expect(report.raw).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${name}\\b`));
    expect(report.raw).toMatch(/\/FontFile2 \d+ 0 R/);
    // no standard (unembedded) font
    expect(report.raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(report.raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(report.raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(report.raw).toMatch(/\/Marked true/);
    expect(report.raw).toMatch(/\/Lang \(en\)/);
    expect(report.raw).toMatch(/\/S \/Figure/);
    expect(report.raw).toMatch(/\/S \/H1/);
  });
});

describe("renderExecutiveReport and anonymity", () => {
  it("names only the leaders the results name, and holds no free text or suppressed group", async () => {
    const results = fixtureResults();
    // no workshop notes here: the first free-text payload is also the formula note of the other tests
    const report = await parse(await renderExecutiveReport(reportInput(results, { outcomes: [] })));
    // the named leaders are in the results (consented); team members and unnamed owners are not
    expect(results.anonymity.leaders.map((l) => l.label)).toContain("Named marketing leader");
    expect(report.text).toContain("Named marketing leader");
    for (let i = 1; i <= 23; i++) expect(report.text).not.toContain(`Person marketing ${i} `);
    expect(report.text).not.toContain(UNNAMED_OWNER);
    expect(report.text).toContain("owner: assigned");
    expect(report.text).not.toContain("SUPPRESSED TEXT");
    expect(report.text).not.toContain("plain idea");
    expect(report.text).not.toContain(PAYLOADS[0]!);
    expect(report.text).toContain("IT, team members: 3 responded, not counted");
    expect(report.text).not.toContain("Facilitator Name");
  });

  it("shows the trend up to the wave: the waves, the index, each imperative's change with its label, the questions that moved", async () => {
    // wave 1: marketing disagrees with the strategic-partner questions and IT agrees; wave 2 the other way round
    const earlier = fixtureWithRecommendations(true);
    const later = { ...fixtureWithRecommendations(), wave: { id: "w2", number: 2, label: "Spring 2027", status: "closed", revealedAt: "2027-05-20T09:30:00.000Z" } };
    const teams = [fixtureTeamWithRecommendations(true), fixtureTeamWithRecommendations()];
    const keys = later.items.map((i) => i.key);
    const view = {
      waves: [
        { number: 1, label: "Wave 1", revealedAt: "2026-11-20T09:30:00.000Z", questionnaireVersion: "v1", counts: teams[0]!.counts },
        { number: 2, label: "Spring 2027", revealedAt: "2027-05-20T09:30:00.000Z", questionnaireVersion: "v1", counts: teams[1]!.counts },
      ],
      series: trendSeries(teams),
      pairs: consecutiveTrends(teams, [keys]),
    };
    const trend = reportTrendOf(view, 2)!;
    expect(reportTrendOf(view, 1)!.change).toBeNull();
    const impacts = new Map([["act-secret-id-1", { state: "pending" as const, from: { number: 1, label: "Wave 1" }, next: { number: 3, label: "Autumn 2027" } }]]);
    const report = await parse(await renderExecutiveReport(reportInput(later, { trend, impacts })));
    // the plan: actions of wave 1 carried into this wave's report, with their result impact
    expect(report.text).toContain("Carried from wave 1.");
    expect(report.text).toContain("Result impact: Measured once Autumn 2027 is revealed.");
    const section = report.text.slice(report.text.indexOf("Trend over waves"));
    expect(section).toContain(`Wave 1 (revealed 20 November 2026): 8 marketing and 8 IT respondents; alignment index ${score(teams[0]!.alignment.index)}`);
    expect(section).toContain(`Spring 2027 (revealed 20 May 2027): 8 marketing and 8 IT respondents; alignment index ${score(teams[1]!.alignment.index)}`);
    const pair = view.pairs[0]!;
    const sp = pair.imperatives.find((i) => i.imperative === "strategic-partner")!;
    // agreeing with these statements is the problem they describe: marketing's score falls, IT's rises
    expect(sp.sides.marketing.label).toBe("falling");
    expect(sp.sides.it.label).toBe("rising");
    expect(section).toContain(`Marketing: ${score(sp.sides.marketing.earlier)} → ${score(sp.sides.marketing.later)}, change ${signed(sp.sides.marketing.change)}`);
    expect(flat(section)).toMatch(/IT: [\d.]+ → [\d.]+, change \+[\d.]+ \(95% interval [\d.]+ to [\d.]+\): rising/);
    expect(flat(section)).toMatch(/Marketing: [\d.]+ → [\d.]+, change −[\d.]+ \(95% interval −[\d.]+ to −[\d.]+\): falling/);
    // a strategic-partner question moved for both sides, in its own words, never by its key
    const moved = later.items.find((i) => i.section === "strategic-partner" && i.kind === "agreement")!;
    expect(section).toContain("Questions that credibly moved");
    expect(flat(section)).toContain(`“${moved.prompt.marketing.slice(0, 40)}`);
    expect(section).not.toContain(moved.key);
    expect(section).not.toContain("No earlier wave");
    // a first wave: says so
    const first = await parse(await renderExecutiveReport(reportInput(earlier, { trend: reportTrendOf(view, 1) })));
    expect(first.text).toContain(flat(NO_EARLIER_WAVE).slice(0, 60));
  });
});
