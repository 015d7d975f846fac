// The cross-organization panel against a real SQLite file: what counts (revealed, opted in, not demo, filters),
// the five-organization rule, one data point per organization-wave, anonymity exclusions, admins only.
import { bumpCatalogueRevision } from "@/lib/catalogue/revision";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Side, Tier } from "@/lib/domain";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import { completeAnswers } from "@/lib/test/answers";
import { testDb } from "@/lib/test/db";
import { createSubmittedRespondent } from "@/lib/test/submitted";
import { createAssessment, createOrganization } from "@/prisma/factories";
import { seedReferenceData } from "@/prisma/seed-reference";
import { setPanelOptIn } from "./organizations";
import { aggregateWave } from "./panel-aggregate";
import { getPanelComparison, listPanelSources, realPanelIsEmpty } from "./panel";
import { revealResults } from "./reveal-results";

const db = testDb();
let admin: Actor;
let facilitator: Actor;

// an agreement item compared with a CMO figure: agreeing = 4 or 5
const item = QUESTIONNAIRE_V1.items.find((i) => i.kind === "agreement" && i.benchmarks.some((l) => l.population === "marketing" && l.match.type === "scale-at-least"))!;
const link = item.benchmarks.find((l) => l.population === "marketing")!;

interface OrgSpec {
  industry?: string;
  isDemo?: boolean;
  panelOptIn?: boolean;
  reveal?: boolean;
  /** marketing respondents: [tier, agrees] */
  people: [Tier, boolean][];
  /** whether the leaders agreed to be named (default true) */
  namedLeaders?: boolean;
}

let seed = 0;
async function org(spec: OrgSpec) {
  const o = await createOrganization(db, { industry: spec.industry ?? "Banking", isDemo: spec.isDemo ?? false, panelOptIn: spec.panelOptIn ?? true, ownerId: facilitator.id });
  const a = await createAssessment(db, o.id);
  const waveId = a.waves[0]!.id;
  // leaders agreed to be named unless the spec says otherwise: a side's only leader who did not is left out of
  // every figure (lib/scoring/anonymity.ts), and so of the panel
  const add = (side: Side, tier: Tier, answers: Record<string, unknown> = {}, consentShowName = spec.namedLeaders ?? true) =>
    createSubmittedRespondent(db, { assessmentId: a.id, waveId, side, tier, consentShowName, submittedAt: new Date(Date.now() - 60_000), answers: { ...completeAnswers(QUESTIONNAIRE_V1, side, ++seed), ...answers } });
  for (const [tier, agrees] of spec.people) await add("marketing", tier, { [item.key]: agrees ? 5 : 1 });
  await add("it", "leader");
  if (spec.reveal !== false) await revealResults(facilitator, a.id);
  return { organizationId: o.id, assessmentId: a.id, waveId };
}

const cell = async (query = {}) => {
  const view = await getPanelComparison(admin, query);
  return { view: view!, row: view!.rows.find((r) => r.figureId === link.figureId && r.side === "marketing" && r.itemKey === item.key)! };
};

beforeAll(async () => {
  await seedReferenceData(db);
  const a = await db.user.create({ data: { name: "Admin", email: "panel-admin@example.test", role: "admin", twoFactorEnabled: true } });
  const f = await db.user.create({ data: { name: "Facilitator", email: "panel-facilitator@example.test" } });
  admin = { id: a.id, email: a.email, name: a.name, role: "admin", twoFactorEnabled: true };
  facilitator = { id: f.id, email: f.email, name: f.name, role: "facilitator", twoFactorEnabled: false };
});

