import type { APIRequestContext, Page } from "@playwright/test";
import { completeAnswers } from "../../lib/test/answers";
import { QUESTIONNAIRE_V1 } from "../../lib/questionnaire/builtin";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { e2ePrefilled } from "../support/questionnaire";

async function openAndConsent(page: Page, link: string) {
  await page.goto(link);
  await page.getByLabel(/I agree to take part/).check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/respond\/context/);
}

async function save(request: APIRequestContext, body: unknown, headers: Record<string, string> = {}) {
  return request.post("/api/respond/answers", { data: Buffer.from(typeof body === "string" ? body : JSON.stringify(body)), headers: { "Content-Type": "application/json", ...headers } });
}

test.describe("invite links", () => {
  test("the token moves into an HttpOnly cookie and out of the URL, with no referrer", async ({ page, invite, context }) => {
    const { link, token } = await invite("marketing");
    const response = await page.request.get(link, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers()["location"]).toMatch(/\/respond$/);
    expect(response.headers()["referrer-policy"]).toBe("no-referrer");
    await page.goto(link);
    expect(page.url()).not.toContain(token);
    const cookie = (await context.cookies()).find((c) => c.name === "bridge_invite");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    // 30 days from this use (each respondent page renews it), not 90
    const days = (cookie!.expires - Date.now() / 1000) / 86_400;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(await page.evaluate(() => document.cookie)).not.toContain(token);
  });

  test("unknown, revoked and submitted links get a clear page", async ({ page, invite, db }) => {
    await page.goto("/r/this-token-does-not-exist-at-all-1234567890");
    await expect(page.getByRole("heading", { name: "This invitation link is not valid" })).toBeVisible();
    const revoked = await invite("it");
    await db.response.update({ where: { id: revoked.responseId }, data: { tokenRevokedAt: new Date() } });
    await page.goto(revoked.link);
    await expect(page.getByRole("heading", { name: "This invitation link was withdrawn" })).toBeVisible();
    const done = await invite("it");
    await db.response.update({ where: { id: done.responseId }, data: { status: "submitted", submittedAt: new Date(), consentAt: new Date() } });
    await page.goto(done.link);
    await expect(page.getByRole("heading", { name: "You have already submitted your answers" })).toBeVisible();
  });

  test("repeated bad tokens from one client are rate-limited with 429", async ({ playwright, baseURL }) => {
    const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77" } });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await client.get(`/r/guess-${i}-aaaaaaaaaaaaaaaaaaaaaaaaaaaa`, { maxRedirects: 0 })).status());
    expect(statuses.slice(0, 20).every((s) => s === 303)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    const limited = await client.get("/r/another-guess-bbbbbbbbbbbbbbbbbbbbbbbbbbbbb", { maxRedirects: 0 });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    // the server trusts one proxy (the test runner): an address the client itself puts in front is not believed
    const spoofed = await client.get("/r/third-guess-ccccccccccccccccccccccccccccc", { maxRedirects: 0, headers: { "X-Forwarded-For": "198.18.200.1, 203.0.113.77" } });
    expect(spoofed.status()).toBe(429);
    await client.dispose();
  });
});

test.describe("response headers", () => {
  test("respondent pages keep every protection but the opener policy, which every other page keeps (decision 49)", async ({ page, invite }) => {
    const { link } = await invite("marketing");
    // the invitation link's redirect too: browsers apply the policy of every response of the chain
    const redirect = await page.request.get(link, { maxRedirects: 0 });
    expect(redirect.status()).toBe(303);
    expect(redirect.headers()["cross-origin-opener-policy"]).toBeUndefined();
    // and the consent form's answer, a 303 from /api/respond, on the way to the first section
    const consent = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/api/respond/"));
    await openAndConsent(page, link);
    expect((await consent).status()).toBe(303);
    expect((await consent).headers()["cross-origin-opener-policy"]).toBeUndefined();
    for (const path of ["/respond/context", "/respond/trust", "/respond/review", "/respond/link-problem?reason=revoked"]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers["cross-origin-opener-policy"], path).toBeUndefined();
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    }
    // the page's icon is inline: no request of its own
    await page.goto("/respond/context");
    expect(await page.locator('link[rel="icon"]').getAttribute("href")).toMatch(/^data:image\/svg\+xml,/);
    for (const path of ["/", "/signin", "/app", "/no-such-page"]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.headers()["cross-origin-opener-policy"], path).toBe("same-origin");
    }
  });
});

