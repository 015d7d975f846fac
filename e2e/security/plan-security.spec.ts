// The action plan is the owner's only: another facilitator, a respondent's invite cookie and an anonymous visitor
// can neither read nor change any action (pages, server actions posted directly, exports). Free text in actions is
// inert on the page (and on the participants' page) and defused in the CSV.
import { parse } from "csv-parse/sync";
import type { Db } from "../../lib/db/create-db";
import { planTeam } from "../../lib/test/plan-team";
import { createUser, signInAs } from "../support/auth";
import { expect, test } from "../support/fixtures";
import { callServerAction, postServerActionForm, serverActionId } from "../support/server-actions";

const ACTIONS_FILE = "app/(app)/app/assessments/[assessmentId]/plan/actions.ts";

const HOSTILE = {
  title: `<script>window.__pwned = "title"</script>=HYPERLINK("http://evil.example","x")`,
  description: `<img src=x onerror="window.__pwned='img'">\n+cmd|' /C calc'!A0`,
  ownerName: "@SUM(1+1)",
  checklist: [{ text: `=HYPERLINK("http://evil.example","click")`, done: false }, { text: "+cmd", done: false }, { text: "@SUM(A1:A9)", done: true }],
};

async function ownedPlan(db: Db, ownerId: string) {
  const team = await planTeam(db, { ownerId, perSide: 2 });
  const action = await db.planAction.create({
    data: {
      assessmentId: team.assessmentId,
      waveId: team.waveId,
      title: HOSTILE.title,
      description: HOSTILE.description,
      imperative: "trust",
      itemKeys: [],
      ownerName: HOSTILE.ownerName,
      dueDate: new Date("2027-03-01T00:00:00.000Z"),
      checklist: HOSTILE.checklist,
      visibleToParticipants: true,
      createdById: ownerId,
    },
  });
  return { team, action };
}

/** The action as stored, to compare before and after an attempt. */
const stored = (db: Db, id: string) => db.planAction.findUnique({ where: { id }, select: { title: true, status: true, checklist: true, updatedAt: true } });

test.describe("action plan access", () => {
  test("another facilitator gets 404 on every plan page and export, even through their own assessment's URL", async ({ page, context, db }) => {
    const a = await createUser(db, { role: "facilitator" });
    const b = await createUser(db, { role: "facilitator" });
    const { team, action } = await ownedPlan(db, a.id);
    const own = await planTeam(db, { ownerId: b.id, perSide: 1, reveal: false });
    await signInAs(context, db, b);
    const base = `/app/assessments/${team.assessmentId}/plan`;
    for (const path of [base, `${base}/new`, `${base}/new?from=gap:x`, `${base}/${action.id}`, `/app/assessments/${own.assessmentId}/plan/${action.id}`]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByText("@SUM(1+1)")).toHaveCount(0);
    }
    for (const format of ["csv", "ics", "pdf"]) {
      expect((await page.request.get(`${base}/export/${format}`, { maxRedirects: 0 })).status(), format).toBe(404);
    }
    expect(await db.auditLog.count({ where: { actorId: b.id } })).toBe(0);
  });

  test("server actions posted directly change nothing for another facilitator, a respondent or an anonymous visitor", async ({ browser, db, baseURL, playwright }) => {
    const a = await createUser(db, { role: "facilitator" });
    const b = await createUser(db, { role: "facilitator" });
    const { team, action } = await ownedPlan(db, a.id);
    const path = `/app/assessments/${team.assessmentId}/plan`;
    const ids = {
      create: serverActionId(ACTIONS_FILE, "createPlanActionAction"),
      update: serverActionId(ACTIONS_FILE, "updatePlanActionAction"),
      toggle: serverActionId(ACTIONS_FILE, "toggleChecklistAction"),
      remove: serverActionId(ACTIONS_FILE, "deletePlanActionAction"),
      share: serverActionId(ACTIONS_FILE, "setSharingAction"),
    };
    const fields = { title: "Hijacked", description: "", imperative: "trust", itemKeys: [], ownerParticipantId: "", ownerName: "", dueDate: "", status: "done", priority: "low", checklist: [], visibleToParticipants: true };

    const outsiderB = await browser.newContext({ baseURL });
    await signInAs(outsiderB, db, b);
    const respondent = await browser.newContext({ baseURL });
    const r = await respondent.newPage();
    await r.goto(`/r/${team.respondents[0]!.token}`);
    expect((await respondent.cookies()).some((c) => c.name === "bridge_invite")).toBe(true);
    const anonymous = await playwright.request.newContext({ baseURL });

    const before = await stored(db, action.id);
    const count = await db.planAction.count({ where: { assessmentId: team.assessmentId } });
    for (const [who, request] of [["facilitator B", outsiderB.request], ["respondent", respondent.request], ["anonymous", anonymous]] as const) {
      await callServerAction(request, baseURL!, path, ids.create, [{ ...fields, assessmentId: team.assessmentId }]);
      await callServerAction(request, baseURL!, path, ids.update, [{ ...fields, actionId: action.id }]);
      await postServerActionForm(request, baseURL!, path, ids.toggle, { actionId: action.id, index: "0", done: "true" });
      await postServerActionForm(request, baseURL!, path, ids.share, { assessmentId: team.assessmentId, waveNumber: "1", what: "plan", shared: "true" });
      await postServerActionForm(request, baseURL!, path, ids.remove, { actionId: action.id });
      expect(await stored(db, action.id), who).toEqual(before);
      expect(await db.planAction.count({ where: { assessmentId: team.assessmentId } }), who).toBe(count);
      expect((await db.wave.findUniqueOrThrow({ where: { id: team.waveId } })).planSharedAt, who).toBeNull();
    }
    expect(await db.auditLog.count({ where: { actorId: b.id } })).toBe(0);

    // the same posts by the owner do change the plan: the attempts above reached the actions
    const owner = await browser.newContext({ baseURL });
    await signInAs(owner, db, a);
    await postServerActionForm(owner.request, baseURL!, path, ids.toggle, { actionId: action.id, index: "0", done: "true" });
    expect(((await stored(db, action.id))!.checklist as { done: boolean }[])[0]!.done).toBe(true);
    await callServerAction(owner.request, baseURL!, path, ids.update, [{ ...fields, title: "Renamed by the owner", actionId: action.id }]);
    expect((await stored(db, action.id))!.title).toBe("Renamed by the owner");
    for (const c of [outsiderB, respondent, owner]) await c.close();
    await anonymous.dispose();
  });

  test("a respondent's invite cookie and an anonymous visitor cannot open plan pages or exports", async ({ page, context, db, playwright, baseURL }) => {
    const a = await createUser(db, { role: "facilitator" });
    const { team, action } = await ownedPlan(db, a.id);
    const base = `/app/assessments/${team.assessmentId}/plan`;
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const format of ["csv", "ics"]) {
      const res = await anonymous.get(`${base}/export/${format}`, { maxRedirects: 0 });
      expect(res.status(), format).toBe(401);
    }
    await anonymous.dispose();
    await page.goto(`/r/${team.respondents[1]!.token}`);
    expect((await context.cookies()).some((c) => c.name === "bridge_invite")).toBe(true);
    for (const path of [base, `${base}/new`, `${base}/${action.id}`]) {
      await page.goto(path);
      expect(page.url(), path).toMatch(/\/signin/);
      await expect(page.getByText("@SUM(1+1)")).toHaveCount(0);
    }
    for (const format of ["csv", "ics"]) expect((await page.request.get(`${base}/export/${format}`, { maxRedirects: 0 })).status()).toBe(401);
  });
});

