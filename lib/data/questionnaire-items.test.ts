// Authoring a draft questionnaire version against a real SQLite file: items added, changed, moved and removed with
// their figure links, each write audited and bumping the catalogue revision; the draft's problems by
// validateQuestionnaire; publishing refused while problems remain, then the version is immutable and the default
// for new assessments; and every write refused for a non-admin, a published version or a version in use.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadQuestionnaire } from "@/lib/catalogue/load";
import { testDb } from "@/lib/test/db";
import { itemFormFromDef, type TQuestionnaireItem } from "@/lib/validation/questionnaire-item";
import { seedReferenceData } from "@/prisma/seed-reference";
import { createAssessment, listAssessmentOptions } from "./assessments";
import { createOrganization } from "./organizations";
import { moveQuestionnaireItem, removeQuestionnaireItem, saveQuestionnaireItem } from "./questionnaire-items";
import { publishQuestionnaireVersion } from "./questionnaire-publish";
import { copyQuestionnaireVersion, getQuestionnaireVersionForAdmin, renameQuestionnaireVersion } from "./questionnaire-versions";

const db = testDb();
const readCatalogueRevision = async () => (await db.catalogueRevision.findUnique({ where: { id: 1 } }))?.revision ?? 0;
let admin: Actor;
let facilitator: Actor;
let draft: string;

const NEW_ITEM: TQuestionnaireItem = {
  versionId: "",
  originalKey: "",
  key: "tr-shared-roadmap",
  section: "trust",
  kind: "agreement",
  required: true,
  askedOf: "both",
  promptMarketing: "Marketing and IT share one technology roadmap.",
  promptIt: "",
  helpMarketing: "",
  helpIt: "",
  options: [],
  max: undefined,
  imperatives: ["trust"],
  polarity: "higher-is-better",
  fidelity: "adapted",
  links: [{ figureId: "a12-relationship-improved-cio", population: "it", rule: "scale-at-least 4", option: "", contextOnly: "Asked on a scale, published as yes/no" }],
  mirror: false,
  predictMarketing: "",
  predictIt: "",
  mirrorRule: "",
};

async function keysOf(version: string) {
  return (await db.questionnaireItem.findMany({ where: { versionId: version }, orderBy: { position: "asc" }, select: { key: true } })).map((i) => i.key);
}

async function formOf(version: string, key: string): Promise<TQuestionnaireItem> {
  const q = await loadQuestionnaire(version);
  return itemFormFromDef(version, q!.items.find((i) => i.key === key)!);
}

/** Runs `write` and expects exactly one new audit row `action` and one revision bump. */
async function auditedAndBumped<T>(action: string, write: () => Promise<T>): Promise<T> {
  const [revision, rows] = await Promise.all([readCatalogueRevision(), db.auditLog.count({ where: { action, actorId: admin.id } })]);
  const result = await write();
  expect(await readCatalogueRevision()).toBe(revision + 1);
  expect(await db.auditLog.count({ where: { action, actorId: admin.id } })).toBe(rows + 1);
  return result;
}

beforeAll(async () => {
  await seedReferenceData(db);
  const a = await db.user.create({ data: { name: "Admin", email: "admin@qa.example", role: "admin", twoFactorEnabled: true } });
  const f = await db.user.create({ data: { name: "Fac", email: "fac@qa.example", role: "facilitator" } });
  admin = { id: a.id, email: a.email, name: a.name, role: "admin", twoFactorEnabled: true };
  facilitator = { id: f.id, email: f.email, name: f.name, role: "facilitator", twoFactorEnabled: false };
  draft = (await copyQuestionnaireVersion(admin, { sourceVersionId: "v2", title: "Authoring draft" })).id;
  NEW_ITEM.versionId = draft;
});

