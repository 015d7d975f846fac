// Content-Security-Policy checks for Playwright (e2e/security/csp.spec.ts, e2e/security/https.spec.ts): every
// violation the browser reports on a page, and the policy and scripts of each page's HTML.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Collects every CSP violation of `page` from now on, two ways: the console messages Chromium writes ("Refused to
 * execute inline script because it violates the following Content Security Policy directive…") and the
 * `securitypolicyviolation` events (directive and blocked address), recorded by a script Playwright injects before
 * any of the page's own (Playwright's init scripts are not subject to the page's policy).
 */
export async function watchCspViolations(page: Page) {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI} at ${location.pathname}`);
    });
  });
  return {
    /** Everything reported so far: console messages, and the events of the current document. */
    all: async () => [...console, ...(await page.evaluate(() => window.__cspViolations ?? []).catch(() => []))],
  };
}

/** A page's response, from a navigation or from page.request. */
interface HtmlResponse {
  url(): string;
  headers(): Record<string, string>;
  text(): Promise<string>;
}

/** The script-src directive of a policy ("" when there is none). */
export function scriptSrcOf(policy: string): string {
  return policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "";
}

export interface PagePolicy {
  policy: string;
  nonce: string;
  /** Inline scripts (no src) in the HTML, all carrying the nonce. */
  inlineScripts: number;
}

/**
 * The document's policy allows scripts by nonce only (never 'unsafe-inline'), and every executable script element in
 * its HTML carries that nonce (`type="application/json"` data blocks are not executed and need none).
 */
export async function expectNoncePolicy(response: HtmlResponse | null): Promise<PagePolicy> {
  expect(response, "no response").not.toBeNull();
  const policy = response!.headers()["content-security-policy"] ?? "";
  const scriptSrc = scriptSrcOf(policy);
  expect(scriptSrc, `${response!.url()}: script-src`).not.toContain("'unsafe-inline'");
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  expect(nonce, `${response!.url()}: no nonce in ${policy}`).toBeTruthy();
  expect(scriptSrc).toContain("'strict-dynamic'");

  const html = await response!.text();
  let inlineScripts = 0;
  for (const [tag, attributes] of html.matchAll(/<script\b([^>]*)>/g)) {
    const type = /\btype="([^"]*)"/.exec(attributes!)?.[1];
    if (type === "application/json") continue;
    expect(/\bnonce="([^"]*)"/.exec(attributes!)?.[1], `${response!.url()}: ${tag} has no nonce`).toBe(nonce);
    if (!/\bsrc=/.test(attributes!)) inlineScripts++;
  }
  return { policy, nonce: nonce!, inlineScripts };
}

/** React has hydrated the App Router page: its main landmark is bound to a fiber (it is not, if any script was refused). */
export async function expectHydrated(page: Page) {
  await page.waitForFunction(() => Object.keys(document.getElementById("main") ?? {}).some((k) => k.startsWith("__reactFiber$")), undefined, { timeout: 15_000 });
}
