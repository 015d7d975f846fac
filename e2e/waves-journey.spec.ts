// Issue #15's acceptance journey over two waves: wave 1 revealed, an action recorded from one of its credible gaps;
// wave 2 started with one participant removed and one added; the added one answers in the browser, the others'
// answers are written so that IT now agrees with the action's question; wave 2 revealed. Then the trends show the
// change with its label, the action shows its result impact, and the links of wave 1 give the "closed" page.
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs } from "./support/auth";
import { E2E_ORGANIZATION, expect, test } from "./support/fixtures";
import { completeSection, SECTIONS } from "./support/questionnaire";
import { OPPOSED_ITEMS, planTeam } from "../lib/test/plan-team";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("two waves: actions, one participant removed and one added, the trend and the action's result impact, wave 1's links closed", async ({ page, context, db, browser, baseURL }) => {
  test.setTimeout(240_000);
  const user = await createUser(db, { role: "facilitator" });
  const team = await planTeam(db, { ownerId: user.id, perSide: 10, title: `Two waves ${Date.now()}` });
  await db.organization.update({ where: { id: team.organizationId }, data: E2E_ORGANIZATION });
  await signInAs(context, db, user);
  const base = `/app/assessments/${team.assessmentId}`;

  // 1. wave 1: an action from a credible gap, linked to its question; its impact waits for the next wave
  await page.goto(`${base}/plan`);
  await page.getByRole("region", { name: "Credible gaps" }).getByRole("link").first().click();
  const title = await page.getByLabel("Title", { exact: true }).inputValue();
  await page.getByRole("button", { name: "Add to plan" }).click();
  await expect(page.getByRole("rowheader", { name: new RegExp(escape(title.slice(0, 30))) })).toBeVisible();
  const action = await db.planAction.findFirstOrThrow({ where: { assessmentId: team.assessmentId } });
  const itemKey = (action.itemKeys as string[])[0]!;
  expect(OPPOSED_ITEMS).toContain(itemKey); // marketing agrees (5), IT disagrees (1)
  await expect(page.getByTestId("result-impact")).toHaveText("Measured once the next wave after Wave 1 is revealed");

  // 2. wave 2: one IT leader removed; the form lists everyone with their side and tier
  const leaving = team.respondents.find((r) => r.side === "it")!;
  await page.goto(`${base}/waves/new`);
  await expect(page.getByRole("table", { name: "Participants of the next wave" }).getByRole("row")).toHaveCount(21);
  await page.getByRole("checkbox", { name: `Invite ${leaving.name} to the next wave` }).uncheck();
  await page.getByRole("checkbox", { name: /^Accenture Interactive, 2012/ }).check(); // the factory's wave 1 had no source
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Start the next wave" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wave 2 has started" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Invitation links" }).getByRole("listitem")).toHaveCount(19);
  await expect(page.getByLabel(`Invitation link for ${leaving.name}`)).toHaveCount(0);

  // ... and one IT leader added on the assessment page, for wave 2
  await page.goto(base);
  await page.getByLabel("Name", { exact: true }).fill("Nadia Newcomer");
  await page.getByLabel("Side", { exact: true }).selectOption("it");
  await page.getByLabel("Tier", { exact: true }).selectOption("leader");
  await page.getByRole("button", { name: "Add participant" }).click();
  const newLink = await page.getByLabel("Invitation link for Nadia Newcomer").inputValue();

  // 3. the newcomer answers wave 2 in the browser
  const newcomer = await browser.newContext({ baseURL });
  const r = await newcomer.newPage();
  await r.goto(new URL(newLink).pathname);
  await r.getByLabel(/I agree to take part/).check();
  await r.getByRole("button", { name: "Start the assessment" }).click();
  for (const [index, section] of SECTIONS.entries()) {
    await expect(r).toHaveURL(new RegExp(`/respond/${section}`));
    await completeSection(r, section, "it", index);
    await r.getByRole("button", { name: index < SECTIONS.length - 1 ? "Next section" : "Review answers" }).click();
  }
  await r.getByRole("button", { name: "Submit my answers" }).click();
  await expect(r.getByRole("heading", { name: "Your results" })).toBeVisible();
  await newcomer.close();

  // the others answer as in wave 1, except that IT now agrees with the action's question
  const wave2 = await db.wave.findFirstOrThrow({ where: { assessmentId: team.assessmentId, number: 2 } });
  const wave1 = await db.response.findMany({ where: { waveId: team.waveId }, include: { answers: { include: { item: true } } } });
  for (const response of await db.response.findMany({ where: { waveId: wave2.id, status: { not: "submitted" } } })) {
    const before = wave1.find((x) => x.participantId === response.participantId)!;
    await db.answer.createMany({
      data: before.answers.map((a) => ({ responseId: response.id, itemId: a.itemId, value: (a.item.key === itemKey && response.side === "it" ? 5 : a.value) as never })),
    });
    await db.response.update({ where: { id: response.id }, data: { status: "submitted", consentAt: new Date(), submittedAt: new Date() } });
  }
  await page.goto(`${base}/results`);
  await page.getByRole("button", { name: "Reveal results" }).click();
  await expect(page.getByRole("button", { name: "Reveal results" })).toHaveCount(0);

  // 4. the trend: IT's answers to that question rose, with the label the test supports
  await page.goto(`${base}/trends`);
  await expect(page.getByRole("table", { name: "Waves" }).getByRole("rowheader")).toHaveText(["Wave 1", "Wave 2"]);
  await expect(page.getByRole("heading", { name: "Questions whose answers credibly moved" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: /^IT, “.+”: rising, \+\d+ points/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // 5. the action's result impact, on the plan and on its page
  await page.goto(`${base}/plan`);
  await expect(page.getByTestId("result-impact")).toContainText("Wave 1 → Wave 2:");
  await expect(page.getByTestId("result-impact")).toContainText("IT rising");
  await expect(page.getByTestId("result-impact")).toContainText("gap narrowing");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `Details of the result impact of ${title}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Result impact" })).toBeVisible();
  const impact = page.getByRole("table").filter({ has: page.getByRole("rowheader", { name: "Gap (marketing − IT)" }) });
  await expect(impact.getByRole("row", { name: /^IT / })).toContainText("rising");
  await expect(impact.getByRole("row", { name: /^Gap/ })).toContainText("narrowing");
  await expectNoAxeViolations(page);

  // 6. wave 1's links: the "closed" page; the removed participant's link opens nothing
  const old = await browser.newContext({ baseURL });
  const o = await old.newPage();
  await o.goto(`/r/${team.respondents.find((x) => x.side === "marketing")!.token}`);
  await expect(o.getByRole("heading", { level: 1, name: "This assessment is closed" })).toBeVisible();
  await o.goto(`/r/${leaving.token}`);
  await expect(o.getByRole("heading", { level: 1, name: "This invitation link is not valid" })).toBeVisible();
  await old.close();
});
