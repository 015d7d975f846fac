// Re-assessment waves (issue #15): from a revealed wave, the facilitator starts the next one with its own settings;
// every participant gets a new link (listed once, as a CSV too), the earlier links stop working, the earlier wave's
// results stay readable and unchanged, and the new wave is sealed with its own quorum.
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { IMPERATIVES } from "../lib/domain";
import { planTeam } from "../lib/test/plan-team";

test("start wave 2 from a revealed wave 1: new links, old links closed, wave 1 unchanged", async ({ page, context, db, browser, baseURL }) => {
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

  // a participant: the wave-1 link gives the "closed" page, the new one opens wave 2's welcome page
  const participant = await browser.newContext({ baseURL });
  const p = await participant.newPage();
  await p.goto(`/r/${team.respondents[0]!.token}`);
  await expect(p.getByRole("heading", { level: 1, name: "This assessment is closed" })).toBeVisible();
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

test("trends after two revealed waves: the waves, the index and the scores with their readings", async ({ page, context, db }) => {
  test.setTimeout(120_000);
  const user = await createUser(db, { role: "facilitator" });
  const team = await planTeam(db, { ownerId: user.id, perSide: 3, title: `Trends ${Date.now()}` });
  const base = `/app/assessments/${team.assessmentId}`;
  await signInAs(context, db, user);
  // one revealed wave: the page says what it needs
  await page.goto(`${base}/trends`);
  await expect(page.getByRole("heading", { level: 1, name: "Trends" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Trends need two revealed waves");
  await expectNoAxeViolations(page);

  // wave 2 answered by the same people, revealed
  await page.goto(`${base}/waves/new`);
  await page.getByRole("checkbox", { name: /^Accenture Interactive, 2012/ }).check();
  await page.getByRole("button", { name: "Start the next wave" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wave 2 has started" })).toBeVisible();
  const wave2 = await db.wave.findFirstOrThrow({ where: { assessmentId: team.assessmentId, number: 2 } });
  const wave1Answers = await db.response.findMany({ where: { wave: { assessmentId: team.assessmentId, number: 1 } }, include: { answers: true } });
  const fresh = await db.response.findMany({ where: { waveId: wave2.id } });
  for (const response of fresh) {
    const before = wave1Answers.find((r) => r.participantId === response.participantId)!;
    await db.answer.createMany({ data: before.answers.map((a) => ({ responseId: response.id, itemId: a.itemId, value: a.value as never })) });
    await db.response.update({ where: { id: response.id }, data: { status: "submitted", consentAt: new Date(), consentShowName: true, submittedAt: new Date() } });
  }
  await page.goto(`${base}/results`);
  await page.getByRole("button", { name: "Reveal results" }).click();
  await expect(page.getByRole("button", { name: "Reveal results" })).toHaveCount(0);

  await page.goto(base);
  await page.getByRole("link", { name: "Trends", exact: true }).click();
  await expect(page.getByRole("table", { name: "Waves" }).getByRole("rowheader")).toHaveText(["Wave 1", "Wave 2"]);
  const index = page.getByRole("table", { name: /^Alignment index/ });
  await expect(index.getByRole("row")).toHaveCount(3);
  // the same answers twice: no change is called rising or falling
  const scores = page.getByRole("table", { name: /^Imperative scores/ });
  await expect(scores.getByRole("row")).toHaveCount(11);
  const readings = `${await index.innerText()}\n${await scores.innerText()}`;
  expect(readings).not.toMatch(/\brising\b|\bfalling\b/);
  await expect(page.getByRole("heading", { name: "Questions whose answers credibly moved" })).toBeVisible();
  await expect(page.getByText(/^None: no question/)).toBeVisible();
  // the charts: inline SVG images named for what they show and where their table is; none names a rise or a fall
  const unmarked = "(?!.*\\b(rising|falling) from)";
  await expect(page.getByRole("img", { name: new RegExp(`^${unmarked}Alignment index over 2 waves, 0-100 with 95% intervals: .* in Wave 1, .* in Wave 2\\..*The alignment index table gives every value\\.$`) })).toBeVisible();
  for (const imp of IMPERATIVES) {
    await expect(page.getByRole("img", { name: new RegExp(`^${unmarked}${imp.short}, scores by side over 2 waves, 0-100 with 95% intervals\\..*The imperative scores table gives every value\\.$`) })).toBeVisible();
    await expect(page.getByRole("img", { name: new RegExp(`^${imp.short}, gap between the sides \\(marketing − IT, points, no interval\\) over 2 waves: .*The gap table gives every value\\.$`) })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});
