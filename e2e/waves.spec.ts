// Re-assessment waves (issue #15): from a revealed wave, the facilitator starts the next one with its own settings;
// every participant gets a new link (listed once, as a CSV too), the earlier links stop working, the earlier wave's
// results stay readable and unchanged, and the new wave is sealed with its own quorum.
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { planTeam } from "../lib/test/plan-team";

test("start wave 2 from a revealed wave 1: new links, old links withdrawn, wave 1 unchanged", async ({ page, context, db, browser, baseURL }) => {
  test.setTimeout(120_000);
  const user = await createUser(db, { role: "facilitator" });
  const team = await planTeam(db, { ownerId: user.id, perSide: 3, title: `Waves ${Date.now()}` });
  await signInAs(context, db, user);
  const base = `/app/assessments/${team.assessmentId}`;

  // wave 1's summary, as it reads before the next wave
  await page.goto(`${base}/results?wave=1`);
  const summaryBefore = await page.getByRole("region", { name: "Summary", exact: true }).innerText();

  await page.goto(base);
  await page.getByRole("link", { name: "Start the next wave" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Start the next wave" })).toBeVisible();
  await expect(page.getByLabel("Name of the wave")).toHaveValue("Wave 2");
  await expect(page.getByLabel("Questionnaire version")).toHaveValue("v1"); // the previous wave's, by default
  await expectNoAxeViolations(page);
  await page.getByLabel("Name of the wave").fill("Spring 2027");
  await page.getByLabel("Questionnaire version").selectOption("v2");
  // this team's wave 1 was set up without a source (a factory shortcut): the form asks for one
  await page.getByRole("checkbox", { name: /^Accenture Interactive, 2012/ }).check();
  await page.getByLabel("Quorum: marketing responses").fill("2");
  await page.getByLabel("Quorum: IT responses").fill("2");
  await page.getByRole("button", { name: "Start the next wave" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wave 2 has started" })).toBeVisible();
  const links = page.getByRole("list", { name: "Invitation links" }).getByRole("listitem");
  await expect(links).toHaveCount(6);
  await expectNoAxeViolations(page);
  const newLink = await page.getByLabel(`Invitation link for ${team.respondents[0]!.name}`).inputValue();
  expect(await db.auditLog.count({ where: { actorId: user.id, action: "wave.start" } })).toBe(1);

  // a participant: the wave-1 link is withdrawn, the new one opens wave 2's welcome page
  const participant = await browser.newContext({ baseURL });
  const p = await participant.newPage();
  await p.goto(`/r/${team.respondents[0]!.token}`);
  await expect(p.getByRole("heading", { level: 1, name: "This invitation link was withdrawn" })).toBeVisible();
  await p.goto(newLink.replace(/^https?:\/\/[^/]+/, ""));
  await expect(p.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await participant.close();

  // the assessment now shows wave 2, sealed with its own quorum; wave 1 reads as before
  await page.goto(base);
  await expect(page.getByText("Questionnaire v2 · Spring 2027 · open")).toBeVisible();
  await page.goto(`${base}/results`);
  await expect(page.getByText(/0 of 2 responses submitted/).first()).toBeVisible();
  await page.goto(`${base}/results?wave=1`);
  expect(await page.getByRole("region", { name: "Summary", exact: true }).innerText()).toBe(summaryBefore);
});
