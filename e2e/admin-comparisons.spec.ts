// The admin journey: sign in with two-factor, import a new benchmark source from CSV (one bad row: clear errors,
// nothing imported; then fixed), filter the cross-organization comparison by industry and side, download CSV,
// XLSX and JSON, and the files carry the same figures as the page. Also: the demo panel is labelled synthetic; the
// "Waves counted" choice (every revealed wave, or each organization's latest) reaches the page, its text and the files.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { Db } from "../lib/db/create-db";
import type { Side, Tier } from "../lib/domain";
import { QUESTIONNAIRE_V1 } from "../lib/questionnaire/builtin";
import { completeAnswers } from "../lib/test/answers";
import { createSubmittedRespondent } from "../lib/test/submitted";
import { createAssessment, createOrganization } from "../prisma/factories";
import { expectNoAxeViolations } from "./support/axe";
import { createUser, freshTotp, signInAs, testClientAddress } from "./support/auth";
import { suffixOf, uniqueFixture } from "./support/benchmark-fixtures";
import { expect, test } from "./support/fixtures";

const INDUSTRY = "Telecommunications";

/** Six opted-in organizations of one industry, each with one revealed wave (the panel summarizes them on the next view). */
export async function telecomPanel(db: Db, organizations = 6) {
  const existing = await db.organization.count({ where: { industry: INDUSTRY, isDemo: false, panelOptIn: true, name: { startsWith: "Panel telecom" } } });
  for (let o = existing; o < organizations; o++) {
    const org = await createOrganization(db, { name: `Panel telecom ${o}`, industry: INDUSTRY, region: "apac", panelOptIn: true });
    const assessment = await createAssessment(db, org.id);
    const waveId = assessment.waves[0]!.id;
    const people: [Side, Tier][] = [
      ["marketing", "leader"],
      ["it", "leader"],
      ["it", "leader"],
    ];
    for (const [i, [side, tier]] of people.entries()) {
      await createSubmittedRespondent(db, { assessmentId: assessment.id, waveId, side, tier, submittedAt: new Date(Date.now() - 60_000), answers: completeAnswers(QUESTIONNAIRE_V1, side, o * 7 + i) });
    }
    await db.wave.update({ where: { id: waveId }, data: { revealedAt: new Date(), status: "closed" } });
  }
}

/**
 * Five opted-in media organizations, each with one revealed wave (yesterday); the first has a second one (now). All
 * first waves are revealed in one statement, so a test running beside this one never sees one to four of them.
 */
async function mediaPanel(db: Db) {
  const industry = "Media & Entertainment";
  const waves: string[] = [];
  const answer = async (assessmentId: string, waveId: string, seed: number) => {
    for (const side of ["marketing", "it"] as Side[]) {
      await createSubmittedRespondent(db, { assessmentId, waveId, side, tier: "leader", consentShowName: true, submittedAt: new Date(Date.now() - 2 * 86_400_000), answers: completeAnswers(QUESTIONNAIRE_V1, side, seed * 2 + (side === "it" ? 1 : 0)) });
    }
  };
  let first: { assessmentId: string } | null = null;
  for (let o = 0; o < 5; o++) {
    const org = await createOrganization(db, { name: `Panel media ${o}`, industry, region: "americas", panelOptIn: true });
    const assessment = await createAssessment(db, org.id);
    first ??= { assessmentId: assessment.id };
    waves.push(assessment.waves[0]!.id);
    await answer(assessment.id, assessment.waves[0]!.id, 100 + o);
  }
  const second = await db.wave.create({ data: { assessmentId: first!.assessmentId, number: 2, label: "Wave 2", status: "open", questionnaireVersionId: QUESTIONNAIRE_V1.version } });
  await answer(first!.assessmentId, second.id, 200);
  await db.wave.updateMany({ where: { id: { in: waves } }, data: { revealedAt: new Date(Date.now() - 86_400_000), status: "closed" } });
  await db.wave.update({ where: { id: second.id }, data: { revealedAt: new Date(), status: "closed" } });
  return industry;
}

const download = async (page: Page, name: string) => {
  const pending = page.waitForEvent("download");
  await page.getByRole("link", { name }).click();
  const file = await (await pending).path();
  return readFileSync(file!);
};

