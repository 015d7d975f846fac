// The facilitator's team results: sealed with quorum progress, revealed by the button, the page's figures checked
// against scoreTeam computed here, and the CSV and XLSX downloads checked against the page.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { Download, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES } from "../lib/benchmarks/builtin";
import type { Side, Tier } from "../lib/domain";
import { QUESTIONNAIRE_V1, QUESTIONNAIRE_V2 } from "../lib/questionnaire/builtin";
import type { AnswerValue } from "../lib/questionnaire/types";
import { figureLookupFrom, scoreTeam } from "../lib/scoring";
import type { ScoringRespondent } from "../lib/scoring/types";
import { completeAnswers } from "../lib/test/answers";
import { createSubmittedRespondent } from "../lib/test/submitted";
import { createAssessment, createOrganization } from "../prisma/factories";

const ITEM = "sp-need-alignment";
const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
/** The page writes a minus sign (U+2212) and one decimal. */
const pageNumber = (text: string) => Number(text.replace("\u2212", "-").replace(/[^0-9.+-].*$/s, ""));

/** Open every collapsed section (the imperatives' questions, the detail sections, the charts' tables). */
async function openAllDetails(page: Page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
}

async function downloadOf(page: Page, name: string): Promise<{ download: Download; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return { download, body: await readFile((await download.path())!) };
}