describe("cross-organization panel", () => {
  it("shows nothing for a panel of four organizations, then the mean of organization shares at five", async () => {
    expect(await realPanelIsEmpty(admin)).toBe(true);
    // shares 1/2, 1/1, 0/1, 2/2, 1/2 (leaders) → organization shares 0.5, 1, 0, 1, 0.5
    const people: [Tier, boolean][][] = [
      [["leader", true], ["leader", false]],
      [["leader", true]],
      [["leader", false]],
      [["leader", true], ["leader", true]],
    ];
    for (const p of people) await org({ people: p });
    const four = await cell();
    expect(four.row.panel).toBeNull();
    expect(four.view.size).toBeNull(); // four organizations: not even their number or dates
    expect(four.row.published.value).toBeGreaterThan(0);
    await org({ people: [["leader", true], ["leader", false]] });
    const { view, row } = await cell();
    expect(await realPanelIsEmpty(admin)).toBe(false);
    expect(row.panel).toMatchObject({ organizations: 5, points: 5, respondents: 8 });
    expect(row.panel!.mean).toBeCloseTo(60, 10); // (0.5 + 1 + 0 + 1 + 0.5) / 5, not 5/8 pooled
    expect(row.difference).toBeCloseTo(60 - row.published.value, 10);
    expect(view.size).toMatchObject({ organizations: 5, waves: 5 });
    expect(view.size!.period.from).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(row.info.items).toContain(`v1:${item.key}`);
    expect(row.info.source.year).toBeGreaterThan(2000);
  });

  it("leaves out demo, opted-out and unrevealed organizations", async () => {
    const before = (await cell()).row.panel!;
    await org({ isDemo: true, people: [["leader", false]] });
    await org({ panelOptIn: false, people: [["leader", false]] });
    await org({ reveal: false, people: [["leader", false]] });
    expect((await cell()).row.panel).toEqual(before);
    // the demo panel holds only the demo organization: fewer than five
    expect((await cell({ panel: "demo" })).row.panel).toBeNull();
  });

  it("excludes a team-member group below five, as the team results do", async () => {
    const { waveId } = await org({ industry: "Retail", people: [["leader", true], ["team", false], ["team", false]] });
    const rows = await db.panelAggregate.findMany({ where: { waveId, figureId: link.figureId, itemKey: item.key } });
    expect(rows).toEqual([expect.objectContaining({ leaderAnswered: 1, leaderAgreeing: 1, teamAnswered: 0, teamAgreeing: 0 })]);
  });

  it("filters by industry and tier; an opt-out takes effect on the next view", async () => {
    for (let i = 0; i < 4; i++) await org({ industry: "Retail", people: [["leader", i % 2 === 0]] });
    const retail = await cell({ industry: "Retail" });
    expect(retail.row.panel).toMatchObject({ organizations: 5 });
    expect(retail.row.panel!.mean).toBeCloseTo(60, 10); // 1, 1, 0, 1, 0
    expect((await cell({ industry: "Banking" })).row.panel).toMatchObject({ organizations: 5 });
    expect((await cell({ industry: "Insurance" })).row.panel).toBeNull();
    expect((await cell({ tier: "team" })).row.panel).toBeNull();
    const one = await db.organization.findFirstOrThrow({ where: { industry: "Retail", isDemo: false, panelOptIn: true } });
    const stranger: Actor = { id: "nobody", email: "x@example.test", name: "X", role: "facilitator", twoFactorEnabled: false };
    expect(await setPanelOptIn(stranger, { organizationId: one.id, panelOptIn: false })).toBeNull();
    expect((await cell({ industry: "Retail" })).row.panel).not.toBeNull();
    expect(await setPanelOptIn(facilitator, { organizationId: one.id, panelOptIn: false })).toMatchObject({ panelOptIn: false });
    expect((await cell({ industry: "Retail" })).row.panel).toBeNull();
    expect(await db.auditLog.count({ where: { action: "organization.panel-leave", targetId: one.id, actorId: facilitator.id } })).toBe(1);
    // complement: nine organizations in all, five banks; "Banking" would leave out four, whose mean would follow
    // from the two views, so it is hidden as well
    const banks = await cell({ industry: "Banking" });
    expect(banks.row.panel).toBeNull();
    expect(banks.row.hidden).toMatch(/leave out fewer than 5 organizations/);
    expect((await cell()).row.panel).toMatchObject({ organizations: 9 });
  });

  it("filters by date of reveal", async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await cell({ from: today, to: today })).row.panel).not.toBeNull();
    expect((await cell({ to: "2020-01-01" })).row.panel).toBeNull();
    expect((await cell({ from: "2099-01-01" })).view.size).toBeNull();
  });

  it("catches up on waves revealed without a summary, and recomputes idempotently", async () => {
    const { waveId } = await org({ people: [["leader", true]] });
    await db.panelAggregate.deleteMany({ where: { waveId } });
    await db.wave.update({ where: { id: waveId }, data: { panelAggregatedAt: null } });
    await cell();
    expect(await db.panelAggregate.count({ where: { waveId } })).toBeGreaterThan(0);
    const n = await db.panelAggregate.count({ where: { waveId } });
    expect(await aggregateWave(waveId)).toBe(n);
    expect(await db.panelAggregate.count({ where: { waveId } })).toBe(n);
    // two instances aggregating the same wave at the same moment (a reveal and a catch-up): both succeed, one set of rows
    for (let round = 0; round < 5; round++) expect(await Promise.all([aggregateWave(waveId), aggregateWave(waveId), aggregateWave(waveId)])).toEqual([n, n, n]);
    expect(await db.panelAggregate.count({ where: { waveId } })).toBe(n);
  });

  it("shows a later wave's figure that measures the same, against the same answers", async () => {
    await db.benchmarkSource.create({
      data: { id: "wave-2027", publisher: "Panel test", title: "Wave 2027", year: 2027, samples: { create: [{ population: "marketing", n: 300 }] } },
    });
    await db.benchmarkFigure.create({
      data: { id: "w27-same", sourceId: "wave-2027", population: "marketing", topic: "t", statement: "70% of CMOs …", unit: "percent", value: 70, locatorFile: "wave-2027.pdf", locatorQuote: "70% of CMOs", variantOf: link.figureId },
    });
    // written behind the app's back: the catalogue cache sees it once the revision moves, as after an admin's import
    await bumpCatalogueRevision(db);
    const { view, row } = await cell();
    const later = view.rows.find((r) => r.figureId === "w27-same" && r.itemKey === item.key)!;
    expect(later.panel).toEqual(row.panel);
    expect(later.published).toMatchObject({ value: 70, n: 300 });
    expect(later.difference).toBeCloseTo(row.panel!.mean - 70, 10);
    expect(later.info.source.year).toBe(2027);
    const only = await getPanelComparison(admin, { source: "wave-2027" });
    expect(only!.rows.map((r) => r.figureId)).toEqual(["w27-same"]);
    expect(only!.rows[0]!.panel).toEqual(row.panel);
  });

  it("is for admins only", async () => {
    expect(await getPanelComparison(facilitator, {})).toBeNull();
    expect(await realPanelIsEmpty(facilitator)).toBeNull();
    expect(await listPanelSources(facilitator)).toEqual([]);
    expect((await listPanelSources(admin)).map((s) => s.id)).toContain("wave-2027");
    expect(await getPanelComparison({ ...admin, twoFactorEnabled: false }, {})).toBeNull();
  });

  it("excludes a side's only leader who chose not to be named, as the team results do", async () => {
    const { waveId } = await org({ industry: "Automotive", people: [["leader", true]], namedLeaders: false });
    expect(await db.panelAggregate.count({ where: { waveId, side: "marketing" } })).toBe(0);
    expect(await db.panelAggregate.count({ where: { waveId, side: "it" } })).toBe(0); // IT's only leader too
  });
});
