import { createUser, signInAs } from "../support/auth";
import { expect, test } from "../support/fixtures";

test.describe("admin pages are for admins only", () => {
  test("a facilitator gets 404 on admin pages and the audit export", async ({ page, context, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    await signInAs(context, db, user);
    for (const path of ["/admin", "/admin/benchmarks", "/admin/audit"]) {
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
