// The cross-organization panel against a real SQLite file: what counts (revealed, opted in, not demo, filters),
// the five-organization rule, one data point per organization-wave (or each organization's latest wave), anonymity
// exclusions, admins only.
import { bumpCatalogueRevision } from "@/lib/catalogue/revision";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Side, Tier } from "@/lib/domain";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import { completeAnswers } from "@/lib/test/answers";
import { testDb } from "@/lib/test/db";
import { createSubmittedRespondent } from "@/lib/test/submitted";
import { ZComparisonQuery } from "@/lib/validation/comparison-query";
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
    // the same with each organization's latest wave (one wave each here: the same cells)
    expect((await cell({ industry: "Banking", waves: "latest" })).row.hidden).toMatch(/leave out fewer than 5 organizations/);
    expect((await cell({ waves: "latest" })).row.panel).toEqual((await cell()).row.panel);
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

describe("each organization's latest revealed wave (waves: latest)", () => {
  // Five organizations of one industry that no earlier test uses; the first has a second revealed wave. Reveal times
  // are written by hand (the reveal stamps "now"), on the wave and on its summary rows alike.
  const INDUSTRY = "Travel & Tourism";
  const at = (day: string) => new Date(`${day}T12:00:00Z`);
  let twoWaves: { organizationId: string; assessmentId: string; first: string; second: string };

  async function setRevealedAt(waveId: string, when: Date) {
    await db.wave.update({ where: { id: waveId }, data: { revealedAt: when } });
    await db.panelAggregate.updateMany({ where: { waveId }, data: { revealedAt: when } });
  }

  /**
   * A further wave of an assessment, revealed: a new marketing leader who agrees or not (and who may decline to be
   * named: as its side's only leader, left out of every figure, so the wave has no marketing row) and an IT leader.
   */
  async function nextWave(assessmentId: string, number: number, marketing: { agrees: boolean; named: boolean }) {
    const wave = await db.wave.create({ data: { assessmentId, number, label: `Wave ${number}`, status: "open", questionnaireVersionId: QUESTIONNAIRE_V1.version } });
    const add = (side: Side, consentShowName: boolean, answers: Record<string, unknown> = {}) =>
      createSubmittedRespondent(db, { assessmentId, waveId: wave.id, side, tier: "leader", consentShowName, submittedAt: new Date(Date.now() - 60_000), answers: { ...completeAnswers(QUESTIONNAIRE_V1, side, ++seed), ...answers } });
    await add("marketing", marketing.named, { [item.key]: marketing.agrees ? 5 : 1 });
    await add("it", true);
    await revealResults(facilitator, assessmentId, { waveNumber: number });
    return wave.id;
  }

  beforeAll(async () => {
    // organization shares in their first waves: 1, 1, 0, 1, 0 (revealed 2025-01-10 … 2025-01-14)
    const firsts = [];
    for (let i = 0; i < 5; i++) firsts.push(await org({ industry: INDUSTRY, people: [["leader", i % 3 !== 2 && i !== 4]] }));
    for (const [i, o] of firsts.entries()) await setRevealedAt(o.waveId, at(`2025-01-1${i}`));
    // the first organization's second wave: its marketing leader disagrees (share 0), revealed 2025-09-01
    const second = await nextWave(firsts[0]!.assessmentId, 2, { agrees: false, named: true });
    await setRevealedAt(second, at("2025-09-01"));
    twoWaves = { organizationId: firsts[0]!.organizationId, assessmentId: firsts[0]!.assessmentId, first: firsts[0]!.waveId, second };
  });

  it("is a query field: all (the default, also when empty) or latest; anything else is refused like any bad filter", () => {
    expect(ZComparisonQuery.parse({ waves: "latest", industry: INDUSTRY })).toEqual({ waves: "latest", industry: INDUSTRY });
    expect(ZComparisonQuery.parse({ waves: "all" })).toEqual({ waves: "all" });
    expect(ZComparisonQuery.parse({ waves: "" })).toEqual({});
    const bad = ZComparisonQuery.safeParse({ waves: "newest" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues).toEqual([expect.objectContaining({ path: ["waves"], message: "must be all or latest" })]);
  });

  it("counts an organization with two revealed waves twice with every wave, once with the later wave's values with latest", async () => {
    const all = await cell({ industry: INDUSTRY });
    expect(all.row.panel).toMatchObject({ organizations: 5, points: 6, respondents: 6 });
    expect(all.row.panel!.mean).toBeCloseTo((100 * (1 + 1 + 0 + 1 + 0 + 0)) / 6, 10);
    expect(all.view.size).toMatchObject({ organizations: 5, waves: 6, period: { from: "2025-01-10", to: "2025-09-01" } });
    // "all" is the default, written or not
    expect((await cell({ industry: INDUSTRY, waves: "all" })).row.panel).toEqual(all.row.panel);

    const latest = await cell({ industry: INDUSTRY, waves: "latest" });
    expect(latest.row.panel).toMatchObject({ organizations: 5, points: 5, respondents: 5 });
    expect(latest.row.panel!.mean).toBeCloseTo((100 * (0 + 1 + 0 + 1 + 0)) / 5, 10); // the second wave's 0, not the first's 1
    expect(latest.row.panel!.period).toEqual({ from: "2025-01-11", to: "2025-09-01" });
    expect(latest.view.size).toMatchObject({ organizations: 5, waves: 5 });
    expect(latest.view.query.waves).toBe("latest");
    // per organization, not per figure: every cell of the view counts the same five waves (the IT cells too)
    const waveCounts = latest.view.rows.filter((r) => r.panel).map((r) => r.panel!.points);
    expect(waveCounts.length).toBeGreaterThan(1);
    expect(new Set(waveCounts)).toEqual(new Set([5]));
  });

  it("takes the latest wave within the chosen reveal dates, and combines with side and tier", async () => {
    // until June 2025 the first organization's latest wave is its first one: its share 1 again
    const before = await cell({ industry: INDUSTRY, waves: "latest", to: "2025-06-30" });
    expect(before.row.panel).toMatchObject({ organizations: 5, points: 5 });
    expect(before.row.panel!.mean).toBeCloseTo((100 * (1 + 1 + 0 + 1 + 0)) / 5, 10);
    expect(before.row.panel!.period).toEqual({ from: "2025-01-10", to: "2025-01-14" });
    expect((await cell({ industry: INDUSTRY, to: "2025-06-30" })).row.panel).toEqual(before.row.panel);
    // from July only the second wave is left: one organization, nothing shown
    expect((await cell({ industry: INDUSTRY, waves: "latest", from: "2025-07-01" })).view.size).toBeNull();
    // side and tier: the same five waves, the same values
    const latest = (await cell({ industry: INDUSTRY, waves: "latest" })).row.panel;
    expect(latest).toMatchObject({ organizations: 5, points: 5 });
    expect((await cell({ industry: INDUSTRY, waves: "latest", side: "marketing" })).row.panel).toEqual(latest);
    expect((await cell({ industry: INDUSTRY, waves: "latest", tier: "leader" })).row.panel).toEqual(latest);
    expect((await cell({ industry: INDUSTRY, waves: "latest", tier: "team" })).row.panel).toBeNull();
    // an organization filter that leaves the industry: nothing
    expect((await cell({ industry: "Insurance", waves: "latest" })).view.size).toBeNull();
  });

  it("chooses the latest wave that has answers from the chosen side; hides a cell an organization's latest wave would drop", async () => {
    // a third wave of the first organization without a marketing row (its only marketing leader declined to be
    // named), revealed last
    const third = await nextWave(twoWaves.assessmentId, 3, { agrees: true, named: false });
    await setRevealedAt(third, at("2025-12-01"));
    expect(await db.panelAggregate.count({ where: { waveId: third, side: "marketing" } })).toBe(0);
    // across both sides its latest wave is the third: the marketing cell loses the organization (four left)
    const both = await cell({ industry: INDUSTRY, waves: "latest" });
    expect(both.view.size).toMatchObject({ organizations: 5, waves: 5 });
    expect(both.row.panel).toBeNull();
    expect(both.row.hidden).toMatch(/fewer than 5 organizations contribute/);
    // and in the whole panel, that view minus the every-wave one would give that one organization's earlier shares:
    // hidden too (the complement rule, against both unfiltered views)
    const whole = await cell({ waves: "latest" });
    expect(whole.row.panel).toBeNull();
    expect(whole.row.hidden).toMatch(/leave out fewer than 5 organizations/);
    expect((await cell()).row.panel).not.toBeNull();
    // asked for the marketing side, its latest wave with marketing answers is the second one
    const marketing = await cell({ industry: INDUSTRY, waves: "latest", side: "marketing" });
    expect(marketing.row.panel).toMatchObject({ organizations: 5, points: 5 });
    expect(marketing.row.panel!.mean).toBeCloseTo((100 * (0 + 1 + 0 + 1 + 0)) / 5, 10);
    expect(marketing.row.panel!.period!.to).toBe("2025-09-01");
    expect((await cell({ waves: "latest", side: "marketing" })).row.panel).not.toBeNull();
    // every wave: the first organization counts twice in the marketing cell, and three times in the panel's size
    const all = await cell({ industry: INDUSTRY });
    expect(all.row.panel).toMatchObject({ organizations: 5, points: 6 });
    expect(all.view.size).toMatchObject({ organizations: 5, waves: 7 });
  });

  it("breaks a tie on the reveal time by wave id: one wave per organization", async () => {
    await setRevealedAt(twoWaves.first, at("2025-12-01"));
    await setRevealedAt(twoWaves.second, at("2025-12-01"));
    const marketing = await cell({ industry: INDUSTRY, waves: "latest", side: "marketing" });
    expect(marketing.row.panel).toMatchObject({ organizations: 5, points: 5 });
    const chosen = [twoWaves.first, twoWaves.second].sort().at(-1)!;
    const share = chosen === twoWaves.second ? 0 : 1;
    expect(marketing.row.panel!.mean).toBeCloseTo((100 * (share + 1 + 0 + 1 + 0)) / 5, 10);
  });
});
