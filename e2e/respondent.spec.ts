import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { answerWithKeyboard, completeSection, itemsOfSection, SECTIONS, tabInto } from "./support/questionnaire";

async function consent(page: Page, link: string) {
  await page.goto(link);
  await expect(page).toHaveURL(/\/respond$/);
  await page.getByLabel(/I agree to take part/).check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/respond\/context/);
}

async function noHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

test.describe("respondent journeys", () => {
  test("a marketing leader completes the assessment on a phone and sees the CMO benchmarks", async ({ page, invite }) => {
    test.setTimeout(120_000); // every question answered on a phone: 39 s in CI beside another worker
    await page.setViewportSize({ width: 375, height: 812 });
    const { link } = await invite("marketing", "leader", "Maya Marketing");
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Welcome, Maya Marketing" })).toBeVisible();
    await expectNoAxeViolations(page);
    await noHorizontalScroll(page);
    await page.getByLabel(/I agree to take part/).check();
    await page.getByLabel(/Name me in the results/).check();
    await expect(page.getByText(/If you are your side.s only leader, your answers are left out of the results/)).toBeVisible();
    await page.getByRole("button", { name: "Start the assessment" }).click();

    for (const [index, section] of SECTIONS.entries()) {
      await expect(page).toHaveURL(new RegExp(`/respond/${section}`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(`Section ${index + 1} of ${SECTIONS.length}`);
      if (index === 1) await expectNoAxeViolations(page); // a section with agreement, single-choice and yes-no items
      if (index === 3) {
        await expectNoAxeViolations(page); // trade-off, percentage, choose-up-to
        await noHorizontalScroll(page);
      }
      await completeSection(page, section, "marketing", index);
      await page.getByRole("button", { name: index < SECTIONS.length - 1 ? "Next section" : "Review answers" }).click();
    }
    await expect(page.getByRole("heading", { name: "Review and submit" })).toBeVisible();
    await expect(page.getByText("Every question is answered.")).toBeVisible();
    // the answers themselves, section by section, each with a way back to it
    await expect(page.getByRole("heading", { level: 2, name: "Your answers" })).toBeVisible();
    const context = page.getByRole("region", { name: "About you and your organization" });
    await expect(context.getByRole("definition").filter({ hasText: "Banking" })).toContainText("Given from your organization's profile");
    const trust = page.getByRole("region", { name: "Trust and collaboration" });
    await expect(trust.getByRole("term").filter({ hasText: "Which C-suite relationships matter most" })).toBeVisible();
    await expect(trust.getByRole("definition").filter({ hasText: "1. Chief executive officer (CEO); 2. Chief financial officer (CFO)" })).toBeVisible();
    await expect(trust.getByRole("link", { name: /^Change your answer to: Which C-suite relationships/ })).toHaveAttribute("href", "/respond/trust#item-tr-relationships");
    await noHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Submit my answers" }).click();

    await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /published figures for CMOs/ })).toBeVisible();
    // the CMO figure, not the CIO one, with its sample size and interval
    await expect(page.getByText(/56% of CMOs agree they need to be aligned/)).toBeVisible();
    await expect(page.getByText(/77% of CIOs/)).toHaveCount(0);
    await expect(page.getByText(/n = 405, 95% interval/).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Your scores on the five imperatives" })).toBeVisible();
    await expectNoAxeViolations(page);
    await noHorizontalScroll(page);
  });

  test("an IT leader completes the assessment with the keyboard alone", async ({ page, invite }) => {
    test.setTimeout(120_000); // six sections typed key by key: ~15 s alone, 47 s and over 60 s in CI beside another worker
    const { link } = await invite("it", "leader");
    await page.goto(link);
    await tabInto(page, "label:has(input[name=agree])");
    await page.keyboard.press("Space");
    await tabInto(page, "button[type=submit]");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/respond\/context/);

    for (const [index, section] of SECTIONS.entries()) {
      await expect(page).toHaveURL(new RegExp(`/respond/${section}`));
      for (const item of itemsOfSection(section, "it")) await answerWithKeyboard(page, item);
      await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();
      await tabInto(page, "button[type=submit]");
      await expect(page.locator(":focus")).toHaveText(index < SECTIONS.length - 1 ? "Next section" : "Review answers");
      await page.keyboard.press("Enter");
    }
    await expect(page.getByText("Every question is answered.")).toBeVisible();
    await tabInto(page, "button[type=submit]");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
    await expect(page.getByText(/77% of CIOs agree they need to be aligned/)).toBeVisible();
    await expect(page.getByText(/56% of CMOs/)).toHaveCount(0);
  });

  test("stopping halfway and resuming in a fresh browser lands on the first unanswered question", async ({ browser, invite }) => {
    const { link } = await invite("marketing", "team");
    const first = await browser.newContext();
    const page = await first.newPage();
    await consent(page, link);
    await completeSection(page, "context", "marketing");
    await page.getByRole("button", { name: "Next section" }).click();
    const cxo = itemsOfSection("cxo", "marketing");
    await page.locator(`#item-${cxo[0]!.key}`).getByRole("radio", { name: "Agree", exact: true }).check();
    await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();
    await first.close();

    const second = await browser.newContext();
    const again = await second.newPage();
    await again.goto(link);
    await expect(again).toHaveURL(new RegExp(`/respond/cxo#item-${cxo[1]!.key}$`));
    await expect(again.locator(`#item-${cxo[0]!.key}`).getByRole("radio", { name: "Agree", exact: true })).toBeChecked();
    // the browser's back button returns to the previous section with its answers
    await again.getByRole("link", { name: "Back" }).click();
    await expect(again).toHaveURL(/\/respond\/context/);
    await again.goBack();
    await expect(again).toHaveURL(/\/respond\/cxo/);
    await second.close();
  });

  test("the ranking keeps every choice where it was made: 2nd = CFO with 1st empty, then 1st = CEO", async ({ page, invite, db }) => {
    const { link, responseId } = await invite("marketing");
    await consent(page, link);
    await page.goto("/respond/trust#item-tr-relationships");
    const box = page.locator("#item-tr-relationships");
    const first = box.getByLabel("1st most important");
    const second = box.getByLabel("2nd most important");
    await expect(first).toBeEnabled();
    await second.selectOption("cfo");
    await expect(first).toHaveValue("");
    await expect(second).toHaveValue("cfo");
    await first.selectOption("ceo");
    await expect(first).toHaveValue("ceo");
    await expect(second).toHaveValue("cfo");
    await expect(page.getByRole("status")).toHaveText("All answers saved");
    // what the server kept, and what a reload shows
    const stored = async () => (await db.answer.findFirst({ where: { responseId, item: { key: "tr-relationships" } } }))?.value;
    await expect.poll(stored).toEqual(["ceo", "cfo"]);
    await page.reload();
    await expect(first).toHaveValue("ceo");
    await expect(second).toHaveValue("cfo");
    // an option ranked in one position is offered, disabled, in the others; to move it, free its position first
    const third = box.getByLabel("3rd most important");
    await expect(third.locator('option[value="ceo"]')).toBeDisabled();
    await expect(third.locator('option[value="ceo"]')).toHaveText("Chief executive officer (CEO) (ranked 1st)");
    await first.selectOption("");
    await third.selectOption("ceo");
    await expect(first).toHaveValue("");
    await expect(second).toHaveValue("cfo");
    await expect(third).toHaveValue("ceo");
    await expect.poll(stored).toEqual([null, "cfo", "ceo"]);
    await expectNoAxeViolations(page);
    // the review page shows the incomplete ranking as it stands
    await page.goto("/respond/review");
    const answer = page.getByRole("region", { name: "Trust and collaboration" }).getByRole("definition").filter({ hasText: "2. Chief financial officer (CFO); 3. Chief executive officer (CEO)" });
    await expect(answer).toContainText("Not complete yet");
  });

  test("submitting with unanswered questions lists them and stores no submission", async ({ page, invite, db }) => {
    const { link, responseId } = await invite("it", "team");
    await consent(page, link);
    await page.goto("/respond/review");
    await expect(page.getByRole("heading", { name: /questions? still needs? an answer/ })).toBeVisible();
    // every question is listed, the open ones marked, the prefilled ones with where they come from
    await expect(page.getByRole("region", { name: "Business levers" }).getByText("Not answered yet (required)").first()).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: /^IT/ }).first()).toContainText("Given from your invitation");
    const answerLink = page.getByRole("region", { name: "Business levers" }).getByRole("link", { name: /^Answer the question: / }).first();
    const href = await answerLink.getAttribute("href");
    expect(href).toMatch(/^\/respond\/business-levers#item-[a-z0-9-]+$/);
    await page.getByRole("button", { name: "Submit my answers" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /required question\(s\) still need an answer/ })).toBeVisible();
    await expect(page.getByRole("alert")).toBeFocused();
    await expect(page).toHaveTitle(/^Error: Review and submit/);
    expect((await db.response.findUniqueOrThrow({ where: { id: responseId } })).status).toBe("started");
    await expectNoAxeViolations(page);
  });

  test("the page reflows at 320 px and 200% zoom without horizontal scrolling", async ({ page, invite }) => {
    const { link } = await invite("marketing");
    await page.setViewportSize({ width: 320, height: 640 });
    await consent(page, link);
    for (const section of ["context", "business-levers", "trust", "review"]) {
      await page.goto(`/respond/${section}`);
      await noHorizontalScroll(page);
    }
    await page.setViewportSize({ width: 640, height: 480 });
    await page.evaluate(() => (document.body.style.zoom = "2"));
    await noHorizontalScroll(page);
  });
});