test.describe("autosave refuses bad input with a message and stores nothing", () => {
  test("bad values, unknown items, oversized text, tampered fields, no cookie, cross-origin", async ({ page, invite, db }) => {
    const { link, responseId } = await invite("marketing");
    await openAndConsent(page, link);
    const req = page.request;
    const count = () => db.answer.count({ where: { responseId } });
    const before = await count();

    // every route answers an error as { error: message, code } (lib/http/route.ts)
    const cases: [unknown, number, RegExp, string][] = [
      [{ itemKey: "no-such-item", value: 3 }, 400, /Unknown question/, "invalid-input"],
      [{ itemKey: "bl-agenda", value: 9 }, 422, /scale/, "unprocessable"],
      [{ itemKey: "bl-tradeoff", value: { "data-access": 50, "privacy-security": 50, speed: 1 } }, 422, /more than 100/, "unprocessable"],
      [{ itemKey: "bl-agenda", value: 4, responseId: "someone-elses-response" }, 400, /Unexpected field/, "invalid-input"],
      [{ itemKey: "tr-one-change", value: "x".repeat(1024 * 1024) }, 413, /too long/, "too-large"],
      ["{not json", 400, /not valid JSON/, "invalid-input"],
    ];
    for (const [body, status, message, code] of cases) {
      const res = await save(req, body);
      expect(res.status(), JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(await res.json()).toEqual({ error: expect.stringMatching(message), code });
    }
    const crossOrigin = await save(req, { itemKey: "bl-agenda", value: 4 }, { Origin: "https://evil.example" });
    expect(crossOrigin.status()).toBe(403);
    expect(await crossOrigin.json()).toEqual({ error: "Cross-origin requests are not allowed", code: "forbidden" });
    expect(await count()).toBe(before);

    const anonymous = await page.context().browser()!.newContext();
    const noCookie = await save(anonymous.request, { itemKey: "bl-agenda", value: 4 });
    expect(noCookie.status()).toBe(401);
    expect(await noCookie.json()).toEqual({ error: "Open your invitation link first", code: "unauthenticated" });
    await anonymous.close();

    const ok = await save(req, { itemKey: "bl-agenda", value: 4 });
    expect(ok.status()).toBe(200);
    expect(await count()).toBe(before + 1);
  });

  test("a respondent's cookie cannot reach another response: answers land only on the cookie's own", async ({ page, invite, db }) => {
    const mine = await invite("marketing");
    const theirs = await invite("it");
    await openAndConsent(page, mine.link);
    await save(page.request, { itemKey: "bl-agenda", value: 5 });
    expect(await db.answer.count({ where: { responseId: theirs.responseId } })).toBe(0);
    expect(await db.answer.count({ where: { responseId: mine.responseId, item: { key: "bl-agenda" } } })).toBe(1);
  });

  test("free text with script and markup is stored and shown as inert text", async ({ page, invite }) => {
    const payload = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> & "quotes"`;
    const { link } = await invite("it");
    await openAndConsent(page, link);
    expect((await save(page.request, { itemKey: "tr-one-change", value: payload })).status()).toBe(200);
    await page.goto("/respond/trust");
    await expect(page.getByLabel(/What one change/)).toHaveValue(payload);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});

test.describe("consent and submit forms", () => {
  const post = (request: APIRequestContext, path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    request.post(path, { form, headers, maxRedirects: 0 });

  test("refuse cross-origin posts and posts without a link, and store nothing", async ({ page, invite, db }) => {
    const { link, responseId } = await invite("marketing");
    await page.goto(link);
    const crossConsent = await post(page.request, "/api/respond/consent", { agree: "on" }, { Origin: "https://evil.example" });
    expect(crossConsent.status()).toBe(403);
    expect((await db.response.findUniqueOrThrow({ where: { id: responseId } })).consentAt).toBeNull();

    const noAgreement = await post(page.request, "/api/respond/consent", { showName: "on" });
    expect(noAgreement.status()).toBe(303);
    expect(noAgreement.headers().location).toBe("/respond?error=consent");
    expect((await db.response.findUniqueOrThrow({ where: { id: responseId } })).consentAt).toBeNull();
    await page.goto("/respond?error=consent");
    await expect(page.getByRole("alert")).toHaveText("Please confirm that you agree to take part");
    await expect(page.getByLabel(/I agree to take part/)).toHaveAttribute("aria-describedby", "consent-error");
    await expect(page.getByLabel(/I agree to take part/)).toBeFocused();
    await expect(page).toHaveTitle(/^Error: Welcome/);
    await expectNoAxeViolations(page);

    const huge = await post(page.request, "/api/respond/consent", { agree: "on", filler: "x".repeat(64 * 1024) });
    expect(huge.status()).toBe(413);
    expect((await db.response.findUniqueOrThrow({ where: { id: responseId } })).consentAt).toBeNull();

    const anonymous = await page.context().browser()!.newContext();
    for (const path of ["/api/respond/consent", "/api/respond/submit"]) {
      const res = await post(anonymous.request, path, { agree: "on" });
      expect(res.status()).toBe(303);
      expect(res.headers().location).toBe("/respond/link-problem?reason=missing");
    }
    await anonymous.close();

    await openAndConsent(page, link);
    const crossSubmit = await post(page.request, "/api/respond/submit", {}, { Origin: "https://evil.example" });
    expect(crossSubmit.status()).toBe(403);
    const incomplete = await post(page.request, "/api/respond/submit", {});
    expect(incomplete.headers().location).toBe("/respond/review?error=missing");
    expect((await db.response.findUniqueOrThrow({ where: { id: responseId } })).status).toBe("started");
  });

  test("submitting twice (double click, retry, a second tab) makes one submission", async ({ page, invite, db }) => {
    const { link, responseId } = await invite("it");
    await openAndConsent(page, link);
    for (const [itemKey, value] of Object.entries(completeAnswers(QUESTIONNAIRE_V1, "it", 1, e2ePrefilled("it")))) {
      expect((await save(page.request, { itemKey, value })).status(), itemKey).toBe(200);
    }
    const [first, second] = await Promise.all([post(page.request, "/api/respond/submit", {}), post(page.request, "/api/respond/submit", {})]);
    expect([first.headers().location, second.headers().location]).toEqual(["/respond/results", "/respond/results"]);
    const submitted = await db.response.findUniqueOrThrow({ where: { id: responseId } });
    expect(submitted.status).toBe("submitted");
    const third = await post(page.request, "/api/respond/submit", {});
    expect(third.headers().location).toBe("/respond/results");
    expect((await db.response.findUniqueOrThrow({ where: { id: responseId } })).submittedAt).toEqual(submitted.submittedAt);
    await page.goto("/respond/results");
    await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
  });
});
