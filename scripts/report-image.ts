// `node --import tsx scripts/report-image.ts`: the README's picture of the executive report. Renders the report of a demo team
// (synthetic answers: eight leaders a side, built without a database as the tests build it, with a first wave
// before it for the trend) and writes one page as a PNG with poppler's pdftoppm (apt install poppler-utils).
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureTeamWithRecommendations, fixtureWithRecommendations } from "../lib/export/test-fixture";
import { renderExecutiveReport } from "../lib/report/render-executive-report";
import { actionsFor, outcomesFor } from "../lib/report/test-input";
import { reportTrendOf } from "../lib/report/trend-input";
import { consecutiveTrends, trendSeries } from "../lib/scoring";

const PAGE = Number(process.env.REPORT_IMAGE_PAGE ?? 2);
const OUT = process.env.REPORT_IMAGE_OUT ?? "docs/images/executive-report-page.png";

const base = fixtureWithRecommendations();
const results = {
  ...base,
  assessment: { ...base.assessment, title: "Alignment 2027", organizationName: "Northwind Mutual (demo)" },
  wave: { id: "w2", number: 2, label: "Spring 2027", status: "closed", revealedAt: "2027-05-20T09:30:00.000Z" },
  waves: [
    { number: 1, label: "Autumn 2026", revealed: true },
    { number: 2, label: "Spring 2027", revealed: true },
  ],
};
const teams = [fixtureTeamWithRecommendations(true), fixtureTeamWithRecommendations()];
const keys = results.items.map((i) => i.key);
const trend = reportTrendOf(
  {
    waves: [
      { number: 1, label: "Autumn 2026", revealedAt: "2026-11-20T09:30:00.000Z", questionnaireVersion: "v1", counts: teams[0]!.counts },
      { number: 2, label: "Spring 2027", revealedAt: "2027-05-20T09:30:00.000Z", questionnaireVersion: "v1", counts: teams[1]!.counts },
    ],
    series: trendSeries(teams),
    pairs: consecutiveTrends(teams, [keys]),
  },
  2,
);
const pdf = await renderExecutiveReport({ results, outcomes: outcomesFor(results), actions: actionsFor(results), trend, generatedAt: new Date("2027-05-21T09:00:00Z") });
const dir = mkdtempSync(join(tmpdir(), "bridge-report-image-"));
try {
  writeFileSync(join(dir, "report.pdf"), pdf);
  execFileSync("pdftoppm", ["-f", String(PAGE), "-l", String(PAGE), "-r", "70", "-png", "-singlefile", join(dir, "report.pdf"), join(dir, "page")]);
  renameSync(join(dir, "page.png"), OUT);
  console.log(`wrote ${OUT} (page ${PAGE} of the report, ${pdf.length} bytes of PDF)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
