import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SIDES, TIERS, type Side, type Tier } from "@/lib/domain";
import { applyAnonymity, freeTextFor, MIN_FREE_TEXT, MIN_GROUP, MIN_UNNAMED_LEADERS, type AnonymityRespondent } from "./anonymity";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_QUESTIONNAIRE as q } from "./test-fixtures";

let seq = 0;
function person(side: Side, tier: Tier, answers: AnonymityRespondent["answers"] = {}, extra: Partial<AnonymityRespondent> = {}): AnonymityRespondent {
  seq++;
  return { id: `r${String(seq).padStart(4, "0")}`, side, tier, consentShowName: false, name: `Person ${seq}`, answers, ...extra };
}
const named = (side: Side, name = `Named ${side} leader`, answers: AnonymityRespondent["answers"] = {}) => person(side, "leader", answers, { name, consentShowName: true });
const many = (n: number, side: Side, tier: Tier, answers: AnonymityRespondent["answers"] = {}) =>
  Array.from({ length: n }, () => person(side, tier, answers));

describe("suppression of small team groups", () => {
  it("suppresses a team group of 1-4 and shows a group of 5", () => {
    const a = applyAnonymity([...many(4, "marketing", "team"), ...many(5, "it", "team")]);
    expect(a.suppressedGroups).toEqual([{ side: "marketing", tier: "team", n: 4, suppressed: true, reason: "small-team" }]);
    expect(a.byGroup.marketing.team).toEqual([]);
    expect(a.byGroup.it.team).toHaveLength(MIN_GROUP);
    expect(a.visible.every((r) => r.side === "it")).toBe(true);
  });

  it("an empty group is not 'suppressed'", () => {
    const a = applyAnonymity([named("marketing"), named("it")]);
    expect(a.suppressedGroups).toEqual([]);
    expect(a.groups.find((g) => g.side === "it" && g.tier === "team")).toEqual({ side: "it", tier: "team", n: 0, suppressed: false, reason: null });
    expect(a.visible).toHaveLength(2);
  });

  it("honours a custom threshold", () => {
    expect(applyAnonymity(many(3, "it", "team"), { minGroup: 3 }).suppressedGroups).toEqual([]);
  });
});

describe("a side's only leader", () => {
  it("is left out everywhere when unnamed: the leaders' figures would be theirs alone", () => {
    const sole = person("marketing", "leader", { "need-alignment": 5 }, { name: "Secret Person" });
    const a = applyAnonymity([sole, ...many(5, "marketing", "team"), named("it")]);
    expect(a.suppressedGroups).toEqual([{ side: "marketing", tier: "leader", n: 1, suppressed: true, reason: "sole-unnamed-leader" }]);
    expect(a.byGroup.marketing.leader).toEqual([]);
    // the side is its team group alone: "side total minus team" is nobody
    expect(a.visible.filter((r) => r.side === "marketing").map((r) => r.tier)).toEqual(Array(5).fill("team"));
    expect(a.visible.some((r) => r.id === sole.id)).toBe(false);
    expect(JSON.stringify(a)).not.toContain("Secret Person");
  });

  it("counts when named, and a side of one named leader says whose answers its figures are", () => {
    const a = applyAnonymity([named("marketing", "Maya Chen"), named("it", "Ravi Patel"), ...many(3, "it", "team")]);
    expect(a.visibleCounts).toEqual({ marketing: 1, it: 1 });
    expect(a.soleRespondent).toEqual({ marketing: "Maya Chen", it: "Ravi Patel" });
    expect(a.leaders.map((l) => l.label)).toEqual(["Maya Chen", "Ravi Patel"]);
  });

  it("a side with no respondent, or with two, has no sole respondent", () => {
    const a = applyAnonymity([person("it", "leader"), person("it", "leader")]);
    expect(a.soleRespondent).toEqual({ marketing: null, it: null });
    expect(a.visibleCounts.it).toBe(2);
  });
});

