// Questionnaire authoring end to end: an admin copies v2 into a draft, adds an item with a benchmark link, sees
// the validation problem naming it, fixes it, previews the draft as the IT side and publishes it; a facilitator
// then gets the new version as the default for a new assessment and an IT leader answers the new item.
import type { Browser, Page } from "@playwright/test";
import { questionnaireFromRow } from "../lib/catalogue/rows";
import type { Db } from "../lib/db/create-db";
import type { Prisma } from "../lib/generated/prisma/client";
import { completeAnswers } from "../lib/test/answers";
import { prefilledAnswers } from "../lib/respondent/prefilled";
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs } from "./support/auth";
import { expect, test } from "./support/fixtures";

const NEW_KEY = "tr-shared-roadmap";
const PROMPT = "Do marketing and IT work from one shared technology roadmap?";
const FIGURE = "a12-relationship-improved-cio";
const ORGANIZATION = { industry: "Insurance", region: "eala", revenueBand: "1-5bn", businessModel: "b2b2c" };

let versionId = "";

async function fillNewItem(page: Page) {
  await page.getByLabel("Key", { exact: true }).fill(NEW_KEY);
  await page.getByLabel("Section", { exact: true }).selectOption("trust");
  await page.getByLabel("Kind of question").selectOption("yes-no");
  await page.getByLabel("Question for marketing respondents").fill(PROMPT);
  await page.getByLabel("Trust", { exact: true }).check();
  await page.getByLabel("Polarity").selectOption("higher-is-better");
  await page.getByLabel("Fidelity to the published survey").selectOption("adapted");
  await page.getByRole("button", { name: "Add a benchmark link" }).click();
  await page.getByLabel("Link 1 figure").selectOption(FIGURE);
  await page.getByLabel("Link 1 compared with").selectOption("it");
  await page.getByLabel("Link 1 agreeing answers").fill("equals yes");
  // a yes/no item has no options: naming one is the mistake the draft's page must point out
  await page.getByLabel("Link 1 option (optional)").fill("nope");
}

