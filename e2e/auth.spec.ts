// Signing in and out as a person does: through the form, with the mouse. Each test has its own client address
// (X-Forwarded-For), so the sign-in rate limit (5 per address and minute) counts only its own attempts.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createUser, freshTotp, testClientAddress, totp, type TestUser } from "./support/auth";
import { expect, test } from "./support/fixtures";

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": testClientAddress() });
});

async function submitSignIn(page: Page, user: Pick<TestUser, "email" | "password">) {
  await page.getByLabel("Email").click();
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").click();
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("signing in and out", () => {
  test("a facilitator signs in with the mouse, lands on /app, signs out: the session is gone and /app asks to sign in", async ({ page, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    await page.goto("/app");
    await expect(page).toHaveURL(/\/signin\?next=%2Fapp$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expectNoAxeViolations(page);

    await submitSignIn(page, user);
    await expect(page).toHaveURL(/\/app$/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);

    await page.goto("/account/security");
    await expect(page.getByRole("heading", { level: 1, name: "Account and security" })).toBeVisible();
    await expect(page.getByText(user.email)).toBeVisible();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/signin$/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    await page.goto("/app");
    await expect(page).toHaveURL(/\/signin\?next=%2Fapp$/);
  });

  test("after signing in, the visitor returns to the page they asked for", async ({ page, db }) => {
    const user = await createUser(db);
    await page.goto("/account/security");
    await expect(page).toHaveURL(/\/signin\?next=%2Faccount%2Fsecurity$/);
    await submitSignIn(page, user);
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByRole("heading", { level: 1, name: "Account and security" })).toBeVisible();
    // a signed-in visitor who opens the sign-in page goes on to the app
    await page.goto("/signin");
    await expect(page).toHaveURL(/\/app$/);
  });

  test("an admin is held on /account/security until two-factor is on, then signs in with password and code", async ({ page, db }) => {
    test.slow(); // up to two waits for a fresh 30-second TOTP window
    const admin = await createUser(db, { role: "admin" });
    await page.goto("/signin");
    await submitSignIn(page, admin);
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByRole("heading", { name: "Turn on two-factor authentication to continue" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/app");
    await expect(page).toHaveURL(/\/account\/security$/); // every other page sends the admin back here

    // enrol: password → setup key and backup codes → first code
    await page.getByLabel("Your password").fill(admin.password);
    await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
    const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s+/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
    await expect(page.getByTestId("totp-uri")).toHaveText(new RegExp(`^otpauth://totp/Bridge:.+secret=${secret}`));
    await expect(page.getByRole("list", { name: "Backup codes" }).getByRole("listitem")).toHaveCount(10);
    await expectNoAxeViolations(page);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).twoFactorEnabled).toBe(false);

    await page.getByLabel("6-digit code").fill(await freshTotp(secret));
    await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
    await expect(page.getByText("Administrators must keep two-factor authentication on.")).toBeVisible();
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).twoFactorEnabled).toBe(true);
    await page.goto("/app");
    await expect(page).toHaveURL(/\/app$/);

    // sign out, then back in: the password alone is not enough any more
    await page.goto("/account/security");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/signin$/);
    await submitSignIn(page, admin);
    await expect(page.getByRole("heading", { name: "Two-factor authentication" })).toBeVisible();
    await expect(page.getByLabel("6-digit code")).toBeFocused();
    expect(await db.session.count({ where: { userId: admin.id } })).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByLabel("6-digit code").fill("12345");
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page.getByText("Enter the 6-digit code from your authenticator app")).toBeVisible(); // checked in the browser
    // the enrolment's code is used up (each code works once, decision 45): the app's next code, which the server
    // already accepts (one step either side)
    await page.getByLabel("6-digit code").fill(totp(secret, Date.now() + 30_000));
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page).toHaveURL(/\/app$/);
    expect(await db.session.count({ where: { userId: admin.id } })).toBe(1);
  });

  test("a two-factor user can sign in with a backup code, which then works no more", async ({ page, db }) => {
    const user = await createUser(db, { twoFactor: true });
    const code = user.backupCodes![0]!;
    await page.goto("/signin");
    await submitSignIn(page, user);
    await page.getByRole("button", { name: "Use a backup code instead" }).click();
    await page.getByRole("textbox", { name: "Backup code" }).fill(code);
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page).toHaveURL(/\/app$/);

    await page.context().clearCookies();
    await page.goto("/signin");
    await submitSignIn(page, user);
    await page.getByRole("button", { name: "Use a backup code instead" }).click();
    await page.getByRole("textbox", { name: "Backup code" }).fill(code);
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "That backup code is not right, or it has been used already." })).toBeVisible();
    await expect(page).toHaveURL(/\/signin$/);
  });
});
