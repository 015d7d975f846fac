// The questionnaire page works from its first paint (decision 47): its native controls are usable before the
// questionnaire script has arrived, and what a person does in that moment (an answer, "Next section", a link) is
// taken over by the script and saved. Without JavaScript the controls stay disabled; offline, answers wait on the
// device and are saved when the connection is back, across a reload.
import type { Page, Route } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { completeSection, itemsOfSection } from "./support/questionnaire";

async function consent(page: Page, link: string) {
  await page.goto(link);
  await page.getByLabel(/I agree to take part/).check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/respond\/context/);
  await expect(page.getByRole("status")).toHaveText("Answers are saved as you go");
}

/** Holds the questionnaire script back until `release()` is called. */
async function holdScript(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route("**/islands/questionnaire-*.js", (route) => (released ? route.continue() : void held.push(route)));
  return {
    arrived: () => expect.poll(() => held.length).toBeGreaterThan(0),
    release: async () => {
      released = true;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

const ran = (page: Page) => page.evaluate(() => Boolean((window as unknown as { bridgeIslands?: Record<string, { ready: boolean }> }).bridgeIslands?.questionnaire?.ready));

test.describe("the questionnaire before its script", () => {
  test("an answer chosen before the script has run is saved once it runs", async ({ page, invite, db }) => {
    const { link, responseId } = await invite("marketing");
    await consent(page, link);
    const script = await holdScript(page);
    await page.goto("/respond/strategic-partner");
    const [first, second] = itemsOfSection("strategic-partner", "marketing"); // a mirror item, then a plain one
    const agree = page.locator(`#item-${first!.key}`).getByRole("radio", { name: "Agree", exact: true });
    await expect(agree).toBeEnabled(); // usable at once
    await agree.check();
    await page.locator(`#q-${first!.key}-predicted`).fill("35");
    await script.arrived(); // asked for (after the first paint, or at once on the change), and held
    expect(await ran(page)).toBe(false);
    await expect(page.getByRole("status")).toHaveText("Preparing the form…");
    await script.release();
    await expect(page.getByRole("status")).toHaveText("All answers saved");
    const stored = async (key: string) => (await db.answer.findFirst({ where: { responseId, item: { key } } }))?.value;
    await expect.poll(() => stored(first!.key)).toEqual({ self: 4, predicted: 35 });
    // and the controls behave as usual from then on
    await page.locator(`#item-${second!.key}`).getByRole("radio", { name: "Disagree", exact: true }).check();
    await expect(page.getByRole("status")).toHaveText("All answers saved");
    await expect.poll(() => stored(second!.key)).toEqual(2);
  });

  test("“Next section” and a link used before the script has run wait for it and for the answer's save", async ({ page, invite, db }) => {
    const { link, responseId } = await invite("it");
    await consent(page, link);
    await completeSection(page, "context", "it");

    // Next section, pressed before the script: the page stays, then the script saves and moves on
    let script = await holdScript(page);
    await page.goto("/respond/context");
    await page.getByRole("button", { name: "Next section" }).click();
    await script.arrived();
    await expect(page).toHaveURL(/\/respond\/context$/);
    await script.release();
    await expect(page).toHaveURL(/\/respond\/cxo$/);
    await page.unrouteAll();

    // a link followed after an answer, before the script: held until the answer is stored
    script = await holdScript(page);
    await page.goto("/respond/cxo");
    const [item] = itemsOfSection("cxo", "it");
    await page.locator(`#item-${item!.key}`).getByRole("radio", { name: "Strongly agree", exact: true }).check();
    await page.getByRole("link", { name: "Back" }).click();
    await script.arrived();
    await expect(page).toHaveURL(/\/respond\/cxo$/);
    await script.release();
    await expect(page).toHaveURL(/\/respond\/context$/);
    expect((await db.answer.findFirst({ where: { responseId, item: { key: item!.key } } }))?.value).toEqual(5);
  });

  test("choices and text given before the script are saved, with the controls' counts brought up to date", async ({ page, invite, db }) => {
    const { link, responseId } = await invite("marketing");
    await consent(page, link);
    const script = await holdScript(page);
    await page.goto("/respond/business-levers");
    const drivers = page.locator("#item-bl-drivers");
    const options = itemsOfSection("business-levers", "marketing")[0]!.options!;
    await drivers.getByRole("checkbox", { name: options[0]!.label, exact: true }).check();
    await drivers.getByRole("checkbox", { name: options[2]!.label, exact: true }).check();
    await expect(drivers.getByText("0 of 3 chosen")).toBeVisible(); // the count waits for the script
    await script.release();
    await expect(drivers.getByText("2 of 3 chosen")).toBeVisible();
    await expect(page.getByRole("status")).toHaveText("All answers saved");
    const stored = async (key: string) => (await db.answer.findFirst({ where: { responseId, item: { key } } }))?.value;
    await expect.poll(() => stored("bl-drivers")).toEqual([options[0]!.id, options[2]!.id]);
    await page.unrouteAll();

    const again = await holdScript(page);
    await page.goto("/respond/trust#item-tr-one-change");
    await page.locator("#item-tr-one-change").getByRole("textbox").fill("Plan the roadmap together.");
    await again.release();
    await expect(page.locator("#item-tr-one-change").getByText("26 of 2000 characters")).toBeVisible();
    await expect.poll(() => stored("tr-one-change")).toBe("Plan the roadmap together.");
  });

  test("a ranking changed before the script keeps the script's rules: a duplicate is refused with a message", async ({ page, invite, db }) => {
    const { link, responseId } = await invite("marketing");
    await consent(page, link);
    const script = await holdScript(page);
    await page.goto("/respond/trust#item-tr-relationships");
    const box = page.locator("#item-tr-relationships");
    await box.getByLabel("1st most important").selectOption("ceo");
    await box.getByLabel("2nd most important").selectOption("ceo"); // nothing stops this before the script
    await script.release();
    await expect(box.getByRole("alert")).toHaveText("Rank each option once");
    await expect(box.getByRole("group")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
    await box.getByLabel("2nd most important").selectOption("cfo");
    await expect(box.getByRole("alert")).toHaveCount(0);
    await expect(box.getByRole("group")).not.toHaveAttribute("aria-invalid");
    await expect(box.getByRole("group")).not.toHaveAttribute("aria-describedby", /error/);
    await expect(page.getByRole("status")).toHaveText("All answers saved");
    await expect.poll(async () => (await db.answer.findFirst({ where: { responseId, item: { key: "tr-relationships" } } }))?.value).toEqual(["ceo", "cfo"]);
    await expect(box.getByLabel("3rd most important").locator('option[value="cfo"]')).toHaveText("Chief financial officer (CFO) (ranked 2nd)");
  });

  test("a stored answer whose keys come back in another order is no change, and an unsaved answer of an earlier visit wins", async ({ page, invite, db }) => {
    const { link, responseId } = await invite("marketing");
    await consent(page, link);
    // stored with its keys out of the options' order, as PostgreSQL's jsonb returns them
    const item = await db.questionnaireItem.findFirstOrThrow({ where: { key: "bl-tradeoff", versionId: "v1" } });
    await db.answer.create({ data: { responseId, itemId: item.id, value: { speed: 20, "data-access": 50, "privacy-security": 30 } } });
    const saves: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith("/api/respond/answers")) saves.push(r.postData() ?? "");
    });
    await page.goto("/respond/business-levers");
    await expect(page.getByRole("status")).toHaveText("Answers are saved as you go");
    const box = page.locator("#item-bl-tradeoff");
    await expect(box.getByLabel("Speed to market")).toHaveValue("20");
    await expect(box.getByText("0 of 100 points left")).toBeVisible();
    // autosave sends what the script queued at start once the next frame is painted: two frames and a task later
    // a save would have started, and the status line would say so
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
    await expect(page.getByRole("status")).toHaveText("Answers are saved as you go");
    expect(saves).toEqual([]); // nothing taken for a change, nothing sent again

    // an answer typed on an earlier visit and never acknowledged is shown and sent, over the stored one
    await page.route("**/api/respond/answers", (route) => route.abort("internetdisconnected"));
    await box.getByLabel("Speed to market").fill("10");
    await expect(page.getByRole("status")).toHaveText(/^Connection problem: retrying/);
    await page.unrouteAll();
    await page.route("**/api/respond/answers", (route) => route.abort("internetdisconnected"));
    await page.reload();
    await expect(box.getByLabel("Speed to market")).toHaveValue("10");
    await expect(box.getByText("10 of 100 points left")).toBeVisible();
    await page.unrouteAll();
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect(page.getByRole("status")).toHaveText("All answers saved");
    await expect.poll(async () => (await db.answer.findFirst({ where: { responseId, itemId: item.id } }))?.value).toEqual({ "data-access": 50, "privacy-security": 30, speed: 10 });
  });

  test("offline, answers wait on the device, survive a reload, and are saved when the connection is back", async ({ page, context, invite, db }) => {
    const { link, responseId } = await invite("marketing");
    await consent(page, link);
    await page.goto("/respond/cxo");
    await expect(page.getByRole("status")).toHaveText("Answers are saved as you go");
    const [first, second] = itemsOfSection("cxo", "marketing");
    await context.setOffline(true);
    await page.locator(`#item-${first!.key}`).getByRole("radio").first().check();
    await expect(page.getByRole("status")).toHaveText(/^You are offline\. Your answers are kept on this device/);
    await context.setOffline(false);
    await expect(page.getByRole("status")).toHaveText("All answers saved");
    const stored = async (key: string) => (await db.answer.findFirst({ where: { responseId, item: { key } } }))?.value;
    await expect.poll(() => stored(first!.key)).not.toBeUndefined();

    // the server unreachable: the answer is kept on the device, shown again after a reload, and saved once it can be
    await page.route("**/api/respond/answers", (route) => route.abort("internetdisconnected"));
    const radio = page.locator(`#item-${second!.key}`).getByRole("radio").nth(1);
    await radio.check();
    await expect(page.getByRole("status")).toHaveText(/^Connection problem: retrying/);
    const kept = () => page.evaluate(() => localStorage.getItem(JSON.parse(document.getElementById("questionnaire-props")!.textContent!).storageKey));
    expect(JSON.parse((await kept())!)).toEqual({ [second!.key]: 2 });
    await page.reload();
    await expect(radio).toBeChecked();
    await page.unrouteAll();
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect(page.getByRole("status")).toHaveText("All answers saved");
    await expect.poll(() => stored(second!.key)).toBe(2);
    expect(await kept()).toBeNull();
  });

  test("the script is asked for once the first paint is reported, and 3 s after load if that report never comes (decision 49)", async ({ page, invite }) => {
    const { link } = await invite("marketing");
    await consent(page, link);
    const requestedAt = async () => {
      const request = page.waitForRequest("**/islands/questionnaire-*.js");
      await page.goto("/respond/strategic-partner", { waitUntil: "commit" });
      const loaded = page.evaluate(() => new Promise<number>((resolve) => (document.readyState === "complete" ? resolve(performance.timing.loadEventEnd - performance.timeOrigin) : addEventListener("load", () => resolve(performance.now())))));
      await request;
      const [load, now] = [await loaded, await page.evaluate(() => performance.now())];
      await expect(page.getByRole("status")).toHaveText("Answers are saved as you go");
      return now - load;
    };
    expect(await requestedAt()).toBeLessThan(2_500); // the paint report (well before the fallback)
    // a browser that never reports the first paint: the observer is there but silent
    await page.addInitScript(() => {
      class Silent {
        static supportedEntryTypes = ["paint"];
        observe() {}
        disconnect() {}
      }
      (window as unknown as { PerformanceObserver: unknown }).PerformanceObserver = Silent;
    });
    const late = await requestedAt();
    expect(late).toBeGreaterThanOrEqual(2_900);
    expect(late).toBeLessThan(6_000);
  });

  test("without JavaScript the controls stay disabled and the page says why", async ({ browser, invite }) => {
    const { link } = await invite("it", "team");
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(link);
    await page.getByLabel(/I agree to take part/).check();
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await page.goto("/respond/business-levers");
    expect(await page.locator("main noscript").textContent()).toContain("This form needs JavaScript to save your answers.");
    await expect(page.getByRole("radio").first()).toBeDisabled();
    await expect(page.getByRole("button", { name: "Next section" })).toBeDisabled();
    await context.close();
  });
});
