// The executive PDF, parsed back with a real PDF parser (unpdf, PDF.js): pages, the text of each section, the
// embedded fonts, the structure tags, and what must never be in it (internal keys, unconsented names, free text).
import { beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { fixtureResults, fixtureWithRecommendations, PAYLOADS } from "@/lib/export/test-fixture";
import { credibleGaps } from "@/lib/results/findings";
import { buildResultsSummary, evidenceInWords } from "@/lib/results/summary";
import type { RevealedTeamResults } from "@/lib/results/types";
import { REPORT_FONT_NAMES } from "./fonts";
import { one } from "./format";
import { renderExecutiveReport } from "./render-executive-report";
import { NO_EARLIER_WAVE } from "./sections/trend";
import { FORMULA_NOTE, MARKUP_NOTE, reportInput, UNNAMED_OWNER } from "./test-input";

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

  it("shows the trend's waves when there are earlier ones", async () => {
    const results = fixtureWithRecommendations();
    const trend = {
      waves: [
        { number: 1, label: "Wave 1", revealedAt: "2026-05-20T09:00:00.000Z", counts: { marketing: 6, it: 5 }, alignmentIndex: 81.26, alignmentInterval: [70.1, 92.4] as [number, number] },
        { number: 2, label: "Wave 2", revealedAt: "2026-11-20T09:30:00.000Z", counts: { marketing: 8, it: 8 }, alignmentIndex: 95.5, alignmentInterval: [90, 100] as [number, number] },
      ],
      notes: ["The alignment index rose from 81 to 96."],
    };
    const report = await parse(await renderExecutiveReport(reportInput(results, { trend })));
    expect(report.text).toContain("Wave 1 (revealed 20 May 2026): 6 marketing and 5 IT respondents; alignment index 81.3 (95% interval 70.1 to 92.4).");
    expect(report.text).toContain("The alignment index rose from 81 to 96.");
    expect(report.text).not.toContain("No earlier wave");
  });
});