test.describe("admin: benchmark comparisons across organizations", () => {
  test("journey: two-factor sign-in, CSV import (bad row, then fixed), comparison by industry and side, three downloads matching the page", async ({ page, context, db }) => {
    test.setTimeout(90_000);
    await telecomPanel(db);
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": testClientAddress() });

    // sign in: password, then the authenticator code
    await page.goto("/signin?next=%2Fadmin");
    await expectNoAxeViolations(page);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("6-digit code").fill(await freshTotp(admin.totpSecret!));
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expectNoAxeViolations(page);

    // import a new source: the bad file is refused with the row named and nothing written; the fixed one imports
    const suffix = suffixOf();
    await page.getByRole("link", { name: "Benchmark library" }).click();
    await page.getByRole("link", { name: "Import a source from CSV" }).click();
    await page.getByLabel("CSV file").setInputFiles(uniqueFixture("benchmark-import-bad.csv", suffix));
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Nothing can be imported" }).getByRole("listitem")).toHaveText([/^Row 3: value: .*120/]);
    await expectNoAxeViolations(page);
    expect(await db.benchmarkSource.count({ where: { id: `wave-2027-${suffix}` } })).toBe(0);
    await page.getByLabel("CSV file").setInputFiles(uniqueFixture("benchmark-import-good.csv", suffix));
    await page.getByRole("button", { name: "Preview import" }).click();
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported 4 figures." })).toBeVisible();
    expect(await db.benchmarkFigure.count({ where: { sourceId: `wave-2027-${suffix}` } })).toBe(4);

    await page.goto("/admin");
    await page.getByRole("link", { name: "Benchmark comparisons" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Benchmark comparisons" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Industry").selectOption(INDUSTRY);
    await page.getByLabel("Side", { exact: true }).selectOption("it");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/industry=Telecommunications/);
    await expect(page).toHaveURL(/side=it/);
    await expect(page.getByRole("heading", { name: /^Panel: 6 organizations, 6 organization-waves$/ })).toBeVisible();
    await expect(page.getByText(/^Revealed \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d \(UTC\)\./)).toBeVisible();
    await expectNoAxeViolations(page);

    const table = page.getByRole("table", { name: /Published figures beside the panel/ });
    const rows = table.locator("tbody tr");
    const count = await rows.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) await expect(rows.nth(i).getByRole("cell").first()).toHaveText("IT");
    // the imported 2027 figure measures the same as the 2012 one: same panel, its own published value and source
    const panelOf = (figure: string) => table.locator(`tbody tr[data-figure="${figure}"]`).getByRole("cell").nth(2);
    await expect(panelOf(`w27${suffix}-need-alignment-cio`)).toHaveText((await panelOf("a12-need-alignment-cio").textContent())!);
    await expect(panelOf(`w27${suffix}-need-alignment-cio`)).toContainText("6 organizations");
    await expect(table.locator(`tbody tr[data-figure="w27${suffix}-need-alignment-cio"]`)).toContainText("Bridge Research Panel, 2027");
    await expect(table.locator(`tbody tr[data-figure="w27${suffix}-need-alignment-cio"]`).getByRole("cell").nth(1)).toContainText("79%");

    // a row whose panel cell is shown: its figure id, panel mean and published value, as the page prints them
    const shownRow = rows.filter({ hasText: "6 organizations" }).first();
    const figureId = (await shownRow.getAttribute("data-figure"))!;
    const panelText = (await shownRow.getByRole("cell").nth(2).textContent())!;
    const pageMean = Number(/^([\d.]+)%/.exec(panelText)![1]);
    const publishedText = (await shownRow.getByRole("cell").nth(1).textContent())!;
    const pagePublished = Number(/^([\d.]+)%/.exec(publishedText)![1]);
    const itemText = (await shownRow.getByRole("rowheader").textContent())!;
    const item = /item (v1:[a-z0-9-]+)/.exec(itemText)![1]!;

    // CSV
    const csv = parse(await download(page, "Download CSV"), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(count);
    expect(csv.every((r) => r.side === "IT" && r.filters === "industry=Telecommunications; side=it")).toBe(true);
    const csvRow = csv.find((r) => r.figure_id === figureId && r.item === item)!;
    expect(Number(csvRow.panel_value).toFixed(1)).toBe(pageMean.toFixed(1));
    expect(Number(csvRow.published_value)).toBe(pagePublished);
    expect(csvRow.panel_organizations).toBe("6");
    expect(csvRow.source_year).toMatch(/^20(1[0-4])$/);
    expect(csvRow.locator_quote!.length).toBeGreaterThan(10);
    expect(csvRow.exported_at_utc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(csvRow.panel_period_from_utc).toMatch(/^\d{4}-\d\d-\d\d$/);

    // XLSX
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(page, "Download XLSX")) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Comparison")!;
    expect(ws.rowCount).toBe(count + 1);
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    let xlsxMean: unknown;
    ws.eachRow((row, n) => {
      if (n > 1 && row.getCell(col("Published figure id")).value === figureId && row.getCell(col("Questionnaire item(s)")).value === item) {
        xlsxMean = row.getCell(col("Panel mean of organization shares (%)")).value;
      }
    });
    expect(typeof xlsxMean).toBe("number");
    expect((xlsxMean as number).toFixed(1)).toBe(pageMean.toFixed(1));

    // JSON
    const json = JSON.parse((await download(page, "Download JSON")).toString("utf8"));
    expect(json.meta).toMatchObject({ panel: "real", filters: { industry: INDUSTRY, side: "it" }, organizations: 6 });
    const jsonRow = json.rows.find((r: Record<string, unknown>) => r.figure_id === figureId && r.item === item);
    expect(jsonRow.panel_value.toFixed(1)).toBe(pageMean.toFixed(1));
    expect(jsonRow.published_value).toBe(pagePublished);

    expect(await db.auditLog.count({ where: { actorId: admin.id, action: { startsWith: "export.comparison-" } } })).toBe(3);
  });

  test("the demo panel is labelled synthetic and the real panel never includes it", async ({ page, context, db }) => {
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    await signInAs(context, db, admin);
    await page.goto("/admin/comparisons?panel=demo");
    await expect(page.getByText(/Demo data: synthetic organizations generated by the seed/)).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Demo panel: 16 organizations/ })).toBeVisible();
    await expect(page.getByRole("table").locator("tbody tr").filter({ hasText: "16 organizations" }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/admin/comparisons?industry=Banking");
    await expect(page.getByText(/Demo data/)).toHaveCount(0);
    // six demo banks exist, but none is in the real panel
    await expect(page.getByRole("table").locator("tbody tr").filter({ hasText: /\d+ organizations, \d+ respondents/ })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /^Panel: fewer than 5 organizations$/ })).toBeVisible();
  });

  test("waves counted: every revealed wave by default, each organization's latest on request, in the page and the files", async ({ page, context, db }) => {
    const industry = await mediaPanel(db);
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    await signInAs(context, db, admin);
    await page.goto(`/admin/comparisons?${new URLSearchParams({ industry })}`);
    await expect(page.getByRole("heading", { name: /^Panel: 5 organizations, 6 organization-waves$/ })).toBeVisible();
    await expect(page.getByText(/^Every revealed wave is counted: an organization with several revealed waves contributes one value per wave\.$/)).toBeVisible();
    await expect(page.getByText(/each organization counted once per wave/)).toBeVisible();
    const waves = page.getByLabel("Waves counted");
    await expect(waves).toHaveValue("");
    await expect(waves).toHaveAccessibleDescription(/latest: the last revealed within the chosen dates/i);

    await waves.selectOption({ label: "Each organization's latest wave" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/waves=latest/);
    await expect(page.getByRole("heading", { name: /^Panel: 5 organizations, 5 organization-waves$/ })).toBeVisible();
    await expect(page.getByText(/^Only each organization's latest revealed wave is counted: of its waves revealed within the chosen dates/)).toBeVisible();
    await expect(page.getByText(/each organization counted once, with its latest revealed wave only/)).toBeVisible();
    await expect(page.getByLabel("Waves counted")).toHaveValue("latest");
    await expect(page.getByLabel("Industry")).toHaveValue(industry);
    const shown = page.getByRole("table").locator("tbody tr").filter({ hasText: "5 organizations" });
    expect(await shown.count()).toBeGreaterThan(10);
    await expectNoAxeViolations(page);

    // the files say which waves they count, as they say the other filters
    const csv = parse(await download(page, "Download CSV"), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv.length).toBeGreaterThan(10);
    expect(csv.every((r) => r.filters === `industry=${industry}; waves=latest`)).toBe(true);
    expect(csv.filter((r) => r.panel_value !== "").every((r) => r.panel_organizations === "5" && r.panel_waves === "5")).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(page, "Download XLSX")) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Comparison")!;
    const filtersCol = ((ws.getRow(1).values as unknown[]).slice(1) as string[]).indexOf("Filters") + 1;
    expect(ws.getRow(2).getCell(filtersCol).value).toBe(`industry=${industry}; waves=latest`);
    const json = JSON.parse((await download(page, "Download JSON")).toString("utf8"));
    expect(json.meta).toMatchObject({ filters: { industry, waves: "latest" }, waves: "latest", organizations: 5, organizationWaves: 5 });
    expect(json.meta.wavesCounted).toMatch(/^Only each organization's latest revealed wave is counted/);

    // back to every wave: the first organization counts twice again
    await page.getByLabel("Waves counted").selectOption({ label: "Every revealed wave" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("heading", { name: /^Panel: 5 organizations, 6 organization-waves$/ })).toBeVisible();
    await expect(page).toHaveURL(/[?&]waves=(&|$)/); // the form's "Every revealed wave" is the empty value, as "any" is for the other filters
  });

  test("an invalid filter is reported and ignored; the export answers 400", async ({ page, context, db }) => {
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    await signInAs(context, db, admin);
    await page.goto("/admin/comparisons?panel=demo&side=finance&from=2026-13-40");
    await expect(page.getByRole("alert").filter({ hasText: "Ignored invalid filters" })).toContainText("side must be marketing or it");
    // the valid filter is kept: still the demo panel
    await expect(page.getByText(/Demo data: synthetic organizations/)).toBeVisible();
    const response = await page.request.get("/admin/comparisons/export/csv?tier=boss");
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatch(/^tier:/);
    const waves = await page.request.get("/admin/comparisons/export/csv?waves=newest");
    expect(waves.status()).toBe(400);
    expect((await waves.json()).error).toBe("waves: must be all or latest");
    await page.goto("/admin/comparisons?panel=demo&waves=newest");
    await expect(page.getByRole("alert").filter({ hasText: "Ignored invalid filters" })).toContainText("waves must be all or latest");
    await expect(page.getByText(/^Every revealed wave is counted/)).toBeVisible();
  });
});
