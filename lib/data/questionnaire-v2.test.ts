// Questionnaire v2 against a real SQLite file: stored as defined (including links to figures published for both
// sides together), the default for a new assessment and for the demo organization, and answerable in full.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { SIDES } from "@/lib/domain";
import { QUESTIONNAIRE_V2 } from "@/lib/questionnaire/builtin";
import { questionnaireItemId } from "@/lib/questionnaire/item-id";
import { completeAnswers } from "@/lib/test/answers";
import { testDb } from "@/lib/test/db";
import { createSubmittedRespondent } from "@/lib/test/submitted";
import { DEMO_ORGANIZATION, seedDemo } from "@/prisma/seed-demo";
import { seedReferenceData } from "@/prisma/seed-reference";
import { createAssessment, listAssessmentOptions } from "./assessments";
import { createOrganization } from "./organizations";
import { loadQuestionnaire } from "@/lib/catalogue/load";

const db = testDb();
let facilitator: Actor;

beforeAll(async () => {
  await seedReferenceData(db);
  await seedDemo(db);
  const f = await db.user.create({ data: { name: "Fac", email: "fac@v2.example", role: "facilitator" } });
  facilitator = { id: f.id, email: f.email, name: f.name, role: "facilitator", twoFactorEnabled: false };
}, 60_000);

describe("questionnaire v2 in the database", () => {
  it("is stored exactly as defined, published, with its figure links", async () => {
    const stored = await loadQuestionnaire("v2");
    expect(stored).toEqual(QUESTIONNAIRE_V2);
    const links = new Set(QUESTIONNAIRE_V2.items.flatMap((i) => i.benchmarks.map((l) => `${i.key} ${l.figureId}`)));
    expect(await db.itemBenchmarkFigure.count({ where: { item: { versionId: "v2" } } })).toBe(links.size);
  });

  it("is the version a new assessment gets by default; v1 stays available", async () => {
    const { versions, defaultVersionId } = await listAssessmentOptions();
    expect(defaultVersionId).toBe("v2");
    expect(versions.map((v) => v.id)).toEqual(["v2", "v1"]);
    const org = await createOrganization(facilitator, { name: "Gamma", industry: "Retail", region: "eala", revenueBand: "1-5bn", businessModel: "b2c" });
    const a = await createAssessment(facilitator, { organizationId: org.id, title: "New", questionnaireVersionId: defaultVersionId!, sourceIds: ["accenture-2012"], quorumMarketing: 1, quorumIt: 1 });
    expect(a.questionnaireVersionId).toBe("v2");
  });

  it("is the demo organization's questionnaire; the synthetic panel stays on v1", async () => {
    const demo = await db.assessment.findFirstOrThrow({ where: { organization: { name: DEMO_ORGANIZATION } }, include: { benchmarkSources: true } });
    expect(demo.questionnaireVersionId).toBe("v2");
    expect(demo.benchmarkSources.map((s) => s.sourceId).sort()).toEqual(["accenture-2012", "accenture-2014", "cmo-council-2010", "forrester-2014"]);
    const panel = await db.assessment.findMany({ where: { organization: { isDemo: true, name: { not: DEMO_ORGANIZATION } } }, select: { questionnaireVersionId: true } });
    expect(panel.length).toBeGreaterThan(0);
    expect(new Set(panel.map((p) => p.questionnaireVersionId))).toEqual(new Set(["v1"]));
  });

  it("takes a complete set of answers from each side (the test fixtures' completeAnswers)", async () => {
    const demo = await db.assessment.findFirstOrThrow({ where: { organization: { name: DEMO_ORGANIZATION } }, include: { waves: true } });
    for (const side of SIDES) {
      const answers = completeAnswers(QUESTIONNAIRE_V2, side, 7);
      const { responseId } = await createSubmittedRespondent(db, { assessmentId: demo.id, waveId: demo.waves[0]!.id, side, tier: "team", answers, version: "v2" });
      const rows = await db.answer.findMany({ where: { responseId }, select: { itemId: true } });
      const itemIds = new Set((await db.questionnaireItem.findMany({ where: { versionId: "v2" }, select: { id: true } })).map((i) => i.id));
      expect(rows.length).toBeGreaterThan(45);
      for (const row of rows) expect(itemIds.has(row.itemId), row.itemId).toBe(true);
      expect(rows.map((r) => r.itemId)).toContain(questionnaireItemId("v2", "tr-obstacles"));
    }
  });
});