test.describe("team results", () => {
  test("sealed until quorum, revealed by the button, the same figures on the page and in both downloads", async ({ page, context, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    const org = await createOrganization(db, { name: `Results org ${Date.now()}`, ownerId: user.id });
    const assessment = await createAssessment(db, org.id, { title: "Results check", createdById: user.id });
    await db.wave.updateMany({ where: { assessmentId: assessment.id }, data: { quorumMarketing: 6, quorumIt: 6 } }); // quorum is per wave
    const waveId = assessment.waves[0]!.id;

    // 1 leader + 5 team members per side (every group shown), answers varied by seed
    const respondents: ScoringRespondent[] = [];
    let seed = 0;
    const add = async (side: Side, tier: Tier) => {
      const answers = completeAnswers(QUESTIONNAIRE_V1, side, (seed += 3));
      const { responseId } = await createSubmittedRespondent(db, { assessmentId: assessment.id, waveId, side, tier, answers, name: `${side} ${tier} ${seed}`, consentShowName: true });
      respondents.push({ id: responseId, side, tier, answers: answers as Record<string, AnswerValue> });
    };
    for (const side of ["marketing", "it"] as Side[]) {
      await add(side, "leader");
      for (let i = 0; i < 4; i++) await add(side, "team");
    }

    await signInAs(context, db, user);
    const url = `/app/assessments/${assessment.id}/results`;
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1, name: "Team results" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Results are sealed" })).toBeVisible();
    await expect(page.getByText("5 of 6 responses submitted: 1 more needed.").first()).toBeVisible();
    // who would count if revealed now: the team groups of 4 would be left out, and each side be its named leader
    await expect(page.getByTestId("quorum-marketing")).toContainText("If revealed now: 1 of 5 counted. Left out: 4 team members (fewer than 5).");
    await expect(page.getByTestId("quorum-marketing")).toContainText(/The marketing figures would be the answers of one person, marketing leader \d+, who agreed to be named\./);
    await expect(page.getByRole("button", { name: "Reveal results" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    for (const side of ["marketing", "it"] as Side[]) await add(side, "team");
    await page.reload();
    await expect(page.getByText("6 responses submitted: the quorum of 6 is reached.")).toHaveCount(2);
    await expect(page.getByText("If revealed now: all 6 counted.")).toHaveCount(2);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Reveal results" }).click();
    await expect(page.getByRole("heading", { name: "Alignment index", exact: true })).toBeVisible();
    expect(await db.auditLog.count({ where: { action: "results.reveal", targetId: waveId, actorId: user.id } })).toBe(1);

    // the page against the model, computed here on the same answers (context items are not compared)
    const compared = { ...QUESTIONNAIRE_V1, items: QUESTIONNAIRE_V1.items.filter((i) => i.section !== "context") };
    const expected = scoreTeam(compared, respondents, figureLookupFrom(BENCHMARK_FIGURES, BENCHMARK_SOURCES));
    const index = expected.alignment.index!;
    const gap = expected.gaps.find((g) => g.itemKey === ITEM)!.tests[0]!.estimate!;
    await expect(page.getByTestId("alignment-index")).toHaveText(one(index));
    await openAllDetails(page);
    const gapText = await page.locator(`tr[data-item="${ITEM}"]`).first().getByTestId("gap").innerText();
    expect(pageNumber(gapText)).toBeCloseTo(gap, 1);
    await expect(page.getByRole("table", { name: /Imperative scores/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "What to act on first" })).toBeVisible();
    await expectNoAxeViolations(page);

    // CSV: the same gap, the published figure with its source
    const csv = await downloadOf(page, "Download CSV");
    expect(csv.download.suggestedFilename()).toMatch(/^bridge-[a-z0-9-]+-wave-1-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
    const csvRow = rows.find((r) => r.item_key === ITEM && r.side === "marketing" && r.figure_id === "a12-need-alignment-cmo")!;
    expect(Number(csvRow.gap)).toBeCloseTo(gap, 2);
    expect(Math.abs(Number(csvRow.gap) - pageNumber(gapText))).toBeLessThanOrEqual(0.051);
    expect(csvRow).toMatchObject({ figure_value: "56", figure_n: "405", source_year: "2012" });
    expect(csvRow.revealed_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    // XLSX: the same figures
    const xlsx = await downloadOf(page, "Download Excel (XLSX)");
    expect(xlsx.download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const summary: unknown[][] = [];
    wb.getWorksheet("Summary")!.eachRow((r) => summary.push((r.values as unknown[]).slice(1)));
    const indexCell = summary.find((r) => String(r[0]).startsWith("Alignment index"))![1] as number;
    expect(indexCell).toBeCloseTo(index, 2);
    expect(one(indexCell)).toBe(one(index));
    const items: unknown[][] = [];
    wb.getWorksheet("Items")!.eachRow((r) => items.push((r.values as unknown[]).slice(1)));
    const header = items[0] as string[];
    const col = (label: RegExp) => header.findIndex((h) => label.test(h));
    const xRow = items.find((r) => r[col(/^Item key$/)] === ITEM && r[col(/^Side$/)] === "marketing" && r[col(/^Published figure id$/)] === "a12-need-alignment-cmo")!;
    expect(xRow[col(/^Gap marketing/)]).toBe(Number(csvRow.gap));
    expect(xRow[col(/^Share or mean/)]).toBe(Number(csvRow.value));

    expect(await db.auditLog.count({ where: { actorId: user.id, action: { in: ["export.csv", "export.xlsx"] } } })).toBe(2);
  });

  test("two and two leaders answering opposite ways: no gap is called wide, and the page says why", async ({ page, context, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    const org = await createOrganization(db, { name: `Two and two ${Date.now()}`, ownerId: user.id });
    const assessment = await createAssessment(db, org.id, { title: "Two and two", createdById: user.id, questionnaireVersionId: "v2" });
    await db.wave.updateMany({ where: { assessmentId: assessment.id }, data: { quorumMarketing: 2, quorumIt: 2 } }); // quorum is per wave
    const waveId = assessment.waves[0]!.id;
    // every yes-no question: marketing says yes, IT says no (a 100-point raw gap on each)
    const opposite = QUESTIONNAIRE_V2.items.filter((i) => i.kind === "yes-no" && i.section !== "context" && !i.mirror).map((i) => i.key);
    expect(opposite.length).toBeGreaterThan(5);
    let seed = 0;
    for (const side of ["marketing", "it"] as Side[]) {
      for (let i = 0; i < 2; i++) {
        const answers: Record<string, unknown> = completeAnswers(QUESTIONNAIRE_V2, side, (seed += 5));
        for (const key of opposite) answers[key] = side === "marketing";
        await createSubmittedRespondent(db, { assessmentId: assessment.id, waveId, side, tier: "leader", answers, version: "v2", name: `${side} leader ${i}`, consentShowName: false });
      }
    }
    await signInAs(context, db, user);
    await page.goto(`/app/assessments/${assessment.id}/results`);
    await page.getByRole("button", { name: "Reveal results" }).click();
    await expect(page.getByRole("heading", { name: "How sure these results are" })).toBeVisible();
    await openAllDetails(page);

    // the raw gaps are 100 points, yet none is labelled wide: too few answers to tell
    const row = page.locator(`tr[data-item="${opposite[0]}"]`).first();
    expect(pageNumber(await row.getByTestId("gap").innerText())).toBe(100);
    const labels = await page.getByTestId("gap-label").allInnerTexts();
    expect(labels.length).toBeGreaterThan(opposite.length);
    expect(labels.filter((l) => l.trim() === "wide")).toEqual([]);
    expect(new Set(labels.map((l) => l.trim()))).toEqual(new Set(["too few answers to tell"]));
    // why, in plain words, and what would give evidence
    const summary = page.getByTestId("evidence-summary");
    await expect(summary).toContainText("Only 2 marketing respondents: fewer than 3, so no gap, comparison or mirror check involving marketing gets a verdict");
    await expect(summary).toContainText("Invite at least 1 more from IT");
    await expect(summary.getByTestId("comparison-count")).toHaveText(/^\d+ comparisons$/);
    await expect(page.getByTestId("no-recommendation")).toHaveText("Nothing can be recommended: with fewer than 3 respondents on a side, nothing could be tested.");
    await expect(page.getByTestId("summary-limits")).toContainText("Only 2 marketing respondents: fewer than 3, so no gap, comparison or prediction involving marketing can be tested");
    // each side's own wording where the sides were asked differently
    await expect(page.getByText("Marketing was asked:").first()).toBeVisible();
    await expect(page.getByText("IT was asked:").first()).toBeVisible();
    await expectNoAxeViolations(page);

    // the CSV says the same
    const csv = await downloadOf(page, "Download CSV");
    const rows = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
    const gapRows = rows.filter((r) => opposite.includes(r.item_key!));
    expect(gapRows.length).toBeGreaterThan(0);
    expect(gapRows.every((r) => r.gap_label === "too few answers to tell" && r.anecdotal === "yes" && r.scoring_model === "v2")).toBe(true);
  });
});
