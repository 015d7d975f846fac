// Issue #14's acceptance journey in one go, as a facilitator and a participant would take it: the assessment page,
// the reveal, the summary first, the workshop records an agreed position, an "agree to differ" and a "needs data"
// on the three widest credible gaps, the plan turns a recommendation and two outcomes into actions, the
// facilitator shares the summary and the plan, the results download carries the outcomes and the actions, and a
// participant sees the summary and the two visible actions after their own results. (The plan's own CSV and .ics
// are parsed in e2e/action-plan.spec.ts, the printed summary's pages counted in e2e/results-summary.spec.ts.)
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { planTeam } from "../lib/test/plan-team";

async function downloadText(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name, exact: true }).click()]);
  return readFile((await file.path())!, "utf8");
}

test("from the reveal to a shared plan: summary, workshop outcome, action, download, participant view", async ({ page, context, db, browser, baseURL }) => {
  test.setTimeout(120_000);
  const user = await createUser(db, { role: "facilitator" });
  const team = await planTeam(db, { ownerId: user.id, perSide: 6, reveal: false, title: `Acceptance ${Date.now()}` });
  await signInAs(context, db, user);
  const base = `/app/assessments/${team.assessmentId}`;

  // before the reveal the assessment page offers the results only
  await page.goto(base);
  await expect(page.getByRole("link", { name: "Workshop", exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Team results" }).click();
  await page.getByRole("button", { name: "Reveal results" }).click();
  await expect(page.getByRole("button", { name: "Reveal results" })).toHaveCount(0);

  // the summary comes first
  const summary = page.getByRole("region", { name: "Summary", exact: true });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("heading", { name: "Alignment index" })).toBeVisible();

  // the assessment page now leads to the workshop: three gaps, three outcomes
  await page.goto(base);
  await page.getByRole("link", { name: "Workshop", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Workshop" })).toBeVisible();
  const outcomes = [
    { kind: /^Agreed position/, position: "Marketing and IT plan campaigns together from the brief", saved: "Agreed position" },
    { kind: /^Agree to differ/, position: "Marketing wants speed, IT wants control", saved: "Agree to differ" },
    { kind: /^Needs data/, position: "", saved: "Needs data" },
  ];
  for (const [i, outcome] of outcomes.entries()) {
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(new RegExp(`[?&]gap=${i + 1}$`));
    await page.getByRole("radio", { name: outcome.kind }).check();
    if (outcome.position) await page.getByLabel("Position", { exact: true }).fill(outcome.position);
    else await page.getByLabel("Notes", { exact: true }).fill("Ask finance for the campaign budgets");
    await page.getByRole("button", { name: "Save outcome" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Outcome saved" })).toHaveText(`Outcome saved: ${outcome.saved}.`);
  }

  // the plan: an action from a recommendation and one from each of two outcomes; two visible to participants
  await page.goto(base);
  await page.getByRole("link", { name: "Action plan", exact: true }).click();
  await page.getByRole("region", { name: "Recommendations" }).getByRole("link").first().click();
  const recTitle = await page.getByLabel("Title", { exact: true }).inputValue();
  await page.getByLabel("Owner: a participant").selectOption(team.respondents[0]!.participantId);
  await page.getByLabel("Due date (optional)").fill("2027-03-31");
  await page.getByLabel(/Participants can see this action/).check();
  await page.getByRole("button", { name: "Add to plan" }).click();
  await expect(page.getByRole("rowheader", { name: recTitle.slice(0, 30) })).toBeVisible(); // a substring: the cell holds more
  const fromOutcomes = page.getByRole("region", { name: "Workshop outcomes" }).getByRole("link");
  await expect(fromOutcomes).toHaveCount(3);
  await fromOutcomes.first().click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Put the agreed position into practice: Marketing and IT plan campaigns together from the brief");
  await page.getByLabel(/Participants can see this action/).check();
  await page.getByRole("button", { name: "Add to plan" }).click();
  await expect(page.getByRole("rowheader", { name: /Marketing and IT plan campaigns together/ })).toBeVisible();
  await page.getByRole("region", { name: "Workshop outcomes" }).getByRole("link").nth(2).click();
  const dataTitle = await page.getByLabel("Title", { exact: true }).inputValue();
  await page.getByLabel("Priority").selectOption("high");
  await page.getByRole("button", { name: "Add to plan" }).click(); // not visible to participants
  await expect(page.getByRole("rowheader")).toHaveCount(3);
  await page.getByRole("button", { name: "Share the action plan with participants" }).click();
  await expect(page.getByTestId("plan-sharing")).toContainText("Shared");
  await page.getByRole("button", { name: "Share the results summary with participants" }).click();
  await expect(page.getByTestId("summary-sharing")).toContainText("Shared");
  await expectNoAxeViolations(page);

  // the results download holds the outcomes and the actions as their own parts
  await page.goto(`${base}/results`);
  const rows = parse(await downloadText(page, "Download CSV"), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.filter((r) => r.part === "workshop outcomes").map((r) => r.outcome)).toEqual(expect.arrayContaining(["Agreed position", "Agree to differ", "Needs data"]));
  expect(rows.find((r) => r.part === "workshop outcomes" && r.outcome === "Agreed position")).toMatchObject({ position: "Marketing and IT plan campaigns together from the brief" });
  const actions = rows.filter((r) => r.part === "actions");
  expect(actions.map((r) => r.action_title).sort()).toEqual([recTitle, dataTitle, "Put the agreed position into practice: Marketing and IT plan campaigns together from the brief"].sort());
  expect(actions.find((r) => r.action_title === recTitle)).toMatchObject({ owner: team.respondents[0]!.name, due_date: "2027-03-31", visible_to_participants: "yes", status: "Planned" });
  expect(actions.find((r) => r.action_title === dataTitle)).toMatchObject({ visible_to_participants: "no", priority: "High" });
  expect(rows.filter((r) => r.measure === "Executive summary")).toHaveLength(1);

  // a participant (an IT leader): their own results, the team summary and the shared action
  const participant = await browser.newContext({ baseURL });
  const p = await participant.newPage();
  await p.goto(`/r/${team.respondents[7]!.token}`);
  await p.goto("/respond/results");
  await expect(p.getByRole("region", { name: "Your team's results in brief" })).toBeVisible();
  const plan = p.getByRole("region", { name: "Your team's action plan" });
  await expect(plan.getByRole("heading", { level: 3 })).toHaveCount(2);
  await expect(plan.getByRole("heading", { level: 3, name: recTitle })).toBeVisible();
  await expect(plan.getByRole("heading", { level: 3, name: /Marketing and IT plan campaigns together/ })).toBeVisible();
  await expect(plan.getByText(dataTitle)).toHaveCount(0);
  await expect(plan.getByText("2027-03-31")).toBeVisible();
  await expectNoAxeViolations(p);
  await participant.close();
});
