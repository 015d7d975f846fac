// Admin user management through the browser: invite → set password → sign in (audited), disable a signed-in
// facilitator, change a role, reset two-factor; axe on every admin page visited.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs, testClientAddress, type TestUser } from "./support/auth";
import { expect, test } from "./support/fixtures";

const uniqueEmail = (label: string) => `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@e2e.example`;

async function openUsers(page: Page) {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
}

const userRow = (page: Page, user: Pick<TestUser, "email">) => page.getByRole("row").filter({ hasText: user.email });

/** Clicks an action in the user's row and confirms it. */
async function confirmChange(page: Page, user: Pick<TestUser, "email" | "name">, button: string, confirm: string) {
  await userRow(page, user).getByRole("button", { name: `${button} for ${user.name}` }).click();
  const group = page.getByRole("group", { name: `Confirm: ${button} for ${user.name}` });
  await expect(group).toBeVisible();
  await group.getByRole("button", { name: confirm }).click();
  await expect(userRow(page, user).getByRole("status")).toContainText("done");
}

test.describe("admin: users", () => {
  test("invites a facilitator, who sets a password, signs in, and appears in the audit log", async ({ page, context, browser, db }) => {
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    await signInAs(context, db, admin);
    await openUsers(page);
    await expectNoAxeViolations(page);
    // the admin's own row offers no changes
    await expect(userRow(page, admin).getByRole("cell", { name: "You" })).toBeVisible();
    await expect(userRow(page, admin).getByRole("button")).toHaveCount(0);

    const email = uniqueEmail("invitee");
    await page.getByLabel("Name").fill("Ines Invitee");
    await page.getByLabel("E-mail").fill(email);
    await page.getByRole("button", { name: "Invite", exact: true }).click();
    const linkBox = page.getByRole("textbox", { name: "Set-password link for Ines Invitee" });
    await expect(linkBox).toBeVisible();
    const link = await linkBox.inputValue();
    expect(link).toMatch(/\/set-password\?token=[\w-]{40,}$/);
    await expect(userRow(page, { email })).toContainText("Invited (no password yet)");
    await expectNoAxeViolations(page);

    // the same address again: a field error, no second account
    await page.getByLabel("Name").fill("Ines Again");
    await page.getByLabel("E-mail").fill(email.toUpperCase());
    await page.getByRole("button", { name: "Invite", exact: true }).click();
    await expect(page.getByText("A user with this e-mail address already exists").first()).toBeVisible();
    await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
    expect(await db.user.count({ where: { email } })).toBe(1);

    const invitee = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": testClientAddress() } });
    const p = await invitee.newPage();
    await p.goto(link);
    await expect(p.getByRole("heading", { name: "Choose your password" })).toBeVisible();
    await expect(p.getByText(email)).toBeVisible();
    await expectNoAxeViolations(p);
    await p.getByLabel("Password", { exact: true }).fill("password1234");
    await p.getByLabel("Password again").fill("password1234");
    await p.getByRole("button", { name: "Set password" }).click();
    await expect(p.getByText("This password is too common")).toBeVisible();
    const password = "orchard lantern copper swift";
    await p.getByLabel("Password", { exact: true }).fill(password);
    await p.getByLabel("Password again").fill(password);
    await p.getByRole("button", { name: "Set password" }).click();
    await expect(p.getByText("Your password is set.")).toBeVisible();
    await p.getByRole("status").getByRole("link", { name: "Sign in" }).click();
    await p.getByLabel("Email").fill(email);
    await p.getByLabel("Password").fill(password);
    await p.getByRole("button", { name: "Sign in" }).click();
    await expect(p).toHaveURL(/\/app$/);
    await expect(p.getByText("Signed in as Ines Invitee (facilitator)")).toBeVisible();
    // the link worked once
    await p.goto(link);
    await expect(p.getByText("This link has expired or has already been used")).toBeVisible();
    await invitee.close();

    await page.goto(`/admin/audit?action=auth.sign-in&actor=${encodeURIComponent(email)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    const entries = page.getByRole("table", { name: /Audit entries/ }).getByRole("row");
    await expect(entries).toHaveCount(2); // header + the one sign-in
    await expect(entries.nth(1)).toContainText(email);
    await expectNoAxeViolations(page);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.auditLog.count({ where: { action: "user.invite", targetId: user.id, actorId: admin.id } })).toBe(1);
  });

  test("disabling a signed-in facilitator sends their next page load to sign-in; enabling lets them back", async ({ page, context, browser, db }) => {
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    const facilitator = await createUser(db);
    await signInAs(context, db, admin);
    const other = await browser.newContext();
    await signInAs(other, db, facilitator);
    const f = await other.newPage();
    await f.goto("/app");
    await expect(f).toHaveURL(/\/app$/);

    await openUsers(page);
    await userRow(page, facilitator).getByRole("button", { name: `Disable for ${facilitator.name}` }).click();
    await expectNoAxeViolations(page); // with the confirmation open
    await page.getByRole("button", { name: "Yes, disable" }).click();
    await expect(userRow(page, facilitator)).toContainText("Disabled");
    expect(await db.session.count({ where: { userId: facilitator.id } })).toBe(0);

    await f.reload();
    await expect(f).toHaveURL(/\/signin/);

    await userRow(page, facilitator).getByRole("button", { name: `Enable for ${facilitator.name}` }).click();
    await expect(userRow(page, facilitator)).toContainText("Active");
    expect(await db.user.findUniqueOrThrow({ where: { id: facilitator.id } })).toMatchObject({ disabledAt: null, banned: false });
    expect(await db.auditLog.count({ where: { targetId: facilitator.id, action: { in: ["user.disable", "user.enable"] } } })).toBe(2);
    await other.close();
  });

  test("changes a role both ways, and cancelling changes nothing", async ({ page, context, db }) => {
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    const facilitator = await createUser(db);
    await signInAs(context, db, admin);
    await openUsers(page);

    await userRow(page, facilitator).getByRole("button", { name: `Make admin for ${facilitator.name}` }).click();
    await page.getByRole("button", { name: "Cancel" }).click();
    expect((await db.user.findUniqueOrThrow({ where: { id: facilitator.id } })).role).toBe("facilitator");

    await confirmChange(page, facilitator, "Make admin", "Yes, make admin");
    await expect(userRow(page, facilitator).getByRole("cell", { name: "Admin", exact: true })).toBeVisible();
    expect((await db.user.findUniqueOrThrow({ where: { id: facilitator.id } })).role).toBe("admin");
    await confirmChange(page, facilitator, "Make facilitator", "Yes, make facilitator");
    await expect(userRow(page, facilitator).getByRole("cell", { name: "Facilitator", exact: true })).toBeVisible();
    const changes = await db.auditLog.findMany({ where: { targetId: facilitator.id, action: "user.role-change" }, orderBy: { createdAt: "asc" } });
    expect(changes.map((c) => c.detail)).toEqual([
      { from: "facilitator", to: "admin" },
      { from: "admin", to: "facilitator" },
    ]);
    await expectNoAxeViolations(page);
  });

  test("resets a facilitator's two-factor authentication and signs them out", async ({ page, context, browser, db }) => {
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    const facilitator = await createUser(db, { twoFactor: true });
    await signInAs(context, db, admin);
    const other = await browser.newContext();
    await signInAs(other, db, facilitator);

    await openUsers(page);
    await expect(userRow(page, facilitator).getByRole("cell", { name: "On", exact: true })).toBeVisible();
    await confirmChange(page, facilitator, "Reset two-factor", "Yes, reset two-factor");
    await expect(userRow(page, facilitator).getByRole("cell", { name: "Off", exact: true })).toBeVisible();
    expect(await db.twoFactor.count({ where: { userId: facilitator.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: facilitator.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: facilitator.id, action: "user.2fa-reset", actorId: admin.id } })).toBe(1);
    const f = await other.newPage();
    await f.goto("/app");
    await expect(f).toHaveURL(/\/signin/);
    await other.close();
    await expectNoAxeViolations(page);
  });
});
