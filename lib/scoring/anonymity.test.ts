import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SIDES, TIERS, type Side, type Tier } from "@/lib/domain";
import { applyAnonymity, freeTextFor, MIN_FREE_TEXT, MIN_GROUP, type AnonymityRespondent } from "./anonymity";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_QUESTIONNAIRE as q } from "./test-fixtures";

let seq = 0;
function person(side: Side, tier: Tier, answers: AnonymityRespondent["answers"] = {}, extra: Partial<AnonymityRespondent> = {}): AnonymityRespondent {
  seq++;
  return { id: `r${String(seq).padStart(4, "0")}`, side, tier, consentShowName: false, name: `Person ${seq}`, answers, ...extra };
}
const many = (n: number, side: Side, tier: Tier, answers: AnonymityRespondent["answers"] = {}) =>
  Array.from({ length: n }, () => person(side, tier, answers));

describe("suppression of small team groups", () => {
  it("suppresses a team group of 1-4 and shows a group of 5", () => {
    const a = applyAnonymity([...many(4, "marketing", "team"), ...many(5, "it", "team")]);
    expect(a.suppressedGroups).toEqual([{ side: "marketing", tier: "team", n: 4, suppressed: true }]);
    expect(a.byGroup.marketing.team).toEqual([]);
    expect(a.byGroup.it.team).toHaveLength(MIN_GROUP);
    expect(a.visible.every((r) => r.side === "it")).toBe(true);
  });

  it("never suppresses leaders, and an empty group is not 'suppressed'", () => {
    const a = applyAnonymity([person("marketing", "leader"), person("it", "leader")]);
    expect(a.suppressedGroups).toEqual([]);
    expect(a.groups.find((g) => g.side === "it" && g.tier === "team")).toEqual({ side: "it", tier: "team", n: 0, suppressed: false });
    expect(a.visible).toHaveLength(2);
  });

  it("honours a custom threshold", () => {
    expect(applyAnonymity(many(3, "it", "team"), { minGroup: 3 }).suppressedGroups).toEqual([]);
  });
});

describe("differencing: side total minus leaders cannot reveal a small group", () => {
  // One marketing leader who strongly agrees; two marketing team members who strongly disagree (a group of 2).
  const leader = person("marketing", "leader", { "need-alignment": 5 });
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
    const ten = [...nine, person("it", "leader", { comment: "  Alpha " })];
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

describe("leader labels", () => {
  it("uses the name only with consent, otherwise a numbered label per side", () => {
    const a = applyAnonymity([
      person("marketing", "leader", {}, { id: "a1", name: "Maya Chen", consentShowName: true }),
      person("marketing", "leader", {}, { id: "a2", name: "Secret Person" }),
      person("it", "leader", {}, { id: "a3", name: "Ravi Patel" }),
      person("it", "leader", {}, { id: "a4", name: "  ", consentShowName: true }),
    ]);
    expect(a.labels).toEqual({ a1: "Maya Chen", a2: "Marketing leader 2", a3: "IT leader 1", a4: "IT leader 2" });
    expect(JSON.stringify(a)).not.toContain("Secret Person");
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
          const visibleTeam = a.visible.filter((r) => r.side === side && r.tier === "team");
          expect(visibleTeam.length === 0 || visibleTeam.length >= minGroup).toBe(true);
        }
        const suppressed = new Set(a.suppressedGroups.map((g) => `${g.side}:${g.tier}`));
        for (const r of a.visible) expect(suppressed.has(`${r.side}:${r.tier}`)).toBe(false);
        for (const g of a.suppressedGroups) expect(g.n > 0 && g.n < minGroup && g.tier === "team").toBe(true);
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

  it("a leader's name appears only with consent; every visible respondent is counted once", () => {
    fc.assert(
      fc.property(arbRespondents, (rs) => {
        const a = applyAnonymity(rs);
        for (const l of a.leaders) {
          const r = rs.find((x) => x.id === l.id)!;
          if (!r.consentShowName) expect(l.label).toMatch(/^(Marketing|IT) leader \d+$/);
          expect(l.named).toBe(r.consentShowName && r.name.trim().length > 0);
        }
        expect(new Set(a.visible.map((r) => r.id)).size).toBe(a.visible.length);
        expect(a.groups.reduce((s, g) => s + g.n, 0)).toBe(rs.length);
      }),
    );
  });
});
