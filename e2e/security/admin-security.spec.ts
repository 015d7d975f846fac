import { createUser, signInAs } from "../support/auth";
import { expect, test } from "../support/fixtures";

test.describe("admin pages are for admins only", () => {
  test("a facilitator gets 404 on admin pages and the audit export", async ({ page, context, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    await signInAs(context, db, user);
    for (const path of ["/admin", "/admin/benchmarks", "/admin/audit", "/admin/users"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
    expect((await page.request.get("/admin/audit/export")).status()).toBe(404);
  });

  test("without a session the audit export answers 401 and admin pages lead to sign-in", async ({ page }) => {
    expect((await page.request.get("/admin/audit/export")).status()).toBe(401);
    await page.goto("/admin/audit");
    expect(page.url()).toMatch(/\/signin/);
  });
});

test.describe("user management is for admins only", () => {
  // The server actions behind /admin/users call lib/data/user-accounts.ts and user-invitations.ts, which refuse a facilitator (or an admin
  // without two-factor) itself: lib/data/user-management.test.ts "who may manage users" covers every function.
  test("a facilitator gets 404 on /admin/users; without a session it leads to sign-in", async ({ page, context, db }) => {
    await page.goto("/admin/users");
    expect(page.url()).toMatch(/\/signin\?next=%2Fadmin%2Fusers/);
    const user = await createUser(db, { role: "facilitator" });
    await signInAs(context, db, user);
    const res = await page.goto("/admin/users");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("button", { name: "Invite", exact: true })).toHaveCount(0);
  });

  test("an admin without two-factor is sent to enrolment, not to the users page", async ({ page, context, db }) => {
    const admin = await createUser(db, { role: "admin" });
    await signInAs(context, db, admin);
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/account\/security/);
  });

  test("a set-password link is one-time and unknown tokens show no form", async ({ page }) => {
    await page.goto("/set-password?token=not-a-real-token");
    await expect(page.getByText("This link has expired or has already been used")).toBeVisible();
    await expect(page.getByLabel("Password", { exact: true })).toHaveCount(0);
    expect(await page.locator('meta[name="referrer"]').getAttribute("content")).toBe("no-referrer");
  });
});

test.describe("benchmark authoring and questionnaire versions are for admins only", () => {
  test("a facilitator gets 404 on the authoring pages and the CSV template; without a session the template leads to sign-in", async ({ page, context, db }) => {
    const signedOut = await page.request.get("/admin/benchmarks/import/template", { maxRedirects: 0 });
    expect(signedOut.status()).toBe(307);
    expect(signedOut.headers().location).toMatch(/\/signin\?next=/);
    const user = await createUser(db, { role: "facilitator" });
    await signInAs(context, db, user);
    for (const path of ["/admin/benchmarks/new", "/admin/benchmarks/import", "/admin/benchmarks/sources/accenture-2012", "/admin/questionnaires"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
    expect((await page.request.get("/admin/benchmarks/import/template")).status()).toBe(404);
  });
});

test.describe("cross-organization comparisons are for admins only", () => {
  const exports = ["/admin/comparisons/export/csv", "/admin/comparisons/export/xlsx", "/admin/comparisons/export/json"];

  test("a facilitator gets 404 on the page and every export; an admin without two-factor gets no file", async ({ page, context, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    await signInAs(context, db, user);
    expect((await page.goto("/admin/comparisons?panel=demo"))?.status()).toBe(404);
    for (const path of exports) expect((await page.request.get(`${path}?panel=demo`)).status(), path).toBe(404);
    await context.clearCookies();
    const admin = await createUser(db, { role: "admin" });
    await signInAs(context, db, admin);
    for (const path of exports) expect((await page.request.get(path)).status(), path).toBe(404);
    await page.goto("/admin/comparisons");
    await expect(page).toHaveURL(/\/account\/security/);
  });

  test("without a session, or with only a respondent's invite cookie, the exports answer 401", async ({ page, invite }) => {
    for (const path of exports) expect((await page.request.get(path)).status(), path).toBe(401);
    const { link } = await invite("marketing");
    await page.goto(link); // sets the respondent cookie
    for (const path of exports) expect((await page.request.get(path)).status(), path).toBe(401);
    await page.goto("/admin/comparisons");
    expect(page.url()).toMatch(/\/signin\?next=%2Fadmin%2Fcomparisons/);
  });
});
