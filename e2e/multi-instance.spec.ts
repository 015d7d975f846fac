// Two app instances on one PostgreSQL database behind the round-robin proxy (playwright.postgres.config.ts only;
// the SQLite run ignores this file). Every response names the instance that served it (x-bridge-upstream).
// This project runs before the journeys and alone, in order in one worker, so only its requests go through the
// proxy while it runs.
import type { APIResponse, Page, Response } from "@playwright/test";
import { createUser, SESSION_COOKIE, testClientAddress } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { itemsOfSection } from "./support/questionnaire";

test.describe.configure({ mode: "default" }); // in order, in one worker, whatever fullyParallel says

const upstreamOf = (response: Response | APIResponse | null) => {
  const upstream = response?.headers()["x-bridge-upstream"];
  expect(upstream, `${response?.url()} was not served through the proxy`).toMatch(/^[01]$/);
  return upstream!;
};

/**
 * Loads `path` until both instances have served it; `check` runs after every load. A page load is the document
 * plus its assets and prefetches, all through the proxy: when their number is even, every load's document lands on
 * the same instance, so every other load is preceded by one more request, which shifts the turn by one.
 */
async function loadOnBothInstances(page: Page, path: string, check: () => Promise<void>) {
  const servedBy = new Set<string>();
  for (let i = 0; i < 8 && servedBy.size < 2; i++) {
    if (i % 2 === 1) expect((await page.request.get("/api/health")).ok()).toBe(true);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await check();
    servedBy.add(upstreamOf(response));
  }
  expect([...servedBy].sort()).toEqual(["0", "1"]);
}

test("consecutive requests through the proxy alternate between the two instances", async ({ request }) => {
  const upstreams: number[] = [];
  for (let i = 0; i < 4; i++) {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
    upstreams.push(Number(upstreamOf(response)));
  }
  const first = upstreams[0]!;
  expect(upstreams).toEqual([first, 1 - first, first, 1 - first]);
});

test("a session from signing in through one instance is valid on the other", async ({ page, context, db }) => {
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": testClientAddress() }); // its own sign-in rate limit
  const user = await createUser(db, { role: "facilitator" });
  await page.goto("/signin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  const issued = page.waitForResponse(async (r) => ((await r.headerValue("set-cookie")) ?? "").includes(`${SESSION_COOKIE}=`));
  await page.getByRole("button", { name: "Sign in" }).click();
  upstreamOf(await issued); // the cookie came through the proxy from one instance
  await expect(page).toHaveURL(/\/app$/);
  expect(await db.session.count({ where: { userId: user.id } })).toBe(1);

  // the app page, signed in, from both instances: one of them did not issue the cookie
  await loadOnBothInstances(page, "/app", async () => {
    await expect(page).toHaveURL(/\/app$/);
    await expect(page.getByRole("heading", { level: 1, name: "Organizations" })).toBeVisible();
  });
});

test("a respondent's invite cookie and autosave work across both instances", async ({ page, invite, db }) => {
  const { link, responseId } = await invite("marketing", "team");
  await page.goto(link); // sets the invite cookie, on whichever instance answers
  await expect(page).toHaveURL(/\/respond$/);
  await page.getByLabel(/I agree to take part/).check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/respond\/context/);

  await page.goto("/respond/cxo");
  const [item] = itemsOfSection("cxo", "marketing");
  const agree = page.locator(`#item-${item!.key}`).getByRole("radio", { name: "Agree", exact: true });
  const saved = page.waitForResponse((r) => r.url().endsWith("/api/respond/answers") && r.request().method() === "POST");
  await agree.check();
  const save = await saved;
  expect(save.ok()).toBe(true);
  upstreamOf(save);
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();
  await expect.poll(async () => (await db.answer.findFirst({ where: { responseId, item: { key: item!.key } } }))?.value).toBe(4); // "Agree" on the 1..5 scale

  // the section page from both instances, each with the invite cookie and the answer saved through one of them
  await loadOnBothInstances(page, "/respond/cxo", async () => {
    await expect(page).toHaveURL(/\/respond\/cxo/);
    await expect(agree).toBeChecked();
  });
});
