// Content-Security-Policy without 'unsafe-inline' for scripts (issue #16 item 5, decision 44): every page of every
// role answers with a policy that allows scripts by this response's nonce only, every script element in its HTML
// carries that nonce, the browser reports no violation, and the page still works (React hydrated the App Router
// pages, the questionnaire island saves answers, forms that need JavaScript work).
import type { Page } from "@playwright/test";
import { createUser, signInAs, testClientAddress } from "../support/auth";
import { expectHydrated, expectNoncePolicy, scriptSrcOf, watchCspViolations } from "../support/csp";
import { expect, test } from "../support/fixtures";
import { itemsOfSection } from "../support/questionnaire";
import { createGappedAssessment } from "../support/workshop";

type Watch = Awaited<ReturnType<typeof watchCspViolations>>;

/** Opens `path`: the nonce policy and scripts, no violation, and (App Router pages) React hydrated. */
async function visit(page: Page, watch: Watch, path: string, options: { status?: number; hydrates?: boolean; url?: RegExp } = {}) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(options.status ?? 200);
  if (options.url) await expect(page).toHaveURL(options.url);
  const { inlineScripts } = await expectNoncePolicy(response);
  if (options.hydrates ?? true) {
    expect(inlineScripts, `${path}: Next's inline scripts`).toBeGreaterThan(0);
    await expectHydrated(page);
  }
  await page.waitForLoadState("load");
  expect(await watch.all(), path).toEqual([]);
}

test.describe("Content-Security-Policy: scripts by nonce only", () => {
  test("public pages and error pages; an injected inline script is refused; the sign-in form works", async ({ page, context, db }) => {
    const watch = await watchCspViolations(page);
    await visit(page, watch, "/");
    await visit(page, watch, "/no-such-page", { status: 404 });
    await visit(page, watch, "/r/not-a-real-token", { url: /\/respond\/link-problem/, hydrates: false });
    await visit(page, watch, "/respond/link-problem?reason=expired", { hydrates: false });

    // a fresh nonce every response
    const first = await expectNoncePolicy(await page.request.get("/signin"));
    const second = await expectNoncePolicy(await page.request.get("/signin"));
    expect(first.nonce).not.toBe(second.nonce);

    await visit(page, watch, "/signin");
    // the check itself works: markup injected into the page's HTML (what an XSS would add) does not run, and is
    // reported: an inline script, one with a made-up nonce, and a same-origin script file without the nonce
    await page.route("**/signin", async (route) => {
      const response = await route.fetch();
      const injected = `<script>window.__injected = "inline"</script><script nonce="bm90LXRoZS1ub25jZQ==">window.__injected = "nonce"</script><script src="/icon.svg"></script>`;
      await route.fulfill({ response, body: (await response.text()).replace("</head>", `${injected}</head>`) });
    });
    await page.goto("/signin");
    await expectHydrated(page); // Next's own scripts still run
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected ?? "none")).toBe("none");
    const reported = await watch.all();
    // Chromium names the inline ones' blocked address "inline"
    expect(reported.filter((v) => /^script-src(-elem)? inline at \/signin$/.test(v)), reported.join("\n")).toHaveLength(2);
    expect(reported.filter((v) => /^script-src(-elem)? \S+\/icon\.svg at \/signin$/.test(v)), reported.join("\n")).toHaveLength(1);
    await page.unrouteAll();

    // signing in through the form needs its JavaScript (better-auth's client)
    const fresh = await context.browser()!.newContext({ extraHTTPHeaders: { "X-Forwarded-For": testClientAddress() } });
    const signIn = await fresh.newPage();
    const signInWatch = await watchCspViolations(signIn);
    const user = await createUser(db, { role: "facilitator" });
    await visit(signIn, signInWatch, "/signin");
    await signIn.getByLabel("Email").fill(user.email);
    await signIn.getByLabel("Password").fill(user.password);
    await signIn.getByRole("button", { name: "Sign in" }).click();
    await expect(signIn).toHaveURL(/\/app$/);
    await expect(signIn.getByRole("heading", { level: 1, name: "Organizations" })).toBeVisible();
    expect(await signInWatch.all()).toEqual([]);
    await fresh.close();
  });

  test("respondent pages: the island loader carries the nonce, the form hydrates and saves", async ({ page, invite }) => {
    const watch = await watchCspViolations(page);
    const { link } = await invite("marketing");
    await visit(page, watch, link, { url: /\/respond$/, hydrates: false });
    await page.getByLabel(/I agree to take part/).check();
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await expect(page).toHaveURL(/\/respond\/context/);

    const response = await page.goto("/respond/cxo");
    const { nonce, inlineScripts } = await expectNoncePolicy(response);
    expect(inlineScripts).toBe(1); // the island's loader
    expect(await page.locator("script:not([src]):not([type])").evaluate((s: HTMLScriptElement) => s.nonce)).toBe(nonce);
    await expect(page.getByRole("status")).toHaveText("Answers are saved as you go"); // the island ran
    const [item] = itemsOfSection("cxo", "marketing");
    const saved = page.waitForResponse((r) => r.url().endsWith("/api/respond/answers") && r.request().method() === "POST");
    await page.locator(`#item-${item!.key}`).getByRole("radio", { name: "Agree", exact: true }).check();
    expect((await saved).ok()).toBe(true);
    await expect(page.getByRole("status")).toHaveText("All answers saved");
    expect(await watch.all()).toEqual([]);

    await visit(page, watch, "/respond/review", { hydrates: false });
    await visit(page, watch, "/respond", { hydrates: false });
    await visit(page, watch, "/respond/no-such-section", { status: 404, hydrates: false });
  });

  test("facilitator pages, and a form that needs JavaScript", async ({ page, context, db }) => {
    const user = await createUser(db, { role: "facilitator" });
    const { assessment, org } = await createGappedAssessment(db, user.id, { reveal: true });
    await signInAs(context, db, user);
    const watch = await watchCspViolations(page);
    const a = `/app/assessments/${assessment.id}`;
    for (const path of ["/app", "/app/organizations/new", `/app/organizations/${org.id}`, `/app/organizations/${org.id}/assessments/new`, a, `${a}/results`, `${a}/workshop`, `${a}/plan`, `${a}/trends`, `${a}/waves/new`, "/account/security"]) {
      await visit(page, watch, path);
    }
    await visit(page, watch, `${a}/plan/new`);
    await page.getByRole("button", { name: "Add a step" }).click(); // client-side only
    await expect(page.getByLabel("Step 1", { exact: true })).toBeVisible();
    expect(await watch.all()).toEqual([]);
  });

  test("admin pages", async ({ page, context, db }) => {
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    await signInAs(context, db, admin);
    const source = await db.benchmarkSource.findFirstOrThrow({ select: { id: true } });
    const watch = await watchCspViolations(page);
    const paths = ["/admin", "/admin/users", "/admin/benchmarks", "/admin/benchmarks/new", "/admin/benchmarks/import", `/admin/benchmarks/sources/${source.id}`,
      "/admin/questionnaires", "/admin/questionnaires/v2", "/admin/questionnaires/v2/preview", "/admin/comparisons", "/admin/audit"];
    for (const path of paths) await visit(page, watch, path);
  });

  test("API answers and static files keep a policy with no inline script at all", async ({ request }) => {
    for (const path of ["/api/health", "/icon.svg"]) {
      const response = await request.get(path);
      expect(scriptSrcOf(response.headers()["content-security-policy"] ?? ""), path).toBe("script-src 'self'");
    }
  });
});
