import { createUser, signInAs } from "../support/auth";
import { expect, test } from "../support/fixtures";
import { createAssessment, createOrganization, createParticipant } from "../../prisma/factories";

test.describe("facilitators see only their own organizations", () => {
  test("B cannot open A's organization, assessment or new-assessment pages by URL (404), nor see it listed", async ({ page, context, db }) => {
    const a = await createUser(db, { role: "facilitator" });
    const b = await createUser(db, { role: "facilitator" });
    const org = await createOrganization(db, { name: `A-only ${Date.now()}`, ownerId: a.id });
    const assessment = await createAssessment(db, org.id, { title: "A's assessment", createdById: a.id });
    await signInAs(context, db, b);
    for (const path of [`/app/organizations/${org.id}`, `/app/organizations/${org.id}/assessments/new`, `/app/assessments/${assessment.id}`]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
    }
    await page.goto("/app");
    await expect(page.getByText(org.name)).toHaveCount(0);
  });

  test("an admin sees every organization", async ({ page, context, db }) => {
    const a = await createUser(db, { role: "facilitator" });
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    const org = await createOrganization(db, { name: `Visible to admin ${Date.now()}`, ownerId: a.id });
    await signInAs(context, db, admin);
    await page.goto("/app");
    await expect(page.getByRole("link", { name: org.name })).toBeVisible();
  });

  test("signed-out visitors and respondents' invite cookies never reach facilitator pages", async ({ page, context, db }) => {
    const res = await page.goto("/app");
    expect(page.url()).toMatch(/\/signin/);
    expect(res?.status()).toBe(200);
    const org = await createOrganization(db);
    const assessment = await createAssessment(db, org.id);
    const { token } = await createParticipant(db, { assessmentId: assessment.id, waveId: assessment.waves[0]!.id, side: "it", tier: "leader" });
    await page.goto(`/r/${token}`);
    expect((await context.cookies()).some((c) => c.name === "bridge_invite")).toBe(true);
    await page.goto(`/app/assessments/${assessment.id}`);
    expect(page.url()).toMatch(/\/signin/);
  });
});
