import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { createAssessment, createOrganization } from "../prisma/factories";

let offeredVersion = "";

async function createOrganizationAndAssessment(page: Page, name: string) {
  await page.goto("/app");
  await page.getByRole("link", { name: "New organization" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Industry").selectOption("Insurance");
  await page.getByLabel("Region").selectOption("eala");
  await page.getByLabel("Annual revenue").selectOption("1-5bn");
  await page.getByLabel("Business model").selectOption("b2b2c");
  // the benchmark panel is an explicit opt-in: unticked, and explained
  await expect(page.getByRole("checkbox", { name: "Join the benchmark panel (optional)" })).not.toBeChecked();
  await expect(page.getByText(/Never names, individual answers or free text/)).toBeVisible();
  await expect(page.getByText(/only where at least 5 organizations contribute/)).toBeVisible();
  await expect(page.getByText(/You can leave the panel at any time/)).toBeVisible();
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("link", { name: "New assessment" }).click();
  await page.getByLabel("Title").fill("Alignment 2026");
  offeredVersion = await page.getByLabel("Questionnaire version").inputValue();
  await page.getByLabel("Quorum: marketing responses").fill("2");
  await page.getByLabel("Quorum: IT responses").fill("2");
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alignment 2026" })).toBeVisible();
}

test.describe("facilitator: organizations, assessments, participants", () => {
  test("creates an organization and an assessment, invites participants, manages links, closes and reopens", async ({ page, context, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    await signInAs(context, db, user);
    await page.goto("/app");
    await expect(page.getByRole("heading", { name: "Organizations" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "New organization" }).click();
    await page.getByRole("button", { name: "Create organization" }).click();
    await expect(page.getByText("Enter the organization's name")).toBeVisible(); // field errors, nothing stored
    await expectNoAxeViolations(page);
    expect(await db.organization.count({ where: { members: { some: { userId: user.id } } } })).toBe(0);

    await createOrganizationAndAssessment(page, "Globex Insurance");
    await expectNoAxeViolations(page);
    expect((await db.organization.findFirstOrThrow({ where: { name: "Globex Insurance", members: { some: { userId: user.id } } } })).panelOptIn).toBe(false);
    // a new assessment gets the version the form offered first, a published one (the newest: lib/data/questionnaire-versions.test.ts;
    // the questionnaire authoring spec may publish a newer one meanwhile, so this spec does not name it)
    const created = await db.assessment.findFirstOrThrow({ where: { title: "Alignment 2026", organization: { name: "Globex Insurance", members: { some: { userId: user.id } } } } });
    expect(created.questionnaireVersionId).toBe(offeredVersion);
    expect((await db.questionnaireVersion.findUniqueOrThrow({ where: { id: offeredVersion } })).status).toBe("published");

    // one participant
    await page.getByLabel("Name", { exact: true }).fill("Maya Chen");
    await page.getByLabel("Email (optional)").fill("maya@globex.example");
    await page.getByRole("button", { name: "Add participant" }).click();
    const firstLink = page.getByLabel("Invitation link for Maya Chen");
    await expect(firstLink).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
    const mayaLink = new URL(await firstLink.inputValue()).pathname; // shown once: read it now

    // a list with a bad row imports nothing
    const list = page.getByLabel(/One participant per line/);
    await list.fill("Rafael Ortiz, rafael@globex.example, it, leader\nBroken Row, nope, sales, boss");
    await page.getByRole("button", { name: "Import list" }).click();
    await expect(page.getByText(/Nothing was imported: 1 line/)).toBeVisible();
    await expect(page.getByText(/Line 2: /)).toBeVisible();
    expect(await db.participant.count({ where: { name: "Rafael Ortiz" } })).toBe(0);
    await list.fill("Rafael Ortiz, rafael@globex.example, it, leader\nAisha Okafor, , it, team\nTom Becker, tom@globex.example, marketing, team");
    await page.getByRole("button", { name: "Import list" }).click();
    await expect(page.getByLabel("Invitation link for Aisha Okafor")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("table", { name: /Participants and their invitations/ }).getByRole("row")).toHaveCount(5);
    await expect(page.getByRole("table", { name: /Submitted responses per side and tier/ })).toContainText("0 of 2");

    // the link works for the respondent; a new link replaces it; withdrawing ends it
    const respondent = await context.browser()!.newContext({ baseURL: page.url() });
    const rPage = await respondent.newPage();
    await rPage.goto(mayaLink);
    await expect(rPage.getByRole("heading", { name: "Welcome, Maya Chen" })).toBeVisible();
    await page.getByRole("button", { name: "New link for Maya Chen" }).click();
    // the new link joins the page's list of links (the reload above emptied it: links are shown once)
    await expect(page.getByLabel("Invitation link for Maya Chen")).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
    expect(new URL(await page.getByLabel("Invitation link for Maya Chen").inputValue()).pathname).not.toBe(mayaLink);
    await rPage.goto(mayaLink);
    await expect(rPage.getByRole("heading", { name: "This invitation link is not valid" })).toBeVisible();
    await page.getByRole("button", { name: "Withdraw link for Maya Chen" }).click();
    await expect(page.getByRole("list", { name: "Invitation links" }).getByRole("listitem").filter({ hasText: "Maya Chen" })).toContainText("withdrawn: no longer works");
    await page.getByRole("button", { name: "Withdraw link for Rafael Ortiz" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link withdrawn" }).first()).toBeVisible();
    await expect(page.getByRole("row", { name: /Rafael Ortiz/ })).toContainText("Link withdrawn");
    await respondent.close();

    await page.getByRole("button", { name: "Close the assessment" }).click();
    await expect(page.getByText("closed: no more answers")).toBeVisible();
    await page.getByRole("button", { name: "Reopen the assessment" }).click();
    await expect(page.getByText(/· open$/)).toBeVisible();
  });

  test("every link made on the page stays listed, with a copy button each, and downloads as a CSV", async ({ page, context, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    const org = await createOrganization(db, { name: `Links org ${Date.now()}`, ownerId: user.id });
    const assessment = await createAssessment(db, org.id, { title: "Links check", createdById: user.id });
    await signInAs(context, db, user);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`/app/assessments/${assessment.id}`);

    // four participants, one at a time; one name starts like a spreadsheet formula
    const people = [
      { name: "Maya Chen", email: "maya@links.example", side: "marketing", tier: "leader" },
      { name: "Ravi Patel", email: "", side: "it", tier: "leader" },
      { name: "=HYPERLINK(1)", email: "tom@links.example", side: "marketing", tier: "team" },
      { name: "Aisha Okafor", email: "aisha@links.example", side: "it", tier: "team" },
    ];
    for (const p of people) {
      await page.getByLabel("Name", { exact: true }).fill(p.name);
      await page.getByLabel("Email (optional)").fill(p.email);
      await page.getByLabel("Side", { exact: true }).selectOption(p.side);
      await page.getByLabel("Tier", { exact: true }).selectOption(p.tier);
      await page.getByRole("button", { name: "Add participant" }).click();
      await expect(page.getByLabel(`Invitation link for ${p.name}`)).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
    }
    const list = page.getByRole("list", { name: "Invitation links" });
    await expect(list.getByRole("listitem")).toHaveCount(4);
    await expect(page.getByRole("heading", { name: "Invitation links made on this page (4)" })).toBeVisible();
    const links: string[] = [];
    for (const p of people) links.push(await page.getByLabel(`Invitation link for ${p.name}`).inputValue());
    expect(new Set(links).size).toBe(4);
    // only hashes are stored: no link (or its token) is in the database
    const hashes = await db.response.findMany({ where: { participant: { assessmentId: assessment.id } }, select: { tokenHash: true } });
    expect(hashes).toHaveLength(4);
    for (const link of links) expect(hashes.map((h) => h.tokenHash)).not.toContain(link.split("/r/")[1]);

    // a copy button per link
    await page.getByRole("button", { name: "Copy link for Ravi Patel" }).click();
    await expect(page.getByRole("button", { name: "Copied for Ravi Patel" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(links[1]);
    await expectNoAxeViolations(page);

    // the CSV: name, e-mail and link of all four, the formula-like name defused
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /Download as CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^bridge-invitation-links-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(await readFile((await download.path())!), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual(people.map((p, i) => ({ name: p.name.startsWith("=") ? `'${p.name}` : p.name, email: p.email, link: links[i] })));
  });
});
