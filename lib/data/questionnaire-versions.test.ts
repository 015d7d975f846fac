// Questionnaire versions against a real SQLite file: a copy is a complete draft, a version in use is immutable,
// and a draft is never offered for a new assessment.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { testDb } from "@/lib/test/db";
import { seedReferenceData } from "@/prisma/seed-reference";
import { createAssessment, listAssessmentOptions } from "./assessments";
import { createOrganization } from "./organizations";
import { loadQuestionnaire } from "@/lib/catalogue/load";
import { copyQuestionnaireVersion, listQuestionnaireVersions, renameQuestionnaireVersion } from "./questionnaire-versions";

const db = testDb();
let admin: Actor;
let facilitator: Actor;

beforeAll(async () => {
  await seedReferenceData(db);
  const a = await db.user.create({ data: { name: "Admin", email: "admin@qv.example", role: "admin", twoFactorEnabled: true } });
  const f = await db.user.create({ data: { name: "Fac", email: "fac@qv.example", role: "facilitator" } });
  admin = { id: a.id, email: a.email, name: a.name, role: "admin", twoFactorEnabled: true };
  facilitator = { id: f.id, email: f.email, name: f.name, role: "facilitator", twoFactorEnabled: false };
});

describe("questionnaire versions", () => {
  it("copies v1 into a draft (v3: v1 and v2 are the built-in published versions) with every item (new ids) and benchmark link, audited", async () => {
    const v1Items = await db.questionnaireItem.count({ where: { versionId: "v1" } });
    const v1Links = await db.itemBenchmarkFigure.count({ where: { item: { versionId: "v1" } } });
    expect(v1Items).toBeGreaterThan(40);
    expect(v1Links).toBeGreaterThan(10);

    const copy = await copyQuestionnaireVersion(admin, { sourceVersionId: "v1", title: "Questionnaire 2027 (draft)" });
    expect(copy).toEqual({ id: "v3", items: v1Items, figureLinks: v1Links });
    const draft = await db.questionnaireVersion.findUniqueOrThrow({ where: { id: "v3" }, include: { items: { orderBy: { position: "asc" } } } });
    expect(draft).toMatchObject({ status: "draft", basedOnId: "v1", title: "Questionnaire 2027 (draft)", publishedAt: null });
    expect(draft.items.every((i) => i.id === `v3:${i.key}`)).toBe(true);
    expect(await db.itemBenchmarkFigure.count({ where: { item: { versionId: "v3" } } })).toBe(v1Links);
    const v1Def = await loadQuestionnaire("v1");
    const draftDef = await loadQuestionnaire("v3");
    expect(draftDef?.status).toBe("draft");
    expect(draftDef?.items).toEqual(v1Def?.items);
    expect(await db.auditLog.count({ where: { action: "questionnaire.copy", targetId: "v3", actorId: admin.id } })).toBe(1);

    const again = await copyQuestionnaireVersion(admin, { sourceVersionId: "v3", title: "Another draft" });
    expect(again.id).toBe("v4");
    const list = await listQuestionnaireVersions(admin);
    expect(list.map((v) => [v.id, v.status, v.basedOnId])).toEqual([
      ["v1", "published", null],
      ["v2", "published", null],
      ["v3", "draft", "v1"],
      ["v4", "draft", "v3"],
    ]);
  });

  it("a draft is never offered or accepted for a new assessment", async () => {
    await copyQuestionnaireVersion(admin, { sourceVersionId: "v1", title: "Unpublished draft" });
    const { versions, defaultVersionId } = await listAssessmentOptions();
    // newest published first: the form's default for a new assessment is v2
    expect(versions.map((v) => v.id)).toEqual(["v2", "v1"]);
    expect(defaultVersionId).toBe("v2");
    const org = await createOrganization(facilitator, { name: "Acme", industry: "Retail", region: "eala", revenueBand: "1-5bn", businessModel: "b2c" });
    await expect(
      createAssessment(facilitator, { organizationId: org.id, title: "On a draft", questionnaireVersionId: "v3", sourceIds: ["accenture-2012"], quorumMarketing: 1, quorumIt: 1 }),
    ).rejects.toThrow(/published questionnaire/);
  });

  it("a version in use (or published) is immutable; an unused draft can be renamed", async () => {
    const org = await createOrganization(facilitator, { name: "Beta", industry: "Retail", region: "eala", revenueBand: "1-5bn", businessModel: "b2c" });
    await createAssessment(facilitator, { organizationId: org.id, title: "Uses v1", questionnaireVersionId: "v1", sourceIds: ["accenture-2012"], quorumMarketing: 1, quorumIt: 1 });
    const v1 = (await listQuestionnaireVersions(admin)).find((v) => v.id === "v1")!;
    expect(v1.assessments).toBeGreaterThan(0);
    expect(v1.immutableBecause).toMatch(/in use by \d+ assessment/);
    await expect(renameQuestionnaireVersion(admin, { versionId: "v1", title: "Changed" })).rejects.toThrow(/cannot change: it is in use/);
    expect((await db.questionnaireVersion.findUniqueOrThrow({ where: { id: "v1" } })).title).not.toBe("Changed");

    // A draft that an assessment uses (e.g. one created directly in the database) is immutable too.
    await db.assessment.updateMany({ where: { title: "Uses v1" }, data: { questionnaireVersionId: "v4" } });
    await expect(renameQuestionnaireVersion(admin, { versionId: "v4", title: "Changed" })).rejects.toThrow(/in use by 1 assessment/);

    await renameQuestionnaireVersion(admin, { versionId: "v3", title: "Renamed draft" });
    expect((await db.questionnaireVersion.findUniqueOrThrow({ where: { id: "v3" } })).title).toBe("Renamed draft");
    expect(await db.auditLog.count({ where: { action: "questionnaire.rename", targetId: "v3" } })).toBe(1);
  });

  it("two copies at the same moment get two ids, each complete", async () => {
    const [a, b] = await Promise.all([
      copyQuestionnaireVersion(admin, { sourceVersionId: "v1", title: "Parallel A" }),
      copyQuestionnaireVersion(admin, { sourceVersionId: "v1", title: "Parallel B" }),
    ]);
    expect(a.id).not.toBe(b.id);
    const v1Items = await db.questionnaireItem.count({ where: { versionId: "v1" } });
    for (const copy of [a, b]) expect(await db.questionnaireItem.count({ where: { versionId: copy.id } })).toBe(v1Items);
  });

  it("refuses a facilitator and an unknown source version", async () => {
    await expect(listQuestionnaireVersions(facilitator)).rejects.toThrow("Not found");
    await expect(copyQuestionnaireVersion(facilitator, { sourceVersionId: "v1", title: "Sneaky" })).rejects.toThrow("Not found");
    await expect(renameQuestionnaireVersion(facilitator, { versionId: "v3", title: "Sneaky" })).rejects.toThrow("Not found");
    await expect(copyQuestionnaireVersion(admin, { sourceVersionId: "v99", title: "From nothing" })).rejects.toThrow(/not found/);
    expect(await db.questionnaireVersion.count({ where: { title: "Sneaky" } })).toBe(0);
  });
});
