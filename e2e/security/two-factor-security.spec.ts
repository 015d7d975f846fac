// Two-factor under attack (decision 45): a TOTP code signs in once, even in a second browser within its 30
// seconds; and an attacker who knows the password and sends wrong codes from several addresses (more than the
// 10 that used to lock the account for 15 minutes) does not keep the owner out. Each browser and each attacker
// address has its own client address (X-Forwarded-For; the e2e server trusts one proxy hop).
import { type BrowserContext, type Page, request } from "@playwright/test";
import { createUser, freshTotp, testClientAddress, totp, type TestUser } from "../support/auth";
import { expect, test } from "../support/fixtures";

async function browserAt(context: BrowserContext, address: string): Promise<Page> {
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": address });
  return context.newPage();
}

/** Email and password through the form, then the code step's `code`. */
async function signInWithCode(page: Page, user: TestUser, code: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Two-factor authentication" })).toBeVisible();
  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
}

/** An attacker's script from one address: the password step, then wrong codes posted to better-auth directly. */
async function sendWrongCodes(baseURL: string, user: TestUser, codes: string[]) {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": testClientAddress(), Origin: baseURL } });
  try {
    const step1 = await api.post("/api/auth/sign-in/email", { data: { email: user.email, password: user.password } });
    expect(await step1.json()).toMatchObject({ twoFactorRedirect: true });
    const statuses: number[] = [];
    for (const code of codes) statuses.push((await api.post("/api/auth/two-factor/verify-totp", { data: { code } })).status());
    return statuses;
  } finally {
    await api.dispose();
  }
}

/** Six-digit codes that are not valid now (none of the three steps the server accepts gives them). */
function wrongCodes(secret: string, count: number): string[] {
  const valid = new Set([-30_000, 0, 30_000].map((offset) => totp(secret, Date.now() + offset)));
  const codes: string[] = [];
  for (let n = 100_000; codes.length < count; n += 7_919) if (!valid.has(String(n))) codes.push(String(n));
  return codes;
}

test("one TOTP code signs in once: a second browser sending it within its 30 seconds is refused", async ({ browser, db }) => {
  const user = await createUser(db, { twoFactor: true });
  const first = await browser.newContext();
  const second = await browser.newContext();
  try {
    const code = await freshTotp(user.totpSecret!, 10_000);
    const pageA = await browserAt(first, testClientAddress());
    await signInWithCode(pageA, user, code);
    await expect(pageA).toHaveURL(/\/app$/);

    const pageB = await browserAt(second, testClientAddress());
    await signInWithCode(pageB, user, code);
    await expect(pageB.getByRole("alert").filter({ hasText: "That code has been used already." })).toBeVisible();
    await expect(pageB).toHaveURL(/\/signin/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);

    // the next code works in the second browser
    await pageB.getByLabel("6-digit code").fill(totp(user.totpSecret!, Date.now() + 30_000));
    await pageB.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(pageB).toHaveURL(/\/app$/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
  } finally {
    await first.close();
    await second.close();
  }
});

test("an attacker's 12 wrong codes from 4 addresses do not lock the owner out", async ({ browser, baseURL, db }) => {
  test.slow(); // a wait for a fresh 30-second TOTP window
  const owner = await createUser(db, { twoFactor: true });
  const home = testClientAddress();
  const context = await browser.newContext();
  try {
    // the owner has signed in from home before
    const page = await browserAt(context, home);
    await signInWithCode(page, owner, await freshTotp(owner.totpSecret!));
    await expect(page).toHaveURL(/\/app$/);
    await context.clearCookies();

    // three wrong codes from each of four addresses (better-auth lets an address try 3 codes per 10 s)
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(...(await sendWrongCodes(baseURL!, owner, wrongCodes(owner.totpSecret!, 3))));
    expect(statuses).toHaveLength(12);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);

    // the owner, at home, with the app's next code: signed in
    await signInWithCode(page, owner, totp(owner.totpSecret!, Date.now() + 30_000));
    await expect(page).toHaveURL(/\/app$/);

    // and from a new address, with a backup code
    const elsewhere = await browser.newContext();
    try {
      const away = await browserAt(elsewhere, testClientAddress());
      await away.goto("/signin");
      await away.getByLabel("Email").fill(owner.email);
      await away.getByLabel("Password").fill(owner.password);
      await away.getByRole("button", { name: "Sign in" }).click();
      await away.getByRole("button", { name: "Use a backup code instead" }).click();
      await away.getByRole("textbox", { name: "Backup code" }).fill(owner.backupCodes![0]!);
      await away.getByRole("button", { name: "Verify and sign in" }).click();
      await expect(away).toHaveURL(/\/app$/);
    } finally {
      await elsewhere.close();
    }
    expect(await db.session.count({ where: { userId: owner.id } })).toBe(3);
  } finally {
    await context.close();
  }
});