test.describe("free text in actions", () => {
  test("is inert on the plan page, the edit page and the participants' page, and defused in the CSV", async ({ page, context, db, browser, baseURL }) => {
    const a = await createUser(db, { role: "facilitator" });
    const { team, action } = await ownedPlan(db, a.id);
    await db.wave.update({ where: { id: team.waveId }, data: { planSharedAt: new Date() } });
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await signInAs(context, db, a);
    const base = `/app/assessments/${team.assessmentId}/plan`;
    await page.goto(base);
    const row = page.locator(`tr[data-action="${action.id}"]`);
    await expect(row.getByRole("link", { name: HOSTILE.title })).toBeVisible();
    await expect(row.getByText(HOSTILE.ownerName)).toBeVisible();
    await expect(row.getByText(HOSTILE.checklist[0]!.text)).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

    await page.goto(`${base}/${action.id}`);
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(HOSTILE.title);
    await expect(page.getByLabel("Description (optional)")).toHaveValue(HOSTILE.description);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

    const csv = await page.request.get(`${base}/export/csv`);
    expect(csv.status()).toBe(200);
    const [cells] = parse(await csv.body(), { bom: true, columns: true }) as Record<string, string>[];
    expect(cells!.title).toBe(HOSTILE.title); // starts with "<": not a formula
    expect(cells!.description).toBe(`<img src=x onerror="window.__pwned='img'">\n'+cmd|' /C calc'!A0`);
    expect(cells!.owner).toBe("'@SUM(1+1)");
    // each step's line starts with its box, never with a formula character
    expect(cells!.checklist).toBe(`[ ] =HYPERLINK("http://evil.example","click")\n[ ] +cmd\n[x] @SUM(A1:A9)`);
    for (const value of Object.values(cells!)) for (const line of value.split("\n")) expect(line, value).not.toMatch(/^[=+@\t\r]/);

    // the participants' page shows the same text as text
    const participant = await browser.newContext({ baseURL });
    const p = await participant.newPage();
    await p.goto(`/r/${team.respondents[2]!.token}`);
    await p.goto("/respond/results");
    const shared = p.getByRole("region", { name: "Your team's action plan" });
    await expect(shared.getByRole("heading", { name: HOSTILE.title })).toBeVisible();
    await expect(p.locator('img[src="x"]')).toHaveCount(0);
    expect(await p.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await participant.close();
    expect(dialogs).toEqual([]);
  });

  test("a title with control characters or over 200 characters is refused by the server action itself", async ({ browser, db, baseURL }) => {
    const a = await createUser(db, { role: "facilitator" });
    const { team } = await ownedPlan(db, a.id);
    const owner = await browser.newContext({ baseURL });
    await signInAs(owner, db, a);
    const id = serverActionId(ACTIONS_FILE, "createPlanActionAction");
    const base = { description: "", imperative: "trust", itemKeys: [], ownerParticipantId: "", ownerName: "", dueDate: "", status: "planned", priority: "medium", checklist: [], visibleToParticipants: false, assessmentId: team.assessmentId };
    const count = await db.planAction.count({ where: { assessmentId: team.assessmentId } });
    for (const title of ["bell\u0007", "x".repeat(201), "line\nbreak"]) {
      const res = await callServerAction(owner.request, baseURL!, `/app/assessments/${team.assessmentId}/plan`, id, [{ ...base, title }]);
      expect(res.status()).toBe(200);
      expect(await res.text()).toContain("Please correct the highlighted fields");
    }
    const res = await callServerAction(owner.request, baseURL!, `/app/assessments/${team.assessmentId}/plan`, id, [{ ...base, title: "Fine", itemKeys: ["context-side"] }]);
    expect(await res.text()).toContain("Link only questions of this assessment");
    expect(await db.planAction.count({ where: { assessmentId: team.assessmentId } })).toBe(count);
    await owner.close();
  });
});
