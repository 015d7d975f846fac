// BRIDGE_URL on https (issue #16 item 5, decision 44): an instance of the e2e build behind a TLS proxy with a
// self-signed certificate made by this test (e2e/support/https-instance.ts). Pages send HSTS, every cookie the app
// sets is `__Host-` with Secure, Path=/ and no Domain, and signing in and an invite link work through https with
// the nonce policy. The plain-http e2e server keeps today's names and sends no HSTS.
import type { Browser, Response } from "@playwright/test";
import { createUser, signInAs, testClientAddress } from "../support/auth";
import { expectHydrated, expectNoncePolicy, watchCspViolations } from "../support/csp";
import { expect, test } from "../support/fixtures";
import { startHttpsInstance, type HttpsInstance } from "../support/https-instance";
import { itemsOfSection } from "../support/questionnaire";

test.describe.configure({ mode: "default" }); // one worker, in order: one instance for the file

const HSTS = "max-age=63072000; includeSubDomains";
let instance: HttpsInstance;

test.beforeAll(async () => {
  test.setTimeout(150_000); // the instance starts Next.js on a busy machine
  instance = await startHttpsInstance();
});

test.afterAll(async () => {
  await instance?.close();
});

/** A browser context on the https instance (the certificate is self-signed), with its own client address. */
async function httpsContext(browser: Browser) {
  return browser.newContext({ baseURL: instance.url, ignoreHTTPSErrors: true, extraHTTPHeaders: { "X-Forwarded-For": testClientAddress() } });
}

/** The Set-Cookie headers of a response, each as name and attributes (lower-cased attribute names). */
async function setCookies(response: Response) {
  return (await response.headersArray())
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => {
      const [pair, ...attributes] = h.value.split(";").map((p) => p.trim());
      return { name: pair!.slice(0, pair!.indexOf("=")), attributes: attributes.map((a) => a.toLowerCase()), raw: h.value };
    });
}

/** A cookie the browser keeps only as the app's own host's, over https, for every path. */
function expectHostCookie(cookie: { name: string; attributes: string[]; raw: string }) {
  expect(cookie.name, cookie.raw).toMatch(/^__Host-bridge[._]/);
  expect(cookie.attributes, cookie.raw).toContain("secure");
  expect(cookie.attributes, cookie.raw).toContain("path=/");
  expect(cookie.attributes, cookie.raw).toContain("httponly");
  expect(cookie.attributes.some((a) => a.startsWith("domain=")), cookie.raw).toBe(false);
}

test("pages over https send HSTS and the nonce policy; the plain-http server sends no HSTS", async ({ browser, request }) => {
  const context = await httpsContext(browser);
  for (const path of ["/", "/signin", "/respond/link-problem?reason=expired"]) {
    const response = await context.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["strict-transport-security"], path).toBe(HSTS);
    const { policy } = await expectNoncePolicy(response);
    expect(policy).toContain("upgrade-insecure-requests");
  }
  // the quick redirect of the signed-out visitor too
  const redirect = await context.request.get("/app", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["strict-transport-security"]).toBe(HSTS);
  await context.close();

  const plain = await request.get("/signin");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  expect(plain.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
});

test("signing in through https: a __Host- Secure session cookie, and the session works", async ({ browser, db }) => {
  const user = await createUser(db, { role: "facilitator" });
  const context = await httpsContext(browser);
  const page = await context.newPage();
  const watch = await watchCspViolations(page);
  await page.goto("/signin");
  await expectHydrated(page);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  const signedIn = page.waitForResponse((r) => r.url().endsWith("/api/auth/sign-in/email"));
  await page.getByRole("button", { name: "Sign in" }).click();
  const cookies = await setCookies(await signedIn);
  expect(cookies.map((c) => c.name)).toContain("__Host-bridge.session_token");
  for (const cookie of cookies) expectHostCookie(cookie);

  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByRole("heading", { level: 1, name: "Organizations" })).toBeVisible();
  await expectHydrated(page);
  const stored = await context.cookies();
  expect(stored.find((c) => c.name === "__Host-bridge.session_token")).toMatchObject({ secure: true, path: "/", httpOnly: true, sameSite: "Lax" });
  expect(stored.filter((c) => !c.name.startsWith("__Host-")).map((c) => c.name)).toEqual([]);
  expect(await watch.all()).toEqual([]);

  // signing out clears it, by the same name
  await page.goto("/account/security");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).not.toHaveURL(/\/account/);
  expect((await context.cookies()).some((c) => c.name === "__Host-bridge.session_token")).toBe(false);
  expect(await watch.all()).toEqual([]);
  await context.close();
});

test("on https the http-era cookie name is not a session", async ({ browser, db }) => {
  const user = await createUser(db, { role: "facilitator" });
  const context = await httpsContext(browser);
  await signInAs(context, db, user, { url: instance.url }); // a valid session under the name `bridge.session_token`
  const page = await context.newPage();
  await page.goto("/app");
  await expect(page).toHaveURL(/\/signin\?next=%2Fapp$/);
  await context.close();
});

test("an invite link through https: a __Host- Secure invite cookie, and the questionnaire saves", async ({ browser, invite }) => {
  const { link } = await invite("it");
  const context = await httpsContext(browser);
  const page = await context.newPage();
  const watch = await watchCspViolations(page);
  const opened = page.waitForResponse((r) => r.url().endsWith(link));
  await page.goto(link);
  const cookies = await setCookies(await opened);
  expect(cookies.map((c) => c.name)).toEqual(["__Host-bridge_invite"]);
  expectHostCookie(cookies[0]!);
  await expect(page).toHaveURL(/\/respond$/);

  await page.getByLabel(/I agree to take part/).check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/respond\/context/);
  const response = await page.goto("/respond/cxo");
  expect(response!.headers()["strict-transport-security"]).toBe(HSTS);
  await expectNoncePolicy(response);
  const renewed = await setCookies(response!); // every respondent page renews the cookie, under the same name
  expect(renewed.map((c) => c.name)).toEqual(["__Host-bridge_invite"]);
  expectHostCookie(renewed[0]!);
  await expect(page.getByRole("status")).toHaveText("Answers are saved as you go");
  const [item] = itemsOfSection("cxo", "it");
  const saved = page.waitForResponse((r) => r.url().endsWith("/api/respond/answers") && r.request().method() === "POST");
  await page.locator(`#item-${item!.key}`).getByRole("radio", { name: "Agree", exact: true }).check();
  expect((await saved).ok()).toBe(true);
  await expect(page.getByRole("status")).toHaveText("All answers saved");
  expect((await context.cookies()).map((c) => c.name)).toEqual(["__Host-bridge_invite"]);
  expect(await watch.all()).toEqual([]);
  await context.close();
});
