// Team results and their downloads are the owner's only: another facilitator gets 404, no session gets 401, and a
// respondent's invite cookie opens nothing. Sealed results cannot be downloaded, even by the owner.
import { createUser, signInAs } from "../support/auth";
import { expect, test } from "../support/fixtures";
import { QUESTIONNAIRE_V1 } from "../../lib/questionnaire/builtin";
import { completeAnswers } from "../../lib/test/answers";
import { createSubmittedRespondent } from "../../lib/test/submitted";
import { createAssessment, createOrganization, createParticipant } from "../../prisma/factories";
import type { Db } from "../../lib/db/create-db";

async function revealedAssessment(db: Db, ownerId: string, reveal = true) {
  const org = await createOrganization(db, { name: `Results security ${Date.now()}`, ownerId });
  const assessment = await createAssessment(db, org.id, { title: "Private results", createdById: ownerId });
  const waveId = assessment.waves[0]!.id;
  for (const side of ["marketing", "it"] as const) {
    await createSubmittedRespondent(db, { assessmentId: assessment.id, waveId, side, tier: "leader", answers: completeAnswers(QUESTIONNAIRE_V1, side, 5), name: `Secret ${side} leader` });
  }
  if (reveal) await db.wave.update({ where: { id: waveId }, data: { revealedAt: new Date(), revealedById: ownerId } });
  return { assessment, waveId };
}

test.describe("team results access", () => {
  test("facilitator B gets 404 for A's results page and downloads; A can download", async ({ page, context, db, browser, baseURL }) => {
    const a = await createUser(db, { role: "facilitator" });
    const b = await createUser(db, { role: "facilitator" });
    const { assessment } = await revealedAssessment(db, a.id);
    const base = `/app/assessments/${assessment.id}`;

    await signInAs(context, db, b);
    const res = await page.goto(`${base}/results`);
    expect(res?.status()).toBe(404);
    await expect(page.getByText("Secret marketing leader")).toHaveCount(0);
    for (const format of ["csv", "xlsx", "pdf"]) {
      const download = await page.request.get(`${base}/export/${format}`, { maxRedirects: 0 });
      expect(download.status(), format).toBe(404);
    }
    expect(await db.auditLog.count({ where: { actorId: b.id, action: { startsWith: "export." } } })).toBe(0);

    const ownerContext = await browser.newContext({ baseURL });
    await signInAs(ownerContext, db, a);
    const ok = await ownerContext.request.get(`${base}/export/csv`, { maxRedirects: 0 });
    expect(ok.status()).toBe(200);
    expect(ok.headers()["content-disposition"]).toMatch(/^attachment; filename="bridge-[a-z0-9-]+-wave-1-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(ok.headers()["content-type"]).toMatch(/^text\/csv/);
    // the executive report: a PDF for the owner, audit-logged; an unknown format is not found
    const pdf = await ownerContext.request.get(`${base}/export/pdf`, { maxRedirects: 0 });
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["content-disposition"]).toMatch(/^attachment; filename="bridge-[a-z0-9-]+-wave-1-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(await db.auditLog.count({ where: { actorId: a.id, action: "export.pdf", targetId: assessment.id } })).toBe(1);
    expect((await ownerContext.request.get(`${base}/export/json`, { maxRedirects: 0 })).status()).toBe(404);
    await ownerContext.close();
  });

  test("the owner cannot download sealed results (404)", async ({ context, db }) => {
    const a = await createUser(db, { role: "facilitator" });
    const { assessment } = await revealedAssessment(db, a.id, false);
    await signInAs(context, db, a);
    const res = await context.request.get(`/app/assessments/${assessment.id}/export/xlsx`, { maxRedirects: 0 });
    expect(res.status()).toBe(404);
  });

  test("no session: the download answers 401 (no cookie at all, or an invalid session cookie)", async ({ playwright, baseURL, db }) => {
    const a = await createUser(db, { role: "facilitator" });
    const { assessment } = await revealedAssessment(db, a.id);
    const anonymous = await playwright.request.newContext({ baseURL });
    const res = await anonymous.get(`/app/assessments/${assessment.id}/export/csv`, { maxRedirects: 0 });
    expect(res.status()).toBe(401);
    expect(await res.json()).toEqual({ error: "Sign in first", code: "unauthenticated" });
    await anonymous.dispose();
    const forged = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: "bridge.session_token=forged.value" } });
    expect((await forged.get(`/app/assessments/${assessment.id}/export/csv`, { maxRedirects: 0 })).status()).toBe(401);
    await forged.dispose();
  });

  test("a respondent's invite cookie cannot open results or downloads", async ({ page, context, db }) => {
    const a = await createUser(db, { role: "facilitator" });
    const { assessment, waveId } = await revealedAssessment(db, a.id);
    const { token } = await createParticipant(db, { assessmentId: assessment.id, waveId, side: "it", tier: "team" });
    await page.goto(`/r/${token}`);
    expect((await context.cookies()).some((c) => c.name === "bridge_invite")).toBe(true);
    await page.goto(`/app/assessments/${assessment.id}/results`);
    expect(page.url()).toMatch(/\/signin/);
    await expect(page.getByText("Secret marketing leader")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Alignment index" })).toHaveCount(0);
    const res = await page.request.get(`/app/assessments/${assessment.id}/export/csv`, { maxRedirects: 0 });
    expect(res.status()).toBe(401);
  });
});
