// Waves, trends and the executive report are the owner's only (issue #15): another facilitator, a respondent's
// invite cookie and an anonymous visitor get nothing from the trends page, the next-wave page, an action's result
// impact or the PDF, and a next-wave server action posted directly by any of them starts no wave and moves nobody.
import type { Db } from "../../lib/db/create-db";
import { planTeam } from "../../lib/test/plan-team";
import { createUser, signInAs } from "../support/auth";
import { expect, test } from "../support/fixtures";
import { callServerAction, serverActionId } from "../support/server-actions";

const ACTIONS_FILE = "app/(app)/app/actions.ts";

async function twoWaveState(db: Db) {
  const a = await createUser(db, { role: "facilitator" });
  const team = await planTeam(db, { ownerId: a.id, perSide: 2, title: `Waves security ${Date.now()}` });
  const action = await db.planAction.create({
    data: { assessmentId: team.assessmentId, waveId: team.waveId, title: "Secret action title", imperative: "trust", itemKeys: [], checklist: [] },
  });
  return { a, team, action };
}

test.describe("waves, trends and the report", () => {
  test("another facilitator, a respondent and an anonymous visitor get no trend, wave page, result impact or PDF", async ({ browser, db, baseURL, playwright }) => {
    const { team, action } = await twoWaveState(db);
    const b = await createUser(db, { role: "facilitator" });
    const base = `/app/assessments/${team.assessmentId}`;
    const pages = [`${base}/trends`, `${base}/waves/new`, `${base}/plan/${action.id}`];

    // facilitator B: 404 everywhere, nothing of A's shown
    const outsider = await browser.newContext({ baseURL });
    await signInAs(outsider, db, b);
    const page = await outsider.newPage();
    for (const url of pages) {
      const res = await page.goto(url);
      expect(res!.status(), url).toBe(404);
      await expect(page.getByText("Secret action title")).toHaveCount(0);
      await expect(page.getByText(team.respondents[0]!.name)).toHaveCount(0);
    }
    expect((await outsider.request.get(`${base}/export/pdf`, { maxRedirects: 0 })).status()).toBe(404);

    // a respondent's invite cookie: sent to sign in, the PDF 401
    const respondent = await browser.newContext({ baseURL });
    const r = await respondent.newPage();
    await r.goto(`/r/${team.respondents[0]!.token}`);
    expect((await respondent.cookies()).some((c) => c.name === "bridge_invite")).toBe(true);
    for (const url of pages) {
      await r.goto(url);
      expect(r.url(), url).toMatch(/\/signin/);
      await expect(r.getByText("Secret action title")).toHaveCount(0);
    }
    expect((await respondent.request.get(`${base}/export/pdf`, { maxRedirects: 0 })).status()).toBe(401);

    // anonymous: redirected to sign in, the PDF 401
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const url of pages) {
      const res = await anonymous.get(url, { maxRedirects: 0 });
      expect([302, 303, 307, 308], url).toContain(res.status());
      expect(res.headers().location ?? "", url).toMatch(/\/signin/);
    }
    expect((await anonymous.get(`${base}/export/pdf`, { maxRedirects: 0 })).status()).toBe(401);
    expect(await db.auditLog.count({ where: { action: "export.pdf", targetId: team.assessmentId } })).toBe(0);
    for (const c of [outsider, respondent]) await c.close();
    await anonymous.dispose();
  });

  test("startNextWaveAction posted directly starts nothing for another facilitator, a respondent or an anonymous visitor", async ({ browser, db, baseURL, playwright }) => {
    const { a, team } = await twoWaveState(db);
    const b = await createUser(db, { role: "facilitator" });
    const id = serverActionId(ACTIONS_FILE, "startNextWaveAction");
    const path = `/app/assessments/${team.assessmentId}/waves/new`;
    const moved = team.respondents[0]!;
    const input = {
      assessmentId: team.assessmentId,
      questionnaireVersionId: "v1",
      sourceIds: ["accenture-2012"],
      quorumMarketing: 1,
      quorumIt: 1,
      participants: [{ id: moved.participantId, invite: false, side: "it", tier: "team" }],
    };
    const participantsBefore = await db.participant.findMany({ where: { assessmentId: team.assessmentId }, orderBy: { id: "asc" } });

    const outsider = await browser.newContext({ baseURL });
    await signInAs(outsider, db, b);
    const respondent = await browser.newContext({ baseURL });
    await (await respondent.newPage()).goto(`/r/${moved.token}`);
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const [who, request] of [["facilitator B", outsider.request], ["respondent", respondent.request], ["anonymous", anonymous]] as const) {
      const res = await callServerAction(request, baseURL!, path, id, [input]);
      expect(res.status(), who).toBeLessThan(500);
      expect(await db.wave.count({ where: { assessmentId: team.assessmentId } }), who).toBe(1);
      expect(await db.participant.findMany({ where: { assessmentId: team.assessmentId }, orderBy: { id: "asc" } }), who).toEqual(participantsBefore);
      expect(await db.response.count({ where: { waveId: team.waveId, tokenRevokedAt: { not: null } } }), who).toBe(0);
    }
    expect(await db.auditLog.count({ where: { actorId: b.id } })).toBe(0);

    // the same post by the owner starts wave 2 (the attempts above reached the action), with the change asked for
    const owner = await browser.newContext({ baseURL });
    await signInAs(owner, db, a);
    await callServerAction(owner.request, baseURL!, path, id, [input]);
    expect(await db.wave.count({ where: { assessmentId: team.assessmentId } })).toBe(2);
    expect((await db.participant.findUniqueOrThrow({ where: { id: moved.participantId } })).removedAt).not.toBeNull();
    for (const c of [outsider, respondent, owner]) await c.close();
    await anonymous.dispose();
  });
});
