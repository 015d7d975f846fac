// The action plan journey: a facilitator adds actions from a recommendation, a credible gap, a workshop outcome and
// by hand, edits status and checklist, filters, downloads the CSV and the iCalendar file (both parsed), shares
// the plan, and a participant sees the visible actions (not the hidden one) after their own results.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { OPPOSED_ITEMS, planTeam } from "../lib/test/plan-team";

async function download(page: Page, name: string): Promise<{ filename: string; body: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return { filename: file.suggestedFilename(), body: await readFile((await file.path())!, "utf8") };
}

/** The VEVENTs of an iCalendar file, unfolded, as property maps (name without parameters → value). */
function vevents(ics: string): Map<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const events: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = new Map();
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return events;
}

test.describe("action plan", () => {
  test("from the results to a shared plan, exported as CSV and iCalendar", async ({ page, context, db, browser, baseURL }) => {
    test.setTimeout(120_000);
    const user = await createUser(db, { role: "facilitator" });
    const team = await planTeam(db, { ownerId: user.id, perSide: 6, title: `Plan journey ${Date.now()}` });
    const outcomeItem = OPPOSED_ITEMS[2]!;
    await db.workshopOutcome.create({ data: { waveId: team.waveId, itemKey: outcomeItem, outcome: "agreed", position: "IT joins campaign planning from day one" } });
    const owner = team.respondents[0]!; // a marketing leader
    const viewer = team.respondents[7]!; // an IT leader who will read the shared plan
    await signInAs(context, db, user);
    const planUrl = `/app/assessments/${team.assessmentId}/plan`;

    await page.goto(planUrl);
    await expect(page.getByRole("heading", { level: 1, name: "Action plan" })).toBeVisible();
    await expect(page.getByTestId("no-actions")).toHaveText("No action yet.");
    await expectNoAxeViolations(page);

    // 1. from a recommendation: pre-filled, then owner, due date, checklist, visible
    await page.getByRole("region", { name: "Recommendations" }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1, name: "New action" })).toBeVisible();
    await expect(page.getByTestId("prefill-origin")).toContainText("Recommendation:");
    const recTitle = await page.getByLabel("Title", { exact: true }).inputValue();
    expect(recTitle.length).toBeGreaterThan(5);
    await page.getByLabel("Owner: a participant").selectOption(owner.participantId);
    await page.getByLabel("Due date (optional)").fill("2027-01-15");
    await page.getByRole("button", { name: "Add a step" }).click();
    await page.getByLabel("Step 1", { exact: true }).fill("Agree the agenda");
    await page.getByRole("button", { name: "Add a step" }).click();
    await page.getByLabel("Step 2", { exact: true }).fill("Book the day");
    await page.getByLabel(/Participants can see this action/).check();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Add to plan" }).click();
    await expect(page).toHaveURL(new RegExp(`${planUrl}#action-`));
    await expect(page.getByRole("rowheader", { name: new RegExp(recTitle.slice(0, 20)) })).toBeVisible();

    // 2. from a credible gap: hidden from participants
    await page.getByRole("region", { name: "Credible gaps" }).getByRole("link").first().click();
    await expect(page.getByTestId("prefill-origin")).toContainText("Credible gap:");
    const gapTitle = await page.getByLabel("Title", { exact: true }).inputValue();
    expect(gapTitle).toMatch(/^Agree a shared position on: /);
    await page.getByLabel("Due date (optional)").fill("2027-02-28");
    await page.getByLabel("Priority").selectOption("high");
    await page.getByRole("button", { name: "Add to plan" }).click();
    await expect(page.getByRole("rowheader", { name: new RegExp(gapTitle.slice(0, 30)) })).toBeVisible();

    // 3. from a workshop outcome: visible, no due date
    await page.getByRole("region", { name: "Workshop outcomes" }).getByRole("link").first().click();
    await expect(page.getByTestId("prefill-origin")).toContainText("Workshop outcome:");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Put the agreed position into practice: IT joins campaign planning from day one");
    await page.getByLabel(/Participants can see this action/).check();
    await page.getByRole("button", { name: "Add to plan" }).click();
    await expect(page.getByRole("rowheader", { name: /IT joins campaign planning/ })).toBeVisible();

    // 4. by hand, with a named owner who is not a participant; a bad date is refused by the form first
    await page.getByRole("link", { name: "New action" }).click();
    await expect(page.getByTestId("prefill-origin")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Add to plan" }).click();
    await expect(page.getByText("Enter a title")).toBeVisible();
    await page.getByLabel("Title", { exact: true }).fill("Monthly CMO-CIO breakfast");
    await page.getByLabel("Imperative").selectOption("trust");
    await page.getByLabel("Owner: a named person").fill("Sam Rivera (COO office)");
    await page.getByLabel("Due date (optional)").fill("2026-12-20");
    await page.getByLabel(/Participants can see this action/).check();
    await page.getByRole("button", { name: "Add to plan" }).click();
    await expect(page.getByRole("rowheader", { name: /Monthly CMO-CIO breakfast/ })).toBeVisible();
    expect(await db.planAction.count({ where: { assessmentId: team.assessmentId } })).toBe(4);
    const origins = (await db.planAction.findMany({ where: { assessmentId: team.assessmentId }, select: { origin: true } })).map((a) => (a.origin as { kind: string } | null)?.kind ?? "none");
    expect(origins.sort()).toEqual(["gap", "none", "outcome", "recommendation"]);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "plan.action.create" } })).toBe(4);

    // edit: status ongoing
    await page.getByRole("link", { name: "Monthly CMO-CIO breakfast" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Edit action" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Status").selectOption("ongoing");
    await page.getByRole("button", { name: "Save changes" }).click();
    const breakfast = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Monthly CMO-CIO breakfast/ }) });
    await expect(breakfast.getByTestId("status")).toHaveText("Ongoing");
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "plan.action.update" } })).toBe(1);

    // checklist: tick a step (a plain form post)
    const recRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(recTitle.slice(0, 20)) }) });
    await expect(recRow.getByTestId("checklist-progress")).toHaveText("0 of 2 done");
    await recRow.getByRole("button", { name: "Mark done: Book the day" }).click();
    await expect(recRow.getByTestId("checklist-progress")).toHaveText("1 of 2 done");
    await expect(recRow.getByRole("button", { name: "Mark not done: Book the day" })).toBeVisible();

    // filters (a GET form): status, then due date
    await page.getByLabel("Status", { exact: true }).selectOption("ongoing");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/status=ongoing/);
    await expect(page.getByRole("heading", { name: "Actions (1 matching the filters)" })).toBeVisible();
    await expect(page.getByRole("rowheader")).toHaveCount(1);
    await page.goto(`${planUrl}?due=2027-01-31`);
    await expect(page.getByRole("rowheader")).toHaveCount(2);
    await page.goto(`${planUrl}?owner=${owner.participantId}`);
    await expect(page.getByRole("rowheader")).toHaveCount(1);
    await page.goto(planUrl);
    await expect(page.getByRole("rowheader")).toHaveCount(4);

    // CSV: four actions, the same titles, owners and due dates
    const csv = await download(page, "Download the plan (CSV)");
    expect(csv.filename).toMatch(/^bridge-plan-plan-journey-\d+-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    const byTitle = new Map(rows.map((r) => [r.title, r]));
    expect(byTitle.get("Monthly CMO-CIO breakfast")).toMatchObject({ owner: "Sam Rivera (COO office)", owner_is_participant: "no", due_date: "2026-12-20", status: "ongoing", imperative: "trust", visible_to_participants: "yes", origin_kind: "" });
    expect(byTitle.get(recTitle)).toMatchObject({ owner: owner.name, owner_is_participant: "yes", due_date: "2027-01-15", checklist_done: "1", checklist_total: "2", origin_kind: "recommendation" });
    expect(byTitle.get(gapTitle)).toMatchObject({ priority: "high", visible_to_participants: "no", origin_kind: "gap" });

    // iCalendar: one all-day event per action with a due date, UID from the action id
    const ics = await download(page, "Download due dates (iCalendar)");
    expect(ics.filename).toMatch(/\.ics$/);
    expect(ics.body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const events = vevents(ics.body);
    expect(events).toHaveLength(3);
    const ids = new Map(rows.map((r) => [r.title, r.id]));
    const expected = [
      ["Monthly CMO-CIO breakfast", "20261220"],
      [recTitle, "20270115"],
      [gapTitle, "20270228"],
    ] as const;
    for (const [title, day] of expected) {
      const event = events.find((e) => e.get("UID") === `${ids.get(title)}@bridge-plan`);
      expect(event, title).toBeDefined();
      expect(event!.get("DTSTART;VALUE=DATE")).toBe(day);
    }
    expect(await db.auditLog.count({ where: { actorId: user.id, action: { in: ["export.plan.csv", "export.plan.ics"] } } })).toBe(2);

    // share the plan
    await page.getByRole("button", { name: "Share the action plan with participants" }).click();
    await expect(page.getByTestId("plan-sharing")).toContainText("Shared");
    await expect(page.getByRole("button", { name: "Stop sharing the action plan" })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "plan.share" } })).toBe(1);
    await page.getByRole("button", { name: "Share the results summary with participants" }).click();
    await expect(page.getByTestId("summary-sharing")).toContainText("Shared");
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "summary.share" } })).toBe(1);

    // a participant: their own results, then the visible actions only
    const participant = await browser.newContext({ baseURL });
    const p = await participant.newPage();
    await p.goto(`/r/${viewer.token}`);
    await p.goto("/respond/results");
    await expect(p.getByRole("heading", { level: 1, name: "Your results" })).toBeVisible();
    // the team summary: the same anonymized results as the facilitator's, in words; no internal key, no one's name
    const summary = p.getByRole("region", { name: "Your team's results in brief" });
    await expect(summary.getByRole("heading", { name: "Alignment index" })).toBeVisible();
    await expect(summary.getByRole("heading", { name: "What stands out" })).toBeVisible();
    const summaryText = await summary.innerText();
    for (const key of OPPOSED_ITEMS) expect(summaryText).not.toContain(key);
    for (const r of team.respondents) expect(summaryText).not.toContain(r.name);
    const shared = p.getByRole("region", { name: "Your team's action plan" });
    await expect(shared).toBeVisible();
    await expect(shared.getByRole("heading", { level: 3 })).toHaveText([
      "Monthly CMO-CIO breakfast",
      recTitle,
      "Put the agreed position into practice: IT joins campaign planning from day one",
    ]);
    await expect(p.getByText(gapTitle)).toHaveCount(0);
    await expect(shared.getByText(owner.name)).toBeVisible();
    await expect(shared.getByText("Sam Rivera (COO office)")).toBeVisible();
    // after their own results, and without any script
    const order = await p.evaluate(() => {
      const own = document.getElementById("compare-title")!;
      const summary = document.getElementById("shared-summary-title")!;
      const plan = document.getElementById("shared-plan-title")!;
      return own.compareDocumentPosition(summary) & summary.compareDocumentPosition(plan) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    expect(await p.locator("script[src]").count()).toBe(0);
    await expectNoAxeViolations(p);
    await participant.close();
  });
});
