// Issue #14's acceptance journey in one go, as a facilitator and a participant would take it: the assessment page,
// the reveal, the summary first, the workshop records an outcome on the widest credible gap, the plan turns it into
// an action, the facilitator shares the summary and the plan, the results download carries the outcome and the
// action, and a participant sees both after their own results.
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

  // the assessment page now leads to the workshop and the plan
  await page.goto(base);
  await page.getByRole("link", { name: "Workshop", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Workshop" })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/[?&]gap=1$/);
  await page.getByRole("radio", { name: /^Agreed position/ }).check();
  await page.getByLabel("Position", { exact: true }).fill("Marketing and IT plan campaigns together from the brief");
  await page.getByRole("button", { name: "Save outcome" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Outcome saved" })).toHaveText("Outcome saved: Agreed position.");

  // the plan: an action from the outcome, visible to participants, with an owner and a date
  await page.goto(base);
  await page.getByRole("link", { name: "Action plan", exact: true }).click();
  await page.getByRole("region", { name: "Workshop outcomes" }).getByRole("link").first().click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Put the agreed position into practice: Marketing and IT plan campaigns together from the brief");
  await page.getByLabel("Owner: a participant").selectOption(team.respondents[0]!.participantId);
  await page.getByLabel("Due date (optional)").fill("2027-03-31");
  await page.getByLabel(/Participants can see this action/).check();
  await page.getByRole("button", { name: "Add to plan" }).click();
  await expect(page.getByRole("rowheader", { name: /Marketing and IT plan campaigns together/ })).toBeVisible();
  await page.getByRole("button", { name: "Share the action plan with participants" }).click();
  await expect(page.getByTestId("plan-sharing")).toContainText("Shared");
  await page.getByRole("button", { name: "Share the results summary with participants" }).click();
  await expect(page.getByTestId("summary-sharing")).toContainText("Shared");
  await expectNoAxeViolations(page);

  // the results download holds the outcome and the action as their own parts
  await page.goto(`${base}/results`);
  const rows = parse(await downloadText(page, "Download CSV"), { bom: true, columns: true }) as Record<string, string>[];
  const outcome = rows.filter((r) => r.part === "workshop outcomes");
  expect(outcome).toHaveLength(1);
  expect(outcome[0]).toMatchObject({ outcome: "Agreed position", position: "Marketing and IT plan campaigns together from the brief" });
  const actions = rows.filter((r) => r.part === "actions");
  expect(actions).toHaveLength(1);
  expect(actions[0]).toMatchObject({ owner: team.respondents[0]!.name, due_date: "2027-03-31", visible_to_participants: "yes", status: "Planned" });
  expect(rows.filter((r) => r.measure === "Executive summary")).toHaveLength(1);

  // a participant (an IT leader): their own results, the team summary and the shared action
  const participant = await browser.newContext({ baseURL });
  const p = await participant.newPage();
  await p.goto(`/r/${team.respondents[7]!.token}`);
  await p.goto("/respond/results");
  await expect(p.getByRole("region", { name: "Your team's results in brief" })).toBeVisible();
  const plan = p.getByRole("region", { name: "Your team's action plan" });
  await expect(plan.getByRole("heading", { level: 3 })).toHaveText(["Put the agreed position into practice: Marketing and IT plan campaigns together from the brief"]);
  await expect(plan.getByText("2027-03-31")).toBeVisible();
  await expectNoAxeViolations(p);
  await participant.close();
});
