// The questionnaire pages as a phone receives them: server-rendered HTML that reads without JavaScript, one
// small script (the questionnaire island) instead of the Next.js runtime, and controls that wait for it.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

async function consent(page: Page, link: string) {
  await page.goto(link);
  await page.getByLabel(/I agree to take part/).check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/respond\/context/);
  await expect(page.getByRole("status")).toHaveText("Answers are saved as you go"); // this page's island ran
}

test.describe("questionnaire pages", () => {
  test("ship only the questionnaire island, cached for good, and never cache the page itself", async ({ page, invite }) => {
    const { link } = await invite("marketing");
    await consent(page, link);
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    const response = await page.goto("/respond/business-levers");
    expect(response!.headers()["cache-control"]).toBe("private, no-store");
    await expect(page.getByRole("status")).toHaveText("Answers are saved as you go");
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/islands\/questionnaire-[A-Z0-9]+\.js$/);
    const island = await page.request.get(scripts[0]!);
    expect(island.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(await page.locator('script[src^="/_next/"]').count()).toBe(0);
    // the script took over the server's markup without an error or a warning
    await page.getByRole("radio").first().check();
    await expect(page.getByRole("status")).toHaveText("All answers saved");
    expect(problems).toEqual([]);
  });

  test("welcome, review and link-problem pages ship no JavaScript at all, and consent works without it", async ({ browser, invite }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    const { link } = await invite("it", "team");
    await page.goto(link);
    await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
    await page.getByLabel(/I agree to take part/).check();
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await expect(page).toHaveURL(/\/respond\/context/);
    await page.goto("/respond/review");
    await expect(page.getByRole("heading", { name: "Review and submit" })).toBeVisible();
    await page.goto("/respond/link-problem?reason=expired");
    await expect(page.getByRole("heading", { name: "This invitation link has expired" })).toBeVisible();
    expect(scripts.filter((u) => !u.includes("/islands/"))).toEqual([]);
    expect(await page.locator("script[src]").count()).toBe(0);
    await context.close();
  });

  test("read without their script, with controls disabled and a message if it cannot load", async ({ page, invite }) => {
    const { link } = await invite("it");
    await consent(page, link);
    await page.route("**/islands/**", (route) => route.abort());
    await page.goto("/respond/business-levers");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Business levers");
    await expect(page.getByRole("status")).toHaveText(/^The form could not load\. Check your connection and reload the page/);
    const radios = page.getByRole("radio");
    expect(await radios.count()).toBeGreaterThan(5);
    await expect(radios.first()).toBeDisabled();
    await expect(page.getByRole("button", { name: "Next section" })).toBeDisabled();
    await expectNoAxeViolations(page);

    await page.unroute("**/islands/**");
    await page.reload();
    await expect(radios.first()).toBeEnabled();
    await expect(page.getByRole("button", { name: "Next section" })).toBeEnabled();
  });

  test("a link followed while an answer is still saving waits for it, so the next page counts it", async ({ page, invite }) => {
    const { link } = await invite("marketing");
    await consent(page, link);
    await page.goto("/respond/business-levers");
    const progress = page.getByText(/^\d+ of \d+ questions answered$/);
    const before = Number((await progress.textContent())!.split(" ")[0]);
    await expect(page.getByRole("status")).toHaveText("Answers are saved as you go");
    // a slow network: every save takes a second to reach the server
    await page.route("**/api/respond/answers", async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await page.getByRole("radio").first().check();
    await expect(page.getByRole("status")).toHaveText("Saving…");
    await page.getByRole("link", { name: "Back" }).click();
    await expect(page).toHaveURL(/\/respond\/strategic-partner/);
    await expect(progress).toHaveText(new RegExp(`^${before + 1} of `));
  });

  test("an unknown section is a clear not-found page, and link problems are explained", async ({ page, invite }) => {
    const { link } = await invite("marketing");
    await consent(page, link);
    const response = await page.goto("/respond/no-such-section");
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeAttached();
    await expectNoAxeViolations(page);
    await page.goto("/respond/link-problem?reason=__proto__");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This invitation link is not valid");
    await page.goto("/respond/link-problem?reason=revoked");
    await expect(page.getByRole("heading", { name: "This invitation link was withdrawn" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
