// The facilitator's workshop: after the reveal, the credible gaps one per screen, walked through with the keyboard,
// an outcome recorded on three of them (agreed, agree to differ, needs data with votes), kept after a reload and
// listed at the end; each screen axe-clean; present mode without the app's navigation; the form without JavaScript.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { createGappedAssessment, ITEM_KEYS } from "./support/workshop";

async function expectNoItemKeys(page: Page) {
  const text = await page.locator("main").innerText();
  expect(ITEM_KEYS.filter((key) => text.includes(key))).toEqual([]);
}

const screenHeading = (page: Page) => page.getByRole("heading", { level: 2 }).first();

test.describe("workshop", () => {
  test("three gaps with the keyboard: agreed, agree to differ, needs data with votes; kept after reload and summarized", async ({ page, context, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    const { assessment, waveId } = await createGappedAssessment(db, user.id);
    await signInAs(context, db, user);

    // the facilitator reveals, then opens the workshop
    await page.goto(`/app/assessments/${assessment.id}/results`);
    await page.getByRole("button", { name: "Reveal results" }).click();
    await expect(page.getByRole("button", { name: "Reveal results" })).toHaveCount(0);
    await page.goto(`/app/assessments/${assessment.id}/workshop`);
    await expect(page.getByRole("heading", { level: 1, name: "Workshop" })).toBeVisible();
    await expect(screenHeading(page)).toHaveText(/^\d+ credible gaps to discuss, widest first$/);
    const total = Number((await screenHeading(page).innerText()).split(" ")[0]);
    expect(total).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole("list", { name: "Gaps" }).getByRole("listitem")).toHaveCount(total);
    await expectNoItemKeys(page);
    await expectNoAxeViolations(page);

    // gap 1 by the arrow key: both sides' answers, the evidence, the outcome form
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/[?&]wave=1&gap=1$/);
    await expect(page.getByText(`Gap 1 of ${total}`)).toBeVisible();
    await expect(page.getByTestId("gap-headline")).toContainText("Wide gap");
    await expect(page.getByRole("table", { name: /How each side answered/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Published figures" })).toBeVisible();
    await expectNoItemKeys(page);
    await expectNoAxeViolations(page);
    const question1 = await screenHeading(page).innerText();
    await page.getByRole("radio", { name: /^Agreed position/ }).check();
    await page.getByLabel("Position", { exact: true }).fill("Both sides want marketing and IT aligned on the customer platform.");
    await page.getByRole("button", { name: "Save outcome" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Outcome saved" })).toHaveText("Outcome saved: Agreed position.");
    await expect(page.getByTestId("recorded-outcome")).toContainText("Recorded: Agreed position");

    // gap 2 with j
    await page.keyboard.press("j");
    await expect(page).toHaveURL(/[?&]gap=2$/);
    await expect(page.getByText(`Gap 2 of ${total}`)).toBeVisible();
    await expectNoAxeViolations(page);
    const question2 = await screenHeading(page).innerText();
    // a key typed into a field stays in the field; Escape leaves it
    const notes = page.getByLabel("Notes", { exact: true });
    await notes.focus();
    await page.keyboard.press("3");
    await expect(notes).toHaveValue("3");
    await expect(page).toHaveURL(/[?&]gap=2$/);
    await page.keyboard.press("Escape");
    await expect(notes).not.toBeFocused();
    await page.getByRole("radio", { name: /^Agree to differ/ }).check();
    await page.getByLabel("Position", { exact: true }).fill("Marketing: yes. IT: no.");
    await page.getByLabel("Notes", { exact: true }).fill("Revisit after the next planning cycle.");
    await page.getByRole("button", { name: "Save outcome" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Outcome saved" })).toHaveText("Outcome saved: Agree to differ.");

    // gap 3 by its number
    await page.keyboard.press("3");
    await expect(page).toHaveURL(/[?&]gap=3$/);
    await expectNoAxeViolations(page);
    const question3 = await screenHeading(page).innerText();
    await page.getByRole("radio", { name: /^Needs data/ }).check();
    await page.getByLabel("Notes", { exact: true }).fill("Ask finance for the spend per channel.");
    const votes = page.getByRole("group", { name: /Votes/ });
    await votes.getByLabel("Yes", { exact: true }).fill("3");
    await votes.getByLabel("No", { exact: true }).fill("5");
    await page.getByRole("button", { name: "Save outcome" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Outcome saved" })).toHaveText("Outcome saved: Needs data.");

    // back with k, then ←: the recorded outcome is on its screen
    await page.keyboard.press("k");
    await expect(page).toHaveURL(/[?&]gap=2$/);
    await expect(page.getByRole("radio", { name: /^Agree to differ/ })).toBeChecked();
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL(/[?&]gap=1$/);
    await expect(page.getByLabel("Position", { exact: true })).toHaveValue("Both sides want marketing and IT aligned on the customer platform.");

    // End: the outcomes, after a reload
    await page.keyboard.press("End");
    await expect(page).toHaveURL(/[?&]gap=summary$/);
    await page.reload();
    await expect(screenHeading(page)).toHaveText("Outcomes");
    await expect(page.getByText(`3 of ${total} gaps have an outcome.`)).toBeVisible();
    const outcomes = page.getByRole("list", { name: "Outcomes per gap" }).getByRole("listitem");
    await expect(outcomes).toHaveCount(total);
    await expect(outcomes.nth(0)).toContainText(question1.replace(/\n/g, " ").split(" was asked: ").at(-1)!.slice(0, 20));
    await expect(outcomes.nth(0).getByTestId("summary-outcome")).toHaveText("Agreed position");
    await expect(outcomes.nth(1).getByTestId("summary-outcome")).toHaveText("Agree to differ");
    await expect(outcomes.nth(1)).toContainText("Revisit after the next planning cycle.");
    await expect(outcomes.nth(2).getByTestId("summary-outcome")).toHaveText("Needs data");
    await expect(outcomes.nth(2)).toContainText("Yes 3 · No 5");
    await expect(outcomes.nth(3)).toContainText("No outcome recorded.");
    await expectNoItemKeys(page);
    await expectNoAxeViolations(page);
    expect(question1).not.toBe(question2);
    expect(question2).not.toBe(question3);

    // Home: back to the start, which shows the outcomes beside the gaps
    await page.keyboard.press("Home");
    await expect(page).toHaveURL(/\/workshop\?wave=1$/);
    await expect(page.getByRole("list", { name: "Gaps" }).getByRole("listitem").nth(2)).toContainText("Outcome: Needs data");

    const rows = await db.workshopOutcome.findMany({ where: { waveId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.outcome)).toEqual(["agreed", "agree-to-differ", "needs-data"]);
    expect(rows[2]!.votes).toEqual({ yes: 3, no: 5 });
    expect(await db.auditLog.count({ where: { action: "workshop.outcome", targetId: waveId, actorId: user.id } })).toBe(3);
  });

  test("present mode: the workshop alone, full width, axe-clean; Escape leaves it", async ({ page, context, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    const { assessment } = await createGappedAssessment(db, user.id, { reveal: true });
    await signInAs(context, db, user);
    await page.goto(`/app/assessments/${assessment.id}/workshop?gap=1`);
    await expect(page.getByRole("navigation", { name: "Facilitator" })).toBeVisible();
    await page.getByRole("link", { name: /^Present/ }).click();
    await expect(page).toHaveURL(/[?&]gap=1&present=1$/);
    await expect(page.getByRole("navigation", { name: "Facilitator" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await expect(page.getByRole("contentinfo")).toHaveCount(0);
    await expectNoAxeViolations(page);
    // the keys keep present mode
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/[?&]gap=2&present=1$/);
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/[?&]gap=2$/);
    await expect(page.getByRole("navigation", { name: "Facilitator" })).toBeVisible();
  });

  test("without JavaScript: every screen is a link, and the outcome form still saves", async ({ browser, baseURL, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    const { assessment, waveId } = await createGappedAssessment(db, user.id, { reveal: true });
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    await signInAs(context, db, user);
    const page = await context.newPage();
    await page.goto(`/app/assessments/${assessment.id}/workshop`);
    await page.getByRole("navigation", { name: "Workshop screens" }).getByRole("link", { name: "Gap 2" }).click();
    await expect(page).toHaveURL(/[?&]gap=2$/);
    await page.getByRole("radio", { name: /^Needs data/ }).check();
    await page.getByLabel("Notes", { exact: true }).fill("Posted without a script.");
    await page.getByRole("group", { name: /Votes/ }).getByLabel("No", { exact: true }).fill("4");
    await page.getByRole("button", { name: "Save outcome" }).click();
    await expect(page).toHaveURL(/[?&]gap=2&saved=1$/);
    await expect(page.getByRole("status").filter({ hasText: "Outcome saved." })).toBeVisible();
    await expect(page.getByTestId("recorded-outcome")).toContainText("Recorded: Needs data");
    const row = await db.workshopOutcome.findFirstOrThrow({ where: { waveId } });
    expect(row).toMatchObject({ outcome: "needs-data", notes: "Posted without a script.", votes: { no: 4 } });

    // an agreed outcome without its position is refused, and says why
    await page.getByRole("radio", { name: /^Agreed position/ }).check();
    await page.getByRole("button", { name: "Save outcome" }).click();
    await expect(page).toHaveURL(/saved=invalid$/);
    await expect(page.getByRole("alert")).toContainText("An agreed position needs its text");
    expect((await db.workshopOutcome.findFirstOrThrow({ where: { waveId } })).outcome).toBe("needs-data");

    await page.getByRole("button", { name: "Clear outcome" }).click();
    await expect(page).toHaveURL(/saved=cleared$/);
    await expect(page.getByTestId("recorded-outcome")).toHaveText("No outcome recorded yet.");
    expect(await db.workshopOutcome.count({ where: { waveId } })).toBe(0);
    await context.close();
  });

  test("two and two leaders: no credible gap, said plainly; the largest differences only as questions, marked not established", async ({ page, context, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    const { assessment } = await createGappedAssessment(db, user.id, { reveal: true, perSide: 2 });
    await signInAs(context, db, user);
    await page.goto(`/app/assessments/${assessment.id}/workshop`);
    await expect(screenHeading(page)).toHaveText("No credible gap between the sides");
    await expect(page.getByText(/no difference between the sides passes the tests: there is no finding to present/)).toBeVisible();
    await expect(page.getByText(/Invite at least 1 more from marketing/)).toBeVisible();
    const listed = page.getByRole("list", { name: "Gaps" }).getByRole("listitem");
    const count = await listed.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(3);
    for (let i = 0; i < count; i++) await expect(listed.nth(i)).toContainText("Not established");
    await expect(page.getByText(/Wide gap|Small gap/)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("gap-headline")).toContainText("Not established");
    await expect(page.getByTestId("gap-headline")).toContainText("Not a finding: too few answers on a side to tell");
    await expect(page.getByText(/^(Above|Below) the published figure/)).toHaveCount(0);
    await expectNoItemKeys(page);
    await expectNoAxeViolations(page);
  });

  test("before the reveal there is no workshop (404), and the results page is where to reveal", async ({ page, context, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    const { assessment } = await createGappedAssessment(db, user.id);
    await signInAs(context, db, user);
    const res = await page.goto(`/app/assessments/${assessment.id}/workshop`);
    expect(res?.status()).toBe(404);
    expect((await page.goto(`/app/assessments/${assessment.id}/workshop?wave=1&gap=1`))?.status()).toBe(404);
  });
});
