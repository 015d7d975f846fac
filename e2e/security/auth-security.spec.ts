// Accounts under attack: wrong and guessed passwords, brute force, cross-site requests, stolen or stale
// cookies, banned users, and respondents' invite cookies. Each test has its own client address (X-Forwarded-For)
// and so its own sign-in rate-limit bucket.
import type { Page } from "@playwright/test";
import { verifyPassword } from "better-auth/crypto";
import type { Db } from "../../lib/db/create-db";
import { expectNoAxeViolations } from "../support/axe";
import { SESSION_COOKIE, createUser, signInAs, testClientAddress, type TestUser } from "../support/auth";
import { expect, test } from "../support/fixtures";

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": testClientAddress() });
});

const signInResponse = (page: Page) => page.waitForResponse((r) => r.url().endsWith("/api/auth/sign-in/email") && r.request().method() === "POST");

async function submitSignIn(page: Page, user: Pick<TestUser, "email" | "password">) {
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  const [response] = await Promise.all([signInResponse(page), page.getByRole("button", { name: "Sign in" }).click()]);
  return response.status();
}

const formAlert = (page: Page, text: string) => page.getByRole("alert").filter({ hasText: text });

async function storedPasswordHash(db: Db, userId: string) {
  return (await db.account.findFirstOrThrow({ where: { userId, providerId: "credential" } })).password!;
}

