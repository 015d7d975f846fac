// Interaction to next paint of choosing an answer on a questionnaire page, as Chromium's Event Timing API reports
// it, with the CPU slowed down 4× through the DevTools protocol (a mid-range phone). Two interactions per page
// load: the first one, made `firstAfterPaint` ms after the first contentful paint (0: at once, while the page is
// still loading its script), and a later one once the script has run. An interaction's latency is its longest
// event entry (pointerdown, pointerup, click; the input and change events run inside the click); Chromium reports
// entries from 16 ms up, so a faster interaction reads 0. `withoutScript` holds the questionnaire script back:
// the native controls alone, the floor under any script.
import type { Browser } from "@playwright/test";

export interface InteractionTimes {
  first: number;
  later: number;
  /** The slowest entry of each interaction: input delay + event handlers + until the next paint, ms. */
  parts: string[];
}

export async function measureInteractions(
  browser: Browser,
  url: string,
  cookie: { name: string; value: string },
  { firstAfterPaint = 0, withoutScript = false } = {},
): Promise<InteractionTimes> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  await context.addCookies([{ ...cookie, url }]);
  await context.addInitScript(() => {
    const w = window as unknown as { interactions: Map<number, { duration: number; parts: string }> };
    w.interactions = new Map();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
        const id = entry.interactionId;
        if (!id || entry.duration < (w.interactions.get(id)?.duration ?? 0)) continue;
        const parts = `${entry.name} ${(entry.processingStart - entry.startTime).toFixed(0)}+${(entry.processingEnd - entry.processingStart).toFixed(0)}+${(entry.startTime + entry.duration - entry.processingEnd).toFixed(0)}`;
        w.interactions.set(id, { duration: entry.duration, parts });
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  const page = await context.newPage();
  if (withoutScript) await page.route("**/islands/**", () => undefined); // held back, never answered
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // Event Timing entries are delivered after the frame that ends the interaction: wait for two frames and a task
  // (a fixed sleep would either waste time or miss a slow frame)
  const afterNextPaint = () => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  const read = () => page.evaluate(() => [...(window as unknown as { interactions: Map<number, { duration: number; parts: string }> }).interactions.values()]);
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
  // The case's condition, not a wait for something: a person touches the page a reaction time after seeing it
  // (300 ms in the bench), whatever the page is doing then (the script may still be loading or starting). Waiting
  // for an event instead (the script's start) would measure another case; `firstAfterPaint: 0` is the "at once"
  // case.
  if (firstAfterPaint) await page.waitForTimeout(firstAfterPaint);
  const radios = page.locator("[data-item] input[type=radio]:not(:checked)");
  await radios.first().click();
  await afterNextPaint();
  const afterFirst = await read();
  if (!withoutScript) await page.getByRole("status").filter({ hasText: /saved/ }).waitFor();
  await radios.nth(3).click();
  if (!withoutScript) await page.getByRole("status").filter({ hasText: "All answers saved" }).waitFor();
  await afterNextPaint();
  const all = await read();
  await context.close();
  const longest = (xs: { duration: number }[]) => Math.max(0, ...xs.map((x) => x.duration));
  return { first: longest(afterFirst), later: longest(all.slice(afterFirst.length)), parts: all.map((x) => x.parts) };
}
