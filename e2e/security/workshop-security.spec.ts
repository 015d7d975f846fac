// The workshop is its facilitators' only: another facilitator gets 404, a respondent's invite cookie and an anonymous
// visitor are sent to sign in, and none of them changes an outcome by posting the server actions directly (the
// owner's own requests, replayed with their cookies, and the no-JavaScript form post). Free text is inert.
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { createUser, signInAs } from "../support/auth";
import { expect, test } from "../support/fixtures";
import { createGappedAssessment } from "../support/workshop";
import { createParticipant } from "../../prisma/factories";
import type { Db } from "../../lib/db/create-db";

const OWNER_NOTES = "Owner's notes: the CFO's numbers are due in March.";

interface Captured {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The next server-action request the page sends (a fetch with the Next-Action header), as sent. */
async function captureAction(page: Page, trigger: () => Promise<void>): Promise<Captured> {
  const [request] = await Promise.all([page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])), trigger()]);
  const headers = await request.allHeaders();
  const keep = ["next-action", "content-type", "accept", "next-router-state-tree"];
  return { url: request.url(), headers: Object.fromEntries(keep.filter((k) => headers[k]).map((k) => [k, headers[k]!])), body: request.postData() ?? "" };
}

/** The owner records one outcome through the page, and we keep the save and clear requests the page sent. */
async function ownerWorkshop(db: Db, context: BrowserContext, page: Page) {
  const owner = await createUser(db, { role: "facilitator" });
  const { assessment, waveId } = await createGappedAssessment(db, owner.id, { reveal: true });
  await signInAs(context, db, owner);
  const url = `/app/assessments/${assessment.id}/workshop?wave=1&gap=1`;
  await page.goto(url);
  const itemKey = await page.locator('form input[name="itemKey"]').first().inputValue();
  const formActionField = await page.locator('form input[name^="$ACTION_"]').first().getAttribute("name");

  // a clear, captured first (on a record that is then saved again)
  await page.getByRole("radio", { name: /^Needs data/ }).check();
  await page.getByRole("button", { name: "Save outcome" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Outcome saved" })).toBeVisible();
  const clear = await captureAction(page, () => page.getByRole("button", { name: "Clear outcome" }).click());
  await expect(page.getByRole("status").filter({ hasText: "Outcome cleared" })).toBeVisible();

  await page.getByRole("radio", { name: /^Agreed position/ }).check();
  await page.getByLabel("Position", { exact: true }).fill("Owner's agreed position");
  await page.getByLabel("Notes", { exact: true }).fill(OWNER_NOTES);
  const save = await captureAction(page, () => page.getByRole("button", { name: "Save outcome" }).click());
  await expect(page.getByRole("status").filter({ hasText: "Outcome saved" })).toBeVisible();
  const before = await db.workshopOutcome.findFirstOrThrow({ where: { waveId } });
  const audits = await db.auditLog.count({ where: { action: "workshop.outcome", targetId: waveId } });
  return { owner, assessment, waveId, url, itemKey, formActionField, save, clear, before, audits };
}

type Workshop = Awaited<ReturnType<typeof ownerWorkshop>>;

/** Replays the owner's save and clear requests and the no-JavaScript form post with another client's cookies. */
async function attack(request: APIRequestContext, w: Workshop) {
  const statuses: number[] = [];
  const texts: string[] = [];
  const hostile = w.save.body.replace("Owner's agreed position", "Hostile position").replace(OWNER_NOTES, "Hostile notes");
  expect(hostile).not.toBe(w.save.body);
  for (const [captured, body] of [
    [w.save, hostile],
    [w.clear, w.clear.body],
  ] as const) {
    const res = await request.post(captured.url, { headers: captured.headers, data: body, maxRedirects: 0 });
    statuses.push(res.status());
    texts.push(await res.text());
    expect(texts.at(-1)).not.toContain(OWNER_NOTES);
  }
  expect(w.formActionField).toBeTruthy();
  const form = await request.post(w.url, {
    multipart: { [w.formActionField!]: "", assessmentId: w.assessment.id, waveNumber: "1", itemKey: w.itemKey, outcome: "needs-data", notes: "Hostile form post", screen: "1" },
    maxRedirects: 0,
  });
  statuses.push(form.status());
  expect(await form.text()).not.toContain(OWNER_NOTES);
  return { statuses, texts };
}

async function expectUnchanged(db: Db, w: Workshop) {
  const after = await db.workshopOutcome.findFirstOrThrow({ where: { waveId: w.waveId } });
  expect(after).toEqual(w.before);
  expect(await db.auditLog.count({ where: { action: "workshop.outcome", targetId: w.waveId } })).toBe(w.audits);
}

test.describe("workshop access", () => {
  test("the owner's captured requests and form post work for the owner (the replays below are real requests)", async ({ page, context, db }) => {
    const w = await ownerWorkshop(db, context, page);
    const res = await page.request.post(w.save.url, { headers: w.save.headers, data: w.save.body.replace("Owner's agreed position", "Replayed by the owner") });
    expect(res.status()).toBe(200);
    expect((await db.workshopOutcome.findFirstOrThrow({ where: { waveId: w.waveId } })).position).toBe("Replayed by the owner");
    const form = await page.request.post(w.url, {
      multipart: { [w.formActionField!]: "", assessmentId: w.assessment.id, waveNumber: "1", itemKey: w.itemKey, outcome: "needs-data", notes: "Posted as a form by the owner", screen: "1" },
      maxRedirects: 0,
    });
    expect(form.status()).toBe(303);
    expect(form.headers().location).toMatch(/\/workshop\?wave=1&gap=1&saved=1$/);
    expect(await db.workshopOutcome.findFirstOrThrow({ where: { waveId: w.waveId } })).toMatchObject({ outcome: "needs-data", notes: "Posted as a form by the owner" });
    const clear = await page.request.post(w.clear.url, { headers: w.clear.headers, data: w.clear.body });
    expect(clear.status()).toBe(200);
    expect(await db.workshopOutcome.count({ where: { waveId: w.waveId } })).toBe(0);
  });

  test("another facilitator: 404 on every screen, and neither the actions nor the form post change anything", async ({ page, context, db, browser, baseURL }) => {
    const w = await ownerWorkshop(db, context, page);
    const other = await createUser(db, { role: "facilitator" });
    const otherContext = await browser.newContext({ baseURL });
    await signInAs(otherContext, db, other);
    const otherPage = await otherContext.newPage();
    for (const query of ["", "?wave=1&gap=1", "?wave=1&gap=summary", "?wave=1&gap=1&present=1"]) {
      const res = await otherPage.goto(`/app/assessments/${w.assessment.id}/workshop${query}`);
      expect(res?.status(), query).toBe(404);
      await expect(otherPage.getByText(OWNER_NOTES)).toHaveCount(0);
    }
    const { texts } = await attack(otherContext.request, w);
    // refused by the data layer, in the same words as a missing workshop
    for (const text of texts) expect(text).toContain("Workshop not found");
    await expectUnchanged(db, w);
    expect(await db.auditLog.count({ where: { action: "workshop.outcome", actorId: other.id } })).toBe(0);
    await otherContext.close();
  });

  test("a respondent's invite cookie: sent to sign in, and the actions change nothing", async ({ page, context, db, browser, baseURL }) => {
    const w = await ownerWorkshop(db, context, page);
    const { token } = await createParticipant(db, { assessmentId: w.assessment.id, waveId: w.waveId, side: "it", tier: "leader" });
    const respondent = await browser.newContext({ baseURL });
    const rPage = await respondent.newPage();
    await rPage.goto(`/r/${token}`);
    expect((await respondent.cookies()).some((c) => c.name === "bridge_invite")).toBe(true);
    await rPage.goto(w.url);
    expect(rPage.url()).toMatch(/\/signin/);
    await expect(rPage.getByText(OWNER_NOTES)).toHaveCount(0);
    const { statuses } = await attack(respondent.request, w);
    for (const s of statuses) expect([200, 303, 307, 308, 401, 404]).toContain(s);
    await expectUnchanged(db, w);
    await respondent.close();
  });

  test("an anonymous visitor: sent to sign in, and the actions change nothing", async ({ page, context, db, playwright, baseURL }) => {
    const w = await ownerWorkshop(db, context, page);
    const anonymous = await playwright.request.newContext({ baseURL });
    const res = await anonymous.get(w.url, { maxRedirects: 0 });
    expect([302, 303, 307]).toContain(res.status());
    expect(res.headers().location).toMatch(/\/signin\?next=/);
    await attack(anonymous, w);
    await expectUnchanged(db, w);
    await anonymous.dispose();
  });
});

test.describe("workshop free text", () => {
  test("markup and formulas in the position and notes are shown as text, never run", async ({ page, context, db }) => {
    const owner = await createUser(db, { role: "facilitator" });
    const { assessment, waveId } = await createGappedAssessment(db, owner.id, { reveal: true });
    await signInAs(context, db, owner);
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const position = `=HYPERLINK("http://evil.example/","click") <script>window.__pwned = "script"</script>`;
    const notes = `<img src=x onerror="window.__pwned = 'img'; alert(1)"> @SUM(1+1) +cmd|' /C calc'!A0`;
    await page.goto(`/app/assessments/${assessment.id}/workshop?wave=1&gap=1`);
    await page.getByRole("radio", { name: /^Agreed position/ }).check();
    await page.getByLabel("Position", { exact: true }).fill(position);
    await page.getByLabel("Notes", { exact: true }).fill(notes);
    await page.getByRole("button", { name: "Save outcome" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Outcome saved" })).toBeVisible();
    expect(await db.workshopOutcome.findFirstOrThrow({ where: { waveId } })).toMatchObject({ position, notes });

    for (const url of [`/app/assessments/${assessment.id}/workshop?wave=1&gap=1`, `/app/assessments/${assessment.id}/workshop?wave=1&gap=summary`]) {
      await page.goto(url);
      if (url.endsWith("summary")) {
        await expect(page.getByText(position)).toBeVisible();
        await expect(page.getByText(notes)).toBeVisible();
      } else {
        await expect(page.getByLabel("Position", { exact: true })).toHaveValue(position);
        await expect(page.getByLabel("Notes", { exact: true })).toHaveValue(notes);
      }
      await expect(page.locator('main img[src="x"]')).toHaveCount(0);
      await expect(page.locator("main script", { hasText: "__pwned" })).toHaveCount(0);
      await expect(page.locator('main a[href^="http://evil.example"]')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    }
    expect(dialogs).toEqual([]);
  });
});