describe("differencing: side total minus leaders cannot reveal a small group", () => {
  // One (named) marketing leader who strongly agrees; two marketing team members who strongly disagree (a group of 2).
  const leader = named("marketing", "Maya Chen", { "need-alignment": 5 });
  const small = [person("marketing", "team", { "need-alignment": 1 }), person("marketing", "team", { "need-alignment": 1 })];
  const it5 = many(5, "it", "team", { "need-alignment": 3 });
  const a = applyAnonymity([leader, ...small, ...it5]);

  it("excludes the group of 2 from the side total, so total = leaders exactly", () => {
    const total = scoreTeam(q, a.visible, figures);
    const leadersOnly = scoreTeam(q, a.byGroup.marketing.leader.concat(a.byGroup.it.leader, a.byGroup.it.team), figures);
    const item = (r: typeof total) => r.items.find((i) => i.itemKey === "need-alignment")!.sides.marketing;
    expect(total.counts.marketing).toBe(1);
    expect(item(total)).toEqual(item(leadersOnly));
    // what subtraction would give: (total·n − leader) / (n − 1) — there is nothing left to subtract
    expect(item(total).mean).toBe(5);
    expect(total.answers["need-alignment"]!.marketing).toEqual([5]);
  });

  it("the small group's answers appear in no view", () => {
    const ids = new Set(small.map((r) => r.id));
    expect(a.visible.some((r) => ids.has(r.id))).toBe(false);
    expect(SIDES.flatMap((s) => TIERS.flatMap((t) => a.byGroup[s][t])).some((r) => ids.has(r.id))).toBe(false);
    // and not in the both-sides figures either
    expect(scoreTeam(q, a.visible, figures).imperatives.find((i) => i.imperative === "strategic-partner")!.marketing).toBe(100);
  });
});

describe("free text", () => {
  it(`is listed only when the side has at least ${MIN_FREE_TEXT} visible respondents, sorted, from visible people only`, () => {
    const nine = many(9, "it", "team", { comment: "nine" });
    expect(applyAnonymity(nine).freeTextAllowed.it).toBe(false);
    expect(freeTextFor(applyAnonymity(nine), "it", "comment")).toEqual([]);
    const ten = [...nine, named("it", "Ravi Patel", { comment: "  Alpha " })];
    const a = applyAnonymity(ten);
    expect(a.freeTextAllowed).toEqual({ marketing: false, it: true });
    expect(freeTextFor(a, "it", "comment")).toEqual(["Alpha", ...Array(9).fill("nine")]);
  });

  it("does not count a suppressed group towards the pool", () => {
    const a = applyAnonymity([...many(6, "marketing", "leader"), ...many(4, "marketing", "team", { comment: "secret" })]);
    expect(a.visibleCounts.marketing).toBe(6);
    expect(a.freeTextAllowed.marketing).toBe(false);
  });
});

describe("leaders one by one", () => {
  it("the issue's case: of two marketing leaders one agreed to be named; neither is listed nor labelled, both count", () => {
    const a = applyAnonymity([
      person("marketing", "leader", {}, { id: "a1", name: "Maya Chen", consentShowName: true }),
      person("marketing", "leader", {}, { id: "a2", name: "Secret Person" }),
    ]);
    expect(a.leaderSides.marketing).toEqual({ named: 1, unnamed: 1, individual: false });
    expect(a.leaders).toEqual([]);
    expect(a.labels).toEqual({});
    expect(a.byGroup.marketing.leader.map((r) => r.id)).toEqual(["a1", "a2"]);
    expect(JSON.stringify(a)).not.toContain("Secret Person");
    expect(JSON.stringify(a)).not.toContain("Maya Chen"); // her answers are only inside the two leaders' figures
  });

  it("two unnamed leaders beside a named one: still only as a group", () => {
    const a = applyAnonymity([named("it", "Ravi Patel"), person("it", "leader"), person("it", "leader")]);
    expect(a.leaderSides.it).toEqual({ named: 1, unnamed: 2, individual: false });
    expect(a.leaders).toEqual([]);
  });

  it(`names the named leaders beside ${MIN_UNNAMED_LEADERS} or more unnamed ones, or when every leader agreed; never labels an unnamed one`, () => {
    const a = applyAnonymity([
      person("marketing", "leader", {}, { id: "z1", name: "Zoe Named", consentShowName: true }),
      person("marketing", "leader", {}, { id: "a2", name: "Ann Named", consentShowName: true }),
      ...many(3, "marketing", "leader"),
      person("it", "leader", {}, { id: "i1", name: "Ravi Patel", consentShowName: true }),
      person("it", "leader", {}, { id: "i2", name: "  ", consentShowName: true }), // no name to show: unnamed
    ]);
    expect(a.leaderSides).toEqual({ marketing: { named: 2, unnamed: 3, individual: true }, it: { named: 1, unnamed: 1, individual: false } });
    // by name, not by id (ids follow the invitation order)
    expect(a.leaders).toEqual([
      { id: "a2", side: "marketing", label: "Ann Named", named: true },
      { id: "z1", side: "marketing", label: "Zoe Named", named: true },
    ]);
    expect(a.labels).toEqual({ a2: "Ann Named", z1: "Zoe Named" });
    expect(JSON.stringify(a)).not.toMatch(/leader \d/);
    expect(JSON.stringify(a)).not.toContain("Ravi Patel");
  });

  it("never labels team members", () => {
    expect(applyAnonymity(many(6, "it", "team")).leaders).toEqual([]);
  });
});

