// Interaction to next paint of choosing an answer on a questionnaire page, as Chromium's Event Timing API reports
// it, with the CPU slowed down 4× through the DevTools protocol (a mid-range phone). Two interactions per page
// load: the first one, made as soon as the page has painted (before or while its script starts), and a later one
// once the script has run. An interaction's latency is its longest event entry (pointerdown, pointerup, click,
// input, change); Chromium reports entries from 16 ms up, so a faster interaction reads "< 16 ms".
import type { Browser } from "@playwright/test";

export interface InteractionTimes {
  first: number;
  later: number;
}

export async function measureInteractions(browser: Browser, url: string, cookie: { name: string; value: string }): Promise<InteractionTimes> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: false });
  await context.addCookies([{ ...cookie, url }]);
  await context.addInitScript(() => {
    const w = window as unknown as { interactions: Map<number, number> };
    w.interactions = new Map();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
        const id = entry.interactionId;
        if (!id) continue;
        w.interactions.set(id, Math.max(w.interactions.get(id) ?? 0, entry.duration));
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const read = () => page.evaluate(() => [...(window as unknown as { interactions: Map<number, number> }).interactions.values()]);
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
  const radios = page.locator("[data-item] input[type=radio]:not(:checked)");
  await radios.first().click();
  await page.waitForTimeout(300);
  const afterFirst = await read();
  await page.getByRole("status").filter({ hasText: /saved/ }).waitFor();
  await radios.nth(3).click();
  await page.getByRole("status").filter({ hasText: "All answers saved" }).waitFor();
  await page.waitForTimeout(300);
  const all = await read();
  await context.close();
  return { first: Math.max(0, ...afterFirst), later: Math.max(0, ...all.slice(afterFirst.length)) };
}