test.describe("the sign-in form", () => {
  test("field errors are tied to their fields; a wrong password and an unknown email get the same message and no session", async ({ page, db }) => {
    const user = await createUser(db);
    await page.goto("/signin");
    await page.getByRole("button", { name: "Sign in" }).click();
    const email = page.getByLabel("Email");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAttribute("aria-describedby", "signin-email-error");
    await expect(page.locator("#signin-email-error")).toHaveText("Enter your email address");
    await expect(page.locator("#signin-password-error")).toHaveText("Enter your password");
    await expect(email).toBeFocused();
    await email.fill("not-an-email");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#signin-email-error")).toHaveText("Enter a valid email address, like name@example.com");
    await expectNoAxeViolations(page);

    expect(await submitSignIn(page, { email: user.email, password: "Not-the-password-1" })).toBe(401);
    await expect(formAlert(page, "Email or password is incorrect.")).toBeVisible();
    await expect(page.getByLabel("Password")).toHaveValue(""); // the wrong password is not left in the field
    await expectNoAxeViolations(page);
    expect(await submitSignIn(page, { email: "nobody-here@e2e.example", password: "Not-the-password-1" })).toBe(401);
    await expect(formAlert(page, "Email or password is incorrect.")).toBeVisible();
    await expect(page).toHaveURL(/\/signin$/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await page.context().cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
  });

  test("the 6th sign-in attempt within a minute is refused with “Too many attempts”, even with the right password", async ({ page, db }) => {
    const user = await createUser(db);
    await page.goto("/signin");
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push(await submitSignIn(page, { email: user.email, password: `Wrong-password-${i}` }));
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect(await submitSignIn(page, user)).toBe(429);
    await expect(formAlert(page, "Too many attempts")).toBeVisible();
    await expect(page).toHaveURL(/\/signin$/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  test("the session cookie is HttpOnly and SameSite=Lax; an off-site `next` is ignored", async ({ page, context, db }) => {
    const user = await createUser(db);
    await page.goto("/signin?next=https://evil.example/steal");
    expect(await submitSignIn(page, user)).toBe(200);
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/app$/);
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
    const [token] = decodeURIComponent(cookie!.value).split(".");
    expect(await db.session.count({ where: { userId: user.id, token } })).toBe(1);

    await page.context().clearCookies();
    await page.goto("/signin?next=//evil.example");
    expect(await submitSignIn(page, user)).toBe(200);
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/app$/);
  });
});

test.describe("cross-site requests", () => {
  test("a sign-in posted from another origin is refused (403) and creates no session", async ({ page, db }) => {
    const user = await createUser(db);
    const res = await page.request.post("/api/auth/sign-in/email", {
      data: { email: user.email, password: user.password },
      headers: { Origin: "https://evil.example" },
    });
    expect(res.status()).toBe(403);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    // the same request from our own origin works, so the 403 was the origin check
    const ok = await page.request.post("/api/auth/sign-in/email", { data: { email: user.email, password: user.password } });
    expect(ok.status()).toBe(200);
  });

  test("a cross-site password change with the victim's cookie is refused and changes nothing", async ({ page, context, db }) => {
    const user = await createUser(db);
    await signInAs(context, db, user);
    const before = await storedPasswordHash(db, user.id);
    const res = await page.request.post("/api/auth/change-password", {
      data: { currentPassword: user.password, newPassword: "violet kettle harbour tram" },
      headers: { Origin: "https://evil.example" },
    });
    expect(res.status()).toBe(403);
    expect(await storedPasswordHash(db, user.id)).toBe(before);
  });
});

test.describe("passwords and sessions", () => {
  test("a common password is refused on change, on the new-password field, and nothing changes", async ({ page, context, db }) => {
    const user = await createUser(db);
    await signInAs(context, db, user);
    await page.goto("/account/security");
    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill("Password1234!");
    await page.getByLabel("New password again").fill("Password1234!");
    await page.getByRole("button", { name: "Change password" }).click();
    const field = page.getByLabel("New password", { exact: true });
    await expect(page.locator("#new-password-error")).toHaveText(/too common/);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAttribute("aria-describedby", "new-password-hint new-password-error");
    await expectNoAxeViolations(page);
    expect(await verifyPassword({ hash: await storedPasswordHash(db, user.id), password: user.password })).toBe(true);
  });

  test("changing the password signs out the other device at once", async ({ page, context, browser, db }) => {
    const user = await createUser(db);
    await signInAs(context, db, user);
    const other = await browser.newContext();
    await signInAs(other, db, user);
    const otherPage = await other.newPage();
    await otherPage.goto("/account/security");
    await expect(otherPage.getByRole("heading", { level: 1, name: "Account and security" })).toBeVisible();

    await page.goto("/account/security");
    await expect(page.getByRole("list", { name: "Where you are signed in" }).getByRole("listitem")).toHaveCount(2);
    const newPassword = "violet kettle harbour tram";
    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("New password again").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    expect(await verifyPassword({ hash: await storedPasswordHash(db, user.id), password: newPassword })).toBe(true);

    await otherPage.goto("/account/security");
    await expect(otherPage).toHaveURL(/\/signin\?next=%2Faccount%2Fsecurity$/);
    await page.reload(); // this device stays signed in
    await expect(page.getByRole("heading", { level: 1, name: "Account and security" })).toBeVisible();
    await other.close();
  });

  test("“sign out everywhere else” ends the other sessions and keeps this one", async ({ page, context, browser, db }) => {
    const user = await createUser(db);
    await signInAs(context, db, user);
    const other = await browser.newContext();
    await signInAs(other, db, user);
    await page.goto("/account/security");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sign out everywhere else" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Every other device was signed out." })).toBeVisible();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    const otherPage = await other.newPage();
    await otherPage.goto("/app");
    await expect(otherPage).toHaveURL(/\/signin/);
    await other.close();
  });

  test("a banned user's existing cookie stops working at once, and signing in again is refused", async ({ page, context, db }) => {
    const user = await createUser(db);
    await signInAs(context, db, user);
    await page.goto("/account/security");
    await expect(page.getByRole("heading", { level: 1, name: "Account and security" })).toBeVisible();
    // banned directly in the database, sessions left in place: the guard itself must refuse them
    await db.user.update({ where: { id: user.id }, data: { banned: true, banReason: "e2e" } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    await page.goto("/account/security");
    await expect(page).toHaveURL(/\/signin\?next=%2Faccount%2Fsecurity$/);
    await page.goto("/app");
    await expect(page).toHaveURL(/\/signin/);

    await page.goto("/signin");
    expect(await submitSignIn(page, user)).toBe(403);
    await expect(formAlert(page, "This account is disabled")).toBeVisible();
  });
});

test.describe("cookies that are not a facilitator session", () => {
  test("a respondent's invite cookie, or a forged session cookie, never opens /app", async ({ page, context, invite, baseURL }) => {
    const { link } = await invite("marketing");
    await page.goto(link);
    expect((await context.cookies()).some((c) => c.name === "bridge_invite")).toBe(true);
    await page.goto("/app");
    await expect(page).toHaveURL(/\/signin\?next=%2Fapp$/);
    await page.goto("/account/security");
    await expect(page).toHaveURL(/\/signin\?next=%2Faccount%2Fsecurity$/);

    // a cookie with the right name but no valid signature passes the proxy's quick check, not the guard
    await context.addCookies([{ name: SESSION_COOKIE, value: "forged-token.forged-signature", url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
    await page.goto("/app");
    await expect(page).toHaveURL(/\/signin\?next=%2Fapp$/);
    await page.goto("/account/security");
    await expect(page).toHaveURL(/\/signin\?next=%2Faccount%2Fsecurity$/);
  });
});
