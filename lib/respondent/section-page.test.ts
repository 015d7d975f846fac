// The questionnaire section page's data, from a real respondent loaded out of a real SQLite file.
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/test/db";
import { seedReferenceData } from "@/prisma/seed-reference";
import { createAssessment, createOrganization, createParticipant } from "@/prisma/factories";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire";
import { loadRespondent, recordConsent, saveAnswer } from "@/lib/data/respondent";
import { sectionPage, type SectionPageData } from "./section-page";

const db = testDb();
let assessmentId = "";
let waveId = "";

beforeAll(async () => {
  await seedReferenceData(db);
  const org = await createOrganization(db);
  const assessment = await createAssessment(db, org.id);
  assessmentId = assessment.id;
  waveId = assessment.waves[0]!.id;
});

async function respondent(side: "marketing" | "it", consent = true) {
  const { token } = await createParticipant(db, { assessmentId, waveId, side, tier: "leader" });
  if (consent) await recordConsent(token, { showName: false });
  return token;
}

async function pageOf(token: string, section: string): Promise<SectionPageData> {
  const result = sectionPage((await loadRespondent(token)).context!, section);
  if (!("page" in result)) throw new Error(`expected a page, got ${JSON.stringify(result)}`);
  return result.page;
}

describe("questionnaire section page", () => {
  it("sends a respondent without consent to the welcome page and an unknown section to not-found", async () => {
    const token = await respondent("it", false);
    const context = (await loadRespondent(token)).context!;
    expect(sectionPage(context, "cxo")).toEqual({ redirect: "/respond" });
    await recordConsent(token, { showName: false });
    expect(sectionPage((await loadRespondent(token)).context!, "no-such-section")).toEqual({ notFound: true });
  });

  it("gives the first section the invitation's side and tier and leaves out the prefilled items", async () => {
    const page = await pageOf(await respondent("it"), "context");
    expect(page.invitedAs).toEqual({ side: "IT", tier: "leader" });
    expect(page.position).toBe(1);
    expect(page.sectionCount).toBe(QUESTIONNAIRE_V1.sections.length);
    expect(page.form.items.map((i) => i.key)).not.toContain("context-side");
    expect(page.form.previousHref).toBeNull();
    expect(page.form.nextHref).toBe(`/respond/${QUESTIONNAIRE_V1.sections[1]!.id}`);
  });

  it("carries the side's wording, this section's stored answers only, and links to its neighbours", async () => {
    const token = await respondent("marketing");
    const response = (await loadRespondent(token)).context!;
    await saveAnswer(token, "bl-agenda", 4);
    const index = QUESTIONNAIRE_V1.sections.findIndex((s) => s.id === "business-levers");
    const page = await pageOf(token, "business-levers");
    expect(page.invitedAs).toBeNull();
    expect(page.form.answers).toEqual({ "bl-agenda": 4 });
    expect(page.form.storageKey).toBe(`bridge-unsaved-${response.responseId}`);
    expect(page.form.previousHref).toBe(`/respond/${QUESTIONNAIRE_V1.sections[index - 1]!.id}`);
    const keys = QUESTIONNAIRE_V1.items.filter((i) => i.section === "business-levers" && (!i.sides || i.sides.includes("marketing"))).map((i) => i.key);
    expect(page.form.items.map((i) => i.key)).toEqual(keys);
    expect(page.progress.find((s) => s.id === "business-levers")!.answered).toBe(1);
  });

  it("ends the last section at the review page and a submitted response at its results", async () => {
    const token = await respondent("it");
    const last = QUESTIONNAIRE_V1.sections.at(-1)!.id;
    const page = await pageOf(token, last);
    expect(page.form.nextHref).toBe("/respond/review");
    expect(page.form.nextLabel).toBe("Review answers");
    const context = (await loadRespondent(token)).context!;
    expect(sectionPage({ ...context, status: "submitted" }, last)).toEqual({ redirect: "/respond/results" });
  });
});