test.describe("admin: questionnaire authoring", () => {
  test.describe.configure({ mode: "serial" }); // each test goes on with the version the first one starts

  test("copies v2, adds and links an item, sees the problem naming it and fixes it", async ({ page, context, db }) => {
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    await signInAs(context, db, admin);
    await page.goto("/admin/questionnaires");
    await page.getByLabel("Copy from").selectOption("v2");
    await page.getByLabel("Title of the new version").fill(`Authoring ${Date.now()}`);
    await page.getByRole("button", { name: "Start a new version as a copy" }).click();
    const status = page.getByRole("status").filter({ hasText: /^Draft v\d+ started from v2/ });
    await expect(status).toBeVisible();
    versionId = /Draft (v\d+)/.exec((await status.textContent()) ?? "")![1]!;

    await page.getByRole("link", { name: `Edit the items of ${versionId}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${versionId}: Authoring`) })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Validation: no problems" })).toBeVisible();
    await expectNoAxeViolations(page);

    // a new item: the empty form is refused field by field, then the item is saved with a link naming a missing option
    await page.getByRole("link", { name: "Add an item" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Add an item to ${versionId}` })).toBeVisible();
    await page.getByRole("button", { name: "Add the item" }).click();
    await expect(page.getByText("Enter the item key (at least 2 characters)")).toBeVisible();
    await expect(page.getByLabel("Key", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await fillNewItem(page);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Add the item" }).click();

    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${versionId}: `) })).toBeVisible();
    const problems = page.getByRole("region", { name: /^Validation: 2 problems/ });
    await expect(problems).toContainText(`item ${NEW_KEY}: link to "${FIGURE}" names unknown option "nope"`);
    await expect(problems).toContainText(`questionnaire ${versionId}: 46 items outside the context section (expected 30-45)`);
    await expect(page.getByRole("button", { name: `Publish ${versionId}` })).toBeDisabled();
    const stored = await db.questionnaireItem.findUniqueOrThrow({ where: { id: `${versionId}:${NEW_KEY}` }, include: { figures: true } });
    expect(stored.figures.map((f) => f.figureId)).toEqual([FIGURE]);

    // fix the link on the item's own page, which lists the item's problem too
    await page.getByRole("link", { name: NEW_KEY, exact: true }).click();
    await expect(page.getByRole("heading", { name: "Problems with this item" })).toBeVisible();
    await expect(page.getByLabel("Link 1 option (optional)")).toHaveValue("nope");
    await expectNoAxeViolations(page);
    await page.getByLabel("Link 1 option (optional)").fill("");
    await page.getByRole("button", { name: "Save the item" }).click();
    await expect(page.getByRole("region", { name: /^Validation: 1 problem$/ })).toContainText("46 items outside the context section");
  });

  test("removes and moves items, previews the draft as the IT side and publishes it", async ({ page, context, db }) => {
    expect(versionId, "the draft the previous test started (serial mode runs them in order)").not.toBe("");
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    await signInAs(context, db, admin);
    await page.goto(`/admin/questionnaires/${versionId}`);
    await expect(page.getByRole("region", { name: /^Validation: 1 problem$/ })).toBeVisible();

    // back to 45: remove one item, and move the new one up within its section
    await page.getByRole("button", { name: "Remove tr-promises" }).click();
    await page.getByRole("button", { name: "Confirm: remove tr-promises" }).click();
    await expect(page.getByRole("heading", { name: "Validation: no problems" })).toBeVisible();
    const keys = async () => (await db.questionnaireItem.findMany({ where: { versionId }, orderBy: { position: "asc" }, select: { key: true } })).map((i) => i.key);
    const before = await keys();
    expect(before).not.toContain("tr-promises");
    await page.getByRole("button", { name: `Move up ${NEW_KEY}` }).click();
    await expect.poll(async () => (await keys()).indexOf(NEW_KEY)).toBe(before.indexOf(NEW_KEY) - 1);

    // the preview shows the IT side's wording and controls, disabled
    await page.getByRole("link", { name: "Preview as the IT side" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Preview of ${versionId} as the IT side` })).toBeVisible();
    const preview = page.locator(`#item-${NEW_KEY}`);
    await expect(preview).toContainText(PROMPT);
    await expect(preview.getByRole("radio", { name: "Yes", exact: true })).toBeDisabled();
    await expect(page.locator("#item-tr-collaboration-level")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: `Back to ${versionId}` }).click();
    await page.getByRole("button", { name: `Publish ${versionId}` }).click();
    await page.getByRole("button", { name: `Confirm: publish ${versionId} now` }).click();
    await expect(page.getByText(/Immutable: published/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Add an item" })).toHaveCount(0);
    const version = await db.questionnaireVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(version.status).toBe("published");
    expect(version.publishedAt).not.toBeNull();
    const audited = await db.auditLog.findMany({ where: { OR: [{ targetId: versionId }, { targetId: { startsWith: `${versionId}:` } }] }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audited.map((a) => a.action)).toEqual([
      "questionnaire.copy",
      "questionnaire.item-add",
      "questionnaire.item-update",
      "questionnaire.item-remove",
      "questionnaire.item-move",
      "questionnaire.publish",
    ]);
  });

  test("a facilitator's new assessment gets the new version; an IT leader answers the new item", async ({ page, context, db, browser }) => {
    expect(versionId, "the version the previous test published (serial mode runs them in order)").not.toBe("");
    const facilitator = await createUser(db, { role: "facilitator" });
    await signInAs(context, db, facilitator);
    const name = `Authoring Insurance ${Date.now()}`;
    await page.goto("/app");
    await page.getByRole("link", { name: "New organization" }).click();
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Industry").selectOption(ORGANIZATION.industry);
    await page.getByLabel("Region").selectOption(ORGANIZATION.region);
    await page.getByLabel("Annual revenue").selectOption(ORGANIZATION.revenueBand);
    await page.getByLabel("Business model").selectOption(ORGANIZATION.businessModel);
    await page.getByRole("button", { name: "Create organization" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await page.getByRole("link", { name: "New assessment" }).click();
    await expect(page.getByLabel("Questionnaire version")).toHaveValue(versionId); // the newest published is the default
    await page.getByLabel("Title").fill("Authored questionnaire");
    await page.getByRole("button", { name: "Create assessment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Authored questionnaire" })).toBeVisible();
    await expect(page.getByText(`Questionnaire ${versionId}`)).toBeVisible();
    // other specs create assessments through the form and answer them as v2: make v2 the default again (back-date)
    await db.questionnaireVersion.update({ where: { id: versionId }, data: { publishedAt: new Date("2026-01-01") } });

    await page.getByLabel("Name", { exact: true }).fill("Rita IT");
    await page.getByLabel("Side", { exact: true }).selectOption("it");
    await page.getByLabel("Tier", { exact: true }).selectOption("leader");
    await page.getByRole("button", { name: "Add participant" }).click();
    const link = new URL(await page.getByLabel("Invitation link for Rita IT").inputValue()).pathname;
    await answerAsRespondent(browser, page.url(), link, db);
  });
});

test("a facilitator gets 404 on a version's pages, its item forms and its preview", async ({ page, context, db }) => {
  const facilitator = await createUser(db, { role: "facilitator" });
  await signInAs(context, db, facilitator);
  for (const path of ["/admin/questionnaires/v2", "/admin/questionnaires/v2/items/new", "/admin/questionnaires/v2/items/tr-promises", "/admin/questionnaires/v2/preview?side=it"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

async function answerAsRespondent(browser: Browser, baseURL: string, link: string, db: Db) {
  const respondent = await browser.newContext({ baseURL });
  const page = await respondent.newPage();
  await page.goto(link);
  await page.getByLabel(/I agree to take part/).check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/respond\/context/);

  // every other question is answered through the database; the new one in the browser
  const row = await db.questionnaireVersion.findUniqueOrThrow({ where: { id: versionId }, include: { items: { orderBy: { position: "asc" } } } });
  const q = questionnaireFromRow(row);
  const response = await db.response.findFirstOrThrow({ where: { participant: { name: "Rita IT", assessment: { questionnaireVersionId: versionId } } } });
  const answers = completeAnswers(q, "it", 3, prefilledAnswers(q, { side: "it", tier: "leader", organization: ORGANIZATION }));
  delete answers[NEW_KEY];
  await db.answer.createMany({
    data: Object.entries(answers).map(([key, value]) => ({ responseId: response.id, itemId: `${versionId}:${key}`, value: value as Prisma.InputJsonValue })),
  });

  await page.goto("/respond/trust");
  const item = page.locator(`#item-${NEW_KEY}`);
  await expect(item).toContainText(PROMPT);
  await item.getByRole("radio", { name: "Yes", exact: true }).check();
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();
  await page.getByRole("button", { name: "Review answers" }).click();
  await expect(page.getByRole("heading", { name: "Review and submit" })).toBeVisible();
  await expect(page.getByText("Every question is answered.")).toBeVisible();
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
  const stored = await db.answer.findUniqueOrThrow({ where: { responseId_itemId: { responseId: response.id, itemId: `${versionId}:${NEW_KEY}` } } });
  expect(stored.value).toBe(true);
  expect((await db.response.findUniqueOrThrow({ where: { id: response.id } })).status).toBe("submitted");
  await respondent.close();
}
