// One catalogue at runtime: a source an admin imports (a later survey wave whose figures measure the same as
// linked ones) can be chosen for an assessment, and then the team results, both exports and a respondent's own
// page compare with its figures and with no figure of a source the facilitator did not choose.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs } from "./support/auth";
import { suffixOf, uniqueFixture } from "./support/benchmark-fixtures";
import { expect, test } from "./support/fixtures";
import type { Side } from "../lib/domain";
import { QUESTIONNAIRE_V2 } from "../lib/questionnaire/builtin";
import { completeAnswers } from "../lib/test/answers";
import { createSubmittedRespondent } from "../lib/test/submitted";
import { createOrganization } from "../prisma/factories";

async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return readFile((await file.path())!);
}

test("an imported source chosen alone is the only one compared, on the team page, in the exports and on a respondent's own page", async ({ page, context, db }) => {
  test.setTimeout(90_000);
  const suffix = suffixOf();
  const sourceId = `wave-2027-${suffix}`;
  const cmoFigure = `w27${suffix}-need-alignment-cmo`;

  // the admin imports the 2027 wave: its need-alignment figures measure the same as Accenture 2012's
  const admin = await createUser(db, { role: "admin", twoFactor: true });
  await signInAs(context, db, admin);
  await page.goto("/admin/benchmarks/import");
  await page.getByLabel("CSV file").setInputFiles(uniqueFixture("benchmark-import-good.csv", suffix));
  await page.getByRole("button", { name: "Preview import" }).click();
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 4 figures." })).toBeVisible();
  expect(await db.benchmarkFigure.findUniqueOrThrow({ where: { id: cmoFigure } })).toMatchObject({ variantOf: "a12-need-alignment-cmo", value: 62 });

  // a facilitator chooses only that source for a new assessment
  await context.clearCookies();
  const facilitator = await createUser(db, { role: "facilitator" });
  const org = await createOrganization(db, { name: `Catalogue org ${suffix}`, ownerId: facilitator.id });
  await signInAs(context, db, facilitator);
  await page.goto(`/app/organizations/${org.id}/assessments/new`);
  await page.getByLabel("Title").fill("Against the 2027 wave");
  await page.getByLabel("Questionnaire version").selectOption("v2");
  await page.getByRole("checkbox", { name: /Accenture.*2012/ }).first().uncheck();
  // other specs import the same fixture under other ids: pick this test's copy by its value
  const chosen = page.getByRole("checkbox", { name: /CMO-CIO Alignment Survey 2027/ }).and(page.locator(`[value="${sourceId}"]`));
  await chosen.check();
  await page.getByLabel("Quorum: marketing responses").fill("3");
  await page.getByLabel("Quorum: IT responses").fill("3");
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Against the 2027 wave" })).toBeVisible();
  const assessment = await db.assessment.findFirstOrThrow({ where: { organizationId: org.id }, include: { benchmarkSources: true, waves: true } });
  expect(assessment.benchmarkSources.map((s) => s.sourceId)).toEqual([sourceId]);
  expect(assessment.questionnaireVersionId).toBe("v2");

  // three leaders a side answer; one marketing leader keeps the invite link to read their own page
  let token = "";
  let seed = 0;
  for (const side of ["marketing", "it"] as Side[]) {
    for (let i = 0; i < 3; i++) {
      const answers = completeAnswers(QUESTIONNAIRE_V2, side, (seed += 7));
      const created = await createSubmittedRespondent(db, { assessmentId: assessment.id, waveId: assessment.waves[0]!.id, side, tier: "leader", answers, version: "v2", name: `${side} ${i}` });
      if (side === "marketing" && i === 0) token = created.token;
    }
  }

  // the team results: the 2027 figure, none of Accenture 2012's (the one it re-measures) or any other source's
  await page.goto(`/app/assessments/${assessment.id}/results`);
  await page.getByRole("button", { name: "Reveal results" }).click();
  await expect(page.getByRole("heading", { name: "How sure these results are" })).toBeVisible();
  await expect(page.locator(`[data-figure="${cmoFigure}"]`)).toContainText("62% of CMOs (95% 57–67%, n = 410; Bridge Research Panel, 2027)");
  await expect(page.locator(`[data-figure="w27${suffix}-need-alignment-cio"]`)).toContainText("79% of CIOs (95% 74–84%, n = 260; Bridge Research Panel, 2027)");
  const shown = await page.locator("[data-figure]").evaluateAll((els) => els.map((e) => e.getAttribute("data-figure")));
  expect(shown.length).toBeGreaterThanOrEqual(2);
  expect(shown.filter((id) => !id?.startsWith(`w27${suffix}-`))).toEqual([]);
  await expect(page.getByText(/; (Accenture|Forrester|CMO Council)[^;]*, 20\d\d\)/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // the CSV: every published figure on it is the chosen source's
  const rows = parse(await download(page, "Download CSV"), { bom: true, columns: true }) as Record<string, string>[];
  const figureRows = rows.filter((r) => r.figure_id);
  expect(figureRows.map((r) => r.figure_id)).toContain(cmoFigure);
  expect(new Set(figureRows.map((r) => r.figure_id!.startsWith(`w27${suffix}-`)))).toEqual(new Set([true]));
  expect(new Set(figureRows.map((r) => r.source_year))).toEqual(new Set(["2027"]));
  expect(figureRows.find((r) => r.figure_id === cmoFigure)).toMatchObject({ figure_value: "62", figure_n: "410" });

  // the XLSX: the same
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await download(page, "Download Excel (XLSX)")) as unknown as ArrayBuffer);
  const items: unknown[][] = [];
  wb.getWorksheet("Items")!.eachRow((r) => items.push((r.values as unknown[]).slice(1)));
  const col = (items[0] as string[]).findIndex((h) => /^Published figure id$/.test(h));
  const ids = items.slice(1).map((r) => r[col]).filter((v) => typeof v === "string" && v);
  expect(ids).toContain(cmoFigure);
  expect(ids.every((id) => String(id).startsWith(`w27${suffix}-`))).toBe(true);

  // the marketing leader's own page: the 2027 CMO figure, not Accenture 2012's
  await context.clearCookies();
  await page.goto(`/r/${token}`);
  await page.getByRole("link", { name: "See your personal results" }).click();
  await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
  await expect(page.getByText(/62% of CMOs agree marketing and IT need to be aligned/)).toBeVisible();
  await expect(page.getByText(/Bridge Research Panel, 2027/).first()).toBeVisible();
  await expect(page.getByText(/56% of CMOs agree/)).toHaveCount(0);
  await expect(page.getByText(/\((Accenture|Trade press|Forrester|CMO Council)[^)]*, 20\d\d[,)]/)).toHaveCount(0);
  await expect(page.getByText(/Forrester|CMO Council/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});