describe("questionnaire authoring", () => {
  it("copy and rename bump the catalogue revision in their transaction", async () => {
    const before = await readCatalogueRevision();
    const copy = await copyQuestionnaireVersion(admin, { sourceVersionId: "v1", title: "Scratch copy" });
    expect(await readCatalogueRevision()).toBe(before + 1);
    await renameQuestionnaireVersion(admin, { versionId: copy.id, title: "Scratch copy renamed" });
    expect(await readCatalogueRevision()).toBe(before + 2);
  });

  it("a copy of v2 starts without problems", async () => {
    const found = await getQuestionnaireVersionForAdmin(admin, draft);
    expect(found).toMatchObject({ immutableBecause: null, problems: [], basedOnId: "v2" });
    expect(found!.figures.some((f) => f.unit === "rank")).toBe(true);
  });

  it("edits an item's wording per side, help and options; the change is what the catalogue loads", async () => {
    const form = await formOf(draft, "tr-collaboration-level");
    const changed: TQuestionnaireItem = {
      ...form,
      promptMarketing: "How does your collaboration with IT compare with what is needed?",
      promptIt: "How does your collaboration with marketing compare with what is needed?",
      helpMarketing: "Think of the last twelve months.",
      options: form.options.map((o) => (o.id === "more" ? { ...o, labelIt: "A bit more collaboration is required" } : o)),
    };
    await auditedAndBumped("questionnaire.item-update", () => saveQuestionnaireItem(admin, changed));
    const item = (await loadQuestionnaire(draft))!.items.find((i) => i.key === "tr-collaboration-level")!;
    expect(item.prompt).toEqual({ marketing: changed.promptMarketing, it: changed.promptIt });
    expect(item.help).toBe("Think of the last twelve months.");
    expect(item.options!.find((o) => o.id === "more")!.label).toEqual({ marketing: "Somewhat more collaboration is required", it: "A bit more collaboration is required" });
    expect(item.benchmarks).toHaveLength(3); // links kept
    // v2 itself is untouched
    expect((await loadQuestionnaire("v2"))!.items.find((i) => i.key === "tr-collaboration-level")!.prompt).toBe("How does collaboration between marketing and IT compare with what is needed?");
  });

  it("adds an item at the end of its section with its figure link; the count goes over 45 and is listed", async () => {
    const lastTrust = (await loadQuestionnaire(draft))!.items.filter((i) => i.section === "trust").at(-1)!.key;
    const saved = await auditedAndBumped("questionnaire.item-add", () => saveQuestionnaireItem(admin, NEW_ITEM));
    expect(saved).toEqual({ id: `${draft}:tr-shared-roadmap`, key: "tr-shared-roadmap" });
    const keys = await keysOf(draft);
    expect(keys.indexOf("tr-shared-roadmap")).toBe(keys.indexOf(lastTrust) + 1);
    const positions = (await db.questionnaireItem.findMany({ where: { versionId: draft }, orderBy: { position: "asc" } })).map((i) => i.position);
    expect(positions).toEqual(positions.map((_, i) => i));
    expect(await db.itemBenchmarkFigure.findMany({ where: { itemId: saved.id }, select: { figureId: true } })).toEqual([{ figureId: "a12-relationship-improved-cio" }]);
    const item = (await loadQuestionnaire(draft))!.items.find((i) => i.key === "tr-shared-roadmap")!;
    expect(item).toMatchObject({
      kind: "agreement",
      prompt: NEW_ITEM.promptMarketing,
      benchmarks: [{ figureId: "a12-relationship-improved-cio", population: "it", match: { type: "scale-at-least", min: 4 }, contextOnly: "Asked on a scale, published as yes/no" }],
    });
    const { problems } = (await getQuestionnaireVersionForAdmin(admin, draft))!;
    expect(problems).toEqual([`questionnaire ${draft}: 46 items outside the context section (expected 30-45)`]);
  });

  it("saves an inconsistent item (it is a draft) and names it in the problems; refuses a structurally invalid one", async () => {
    await saveQuestionnaireItem(admin, { ...NEW_ITEM, originalKey: "tr-shared-roadmap", links: [{ ...NEW_ITEM.links[0]!, option: "nope" }] });
    await saveQuestionnaireItem(admin, { ...(await formOf(draft, "tr-promises")), fidelity: "exact", links: [] });
    const { problems } = (await getQuestionnaireVersionForAdmin(admin, draft))!;
    expect(problems).toContain('item tr-shared-roadmap: link to "a12-relationship-improved-cio" names unknown option "nope"');
    expect(problems).toContain('item tr-promises: fidelity "exact" needs at least one published figure');

    const rows = await db.auditLog.count({ where: { actorId: admin.id } });
    await expect(saveQuestionnaireItem(admin, { ...NEW_ITEM, originalKey: "tr-shared-roadmap", key: "Not A Key" })).rejects.toThrow(/kebab|lowercase/i);
    await expect(saveQuestionnaireItem(admin, { ...NEW_ITEM, originalKey: "tr-shared-roadmap", links: [{ ...NEW_ITEM.links[0]!, figureId: "no-such" }] })).rejects.toThrow(/not a figure of the library/);
    await expect(saveQuestionnaireItem(admin, { ...NEW_ITEM, key: "tr-promises" })).rejects.toThrow(/has the key "tr-promises"/);
    await expect(saveQuestionnaireItem(admin, { ...NEW_ITEM, key: "tr-elsewhere", section: "nowhere" })).rejects.toThrow(/sections/);
    await expect(saveQuestionnaireItem(admin, { ...NEW_ITEM, originalKey: "tr-missing" })).rejects.toThrow(/not in version/);
    expect(await db.auditLog.count({ where: { actorId: admin.id } })).toBe(rows);
    expect((await loadQuestionnaire(draft))!.items.find((i) => i.key === "tr-shared-roadmap")!.benchmarks[0]!.option).toBe("nope");
  });

  it("renames an item's key: new id, links follow", async () => {
    await saveQuestionnaireItem(admin, { ...NEW_ITEM, originalKey: "tr-shared-roadmap", key: "tr-joint-roadmap" });
    expect(await db.questionnaireItem.count({ where: { id: `${draft}:tr-shared-roadmap` } })).toBe(0);
    expect(await db.itemBenchmarkFigure.count({ where: { itemId: `${draft}:tr-joint-roadmap` } })).toBe(1);
    expect(await db.auditLog.findFirst({ where: { action: "questionnaire.item-update", targetId: `${draft}:tr-joint-roadmap` }, select: { detail: true } })).toMatchObject({
      detail: { renamedFrom: "tr-shared-roadmap" },
    });
  });

  it("moves an item up and down within its section only", async () => {
    const before = await keysOf(draft);
    const at = before.indexOf("tr-joint-roadmap");
    await auditedAndBumped("questionnaire.item-move", () => moveQuestionnaireItem(admin, { versionId: draft, key: "tr-joint-roadmap", direction: "up" }));
    const after = await keysOf(draft);
    expect(after[at - 1]).toBe("tr-joint-roadmap");
    expect(after[at]).toBe(before[at - 1]);
    await moveQuestionnaireItem(admin, { versionId: draft, key: "tr-joint-roadmap", direction: "down" });
    expect(await keysOf(draft)).toEqual(before);
    await expect(moveQuestionnaireItem(admin, { versionId: draft, key: "tr-joint-roadmap", direction: "down" })).rejects.toThrow(/already the last of its section/);
    const firstOfTrust = before.find((k) => k.startsWith("tr-"))!;
    await expect(moveQuestionnaireItem(admin, { versionId: draft, key: firstOfTrust, direction: "up" })).rejects.toThrow(/already the first/);
  });

  it("refuses to publish while problems remain; publishes once they are fixed", async () => {
    await expect(publishQuestionnaireVersion(admin, { versionId: draft })).rejects.toThrow(/cannot be published: 2 problems/);
    expect((await db.questionnaireVersion.findUniqueOrThrow({ where: { id: draft } })).status).toBe("draft");

    await saveQuestionnaireItem(admin, { ...NEW_ITEM, key: "tr-joint-roadmap", originalKey: "tr-joint-roadmap" });
    await saveQuestionnaireItem(admin, { ...(await formOf(draft, "tr-promises")), fidelity: "new" });
    const removed = `${draft}:tr-promises`;
    await auditedAndBumped("questionnaire.item-remove", () => removeQuestionnaireItem(admin, { versionId: draft, key: "tr-promises" }));
    expect(await db.questionnaireItem.count({ where: { id: removed } })).toBe(0);
    expect(await db.itemBenchmarkFigure.count({ where: { itemId: removed } })).toBe(0);
    const positions = (await db.questionnaireItem.findMany({ where: { versionId: draft }, orderBy: { position: "asc" } })).map((i) => i.position);
    expect(positions).toEqual(positions.map((_, i) => i));
    expect((await getQuestionnaireVersionForAdmin(admin, draft))!.problems).toEqual([]);

    const published = await auditedAndBumped("questionnaire.publish", () => publishQuestionnaireVersion(admin, { versionId: draft }));
    expect(published.id).toBe(draft);
    const row = await db.questionnaireVersion.findUniqueOrThrow({ where: { id: draft } });
    expect(row.status).toBe("published");
    expect(row.publishedAt).toEqual(published.publishedAt);
    expect((await loadQuestionnaire(draft))!.status).toBe("published");
    const options = await listAssessmentOptions();
    expect(options.defaultVersionId).toBe(draft);
    expect(options.versions.map((v) => v.id)).toEqual([draft, "v2", "v1"]);
  });

  it("a published version cannot change or be published again", async () => {
    const rows = await db.auditLog.count();
    const revision = await readCatalogueRevision();
    const form = await formOf(draft, "tr-joint-roadmap");
    await expect(saveQuestionnaireItem(admin, { ...form, promptMarketing: "Changed after publishing" })).rejects.toThrow(/cannot change: it is published/);
    await expect(saveQuestionnaireItem(admin, { ...NEW_ITEM, key: "tr-late" })).rejects.toThrow(/cannot change: it is published/);
    await expect(removeQuestionnaireItem(admin, { versionId: draft, key: "tr-joint-roadmap" })).rejects.toThrow(/cannot change/);
    await expect(moveQuestionnaireItem(admin, { versionId: draft, key: "tr-joint-roadmap", direction: "up" })).rejects.toThrow(/cannot change/);
    await expect(publishQuestionnaireVersion(admin, { versionId: draft })).rejects.toThrow(/cannot change: it is published/);
    await expect(renameQuestionnaireVersion(admin, { versionId: draft, title: "Renamed late" })).rejects.toThrow(/cannot change/);
    expect(await db.auditLog.count()).toBe(rows);
    expect(await readCatalogueRevision()).toBe(revision);
    expect((await getQuestionnaireVersionForAdmin(admin, draft))!.immutableBecause).toBe("published");
  });

  it("a draft an assessment uses cannot change", async () => {
    const other = (await copyQuestionnaireVersion(admin, { sourceVersionId: "v2", title: "In use" })).id;
    const org = await createOrganization(facilitator, { name: "Acme", industry: "Retail", region: "eala", revenueBand: "1-5bn", businessModel: "b2c" });
    const a = await createAssessment(facilitator, { organizationId: org.id, title: "Uses it", questionnaireVersionId: "v2", sourceIds: ["accenture-2012"], quorumMarketing: 1, quorumIt: 1 });
    await db.assessment.update({ where: { id: a.id }, data: { questionnaireVersionId: other } });
    await expect(saveQuestionnaireItem(admin, { ...NEW_ITEM, versionId: other })).rejects.toThrow(/in use by 1 assessment/);
    await expect(publishQuestionnaireVersion(admin, { versionId: other })).rejects.toThrow(/in use by 1 assessment/);
  });

  it("refuses a facilitator everywhere with not found", async () => {
    const scratch = (await copyQuestionnaireVersion(admin, { sourceVersionId: "v2", title: "Scratch" })).id;
    const rows = await db.auditLog.count();
    await expect(getQuestionnaireVersionForAdmin(facilitator, scratch)).rejects.toThrow("Not found");
    await expect(saveQuestionnaireItem(facilitator, { ...NEW_ITEM, versionId: scratch })).rejects.toThrow("Not found");
    await expect(removeQuestionnaireItem(facilitator, { versionId: scratch, key: "tr-promises" })).rejects.toThrow("Not found");
    await expect(moveQuestionnaireItem(facilitator, { versionId: scratch, key: "tr-promises", direction: "down" })).rejects.toThrow("Not found");
    await expect(publishQuestionnaireVersion(facilitator, { versionId: scratch })).rejects.toThrow("Not found");
    expect(await db.auditLog.count()).toBe(rows);
    expect(await keysOf(scratch)).toEqual(await keysOf("v2"));
  });
});