// ------------------------------------------------------------------ properties

const arbRespondents = fc
  .array(
    fc.record({
      side: fc.constantFrom<Side>("marketing", "it"),
      tier: fc.constantFrom<Tier>("leader", "team"),
      consentShowName: fc.boolean(),
      name: fc.string({ maxLength: 8 }),
      text: fc.string({ maxLength: 4 }),
    }),
    { maxLength: 40 },
  )
  .map((rows) => rows.map((r, i) => ({ id: `p${String(i).padStart(3, "0")}`, side: r.side, tier: r.tier, consentShowName: r.consentShowName, name: r.name, answers: { comment: r.text } })));

describe("properties", () => {
  it("no team group in any view is smaller than the threshold (and a suppressed one is empty everywhere)", () => {
    fc.assert(
      fc.property(arbRespondents, fc.integer({ min: 1, max: 12 }), (rs, minGroup) => {
        const a = applyAnonymity(rs, { minGroup });
        for (const side of SIDES) {
          const team = a.byGroup[side].team;
          expect(team.length === 0 || team.length >= minGroup).toBe(true);
          // the differencing attack: side total minus its leaders is the team group, empty or ≥ threshold
          const sideTotal = a.visible.filter((r) => r.side === side);
          const leaders = a.byGroup[side].leader;
          const difference = sideTotal.filter((r) => !leaders.includes(r));
          expect(difference.length === 0 || difference.length >= minGroup).toBe(true);
          // the other way round: side total minus its team group is its leaders: none, one named leader, or several
          const shownLeaders = sideTotal.filter((r) => !team.includes(r));
          if (shownLeaders.length === 1) expect(rs.find((x) => x.id === shownLeaders[0]!.id)!.consentShowName).toBe(true);
          const visibleTeam = a.visible.filter((r) => r.side === side && r.tier === "team");
          expect(visibleTeam.length === 0 || visibleTeam.length >= minGroup).toBe(true);
        }
        const suppressed = new Set(a.suppressedGroups.map((g) => `${g.side}:${g.tier}`));
        for (const r of a.visible) expect(suppressed.has(`${r.side}:${r.tier}`)).toBe(false);
        for (const g of a.suppressedGroups) {
          if (g.reason === "small-team") expect(g.n > 0 && g.n < minGroup && g.tier === "team").toBe(true);
          else expect(g).toMatchObject({ tier: "leader", n: 1, reason: "sole-unnamed-leader" });
        }
      }),
    );
  });

  it("free text is listed only from pools of at least the free-text threshold", () => {
    fc.assert(
      fc.property(arbRespondents, (rs) => {
        const a = applyAnonymity(rs);
        for (const side of SIDES) {
          const pool = a.visible.filter((r) => r.side === side).length;
          if (freeTextFor(a, side, "comment").length > 0) expect(pool).toBeGreaterThanOrEqual(MIN_FREE_TEXT);
          expect(a.freeTextAllowed[side]).toBe(pool >= MIN_FREE_TEXT);
        }
      }),
    );
  });

  it("a leader is listed only with consent and a name, beside 0 or ≥ 3 unnamed leaders; every visible respondent is counted once", () => {
    fc.assert(
      fc.property(arbRespondents, (rs) => {
        const a = applyAnonymity(rs);
        for (const l of a.leaders) {
          const r = rs.find((x) => x.id === l.id)!;
          expect(r.tier === "leader" && r.consentShowName && r.name.trim().length > 0).toBe(true);
          expect(l.label).toBe(r.name.trim());
          const unnamed = a.leaderSides[r.side].unnamed;
          expect(unnamed === 0 || unnamed >= MIN_UNNAMED_LEADERS).toBe(true);
        }
        expect(new Set(a.visible.map((r) => r.id)).size).toBe(a.visible.length);
        expect(a.groups.reduce((s, g) => s + g.n, 0)).toBe(rs.length);
      }),
    );
  });
});
