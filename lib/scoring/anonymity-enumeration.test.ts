// Every small team the anonymity rule can meet, enumerated: for each side, 0-5 leaders × every pattern of who
// agreed to be named × team groups of 0-9; both sides crossed. For each case, the views the results show (the
// AnonymityResult's groups, the leaders listed one by one, a side's sole respondent) are read as sets of KNOWN
// people (the facilitator knows who submitted on which side and tier), and the test checks that no protected
// person (a team member, or a leader who did not agree to be named) can be isolated: not by a label, not by one
// shown figure, not by a difference of two, nor by any other combination of shown figures (a figure's sum is
// its mean times its n, so every integer combination of shown sets can be computed: the person's indicator vector
// must not lie in the span of the shown sets' indicator vectors, which covers every "A minus B").
import { describe, expect, it } from "vitest";
import { SIDES, type Side } from "@/lib/domain";
import { applyAnonymity, MIN_FREE_TEXT, MIN_GROUP, MIN_UNNAMED_LEADERS, type AnonymityRespondent, type AnonymityResult } from "./anonymity";

const LEADERS = [0, 1, 2, 3, 4, 5];
const TEAMS = [0, 1, 2, 4, 5, 6, 9];

interface SideCase {
  side: Side;
  /** consent of each leader, in order */
  consents: boolean[];
  team: number;
}

function sideCases(side: Side): SideCase[] {
  const out: SideCase[] = [];
  for (const k of LEADERS)
    for (let mask = 0; mask < 1 << k; mask++)
      for (const team of TEAMS) out.push({ side, consents: Array.from({ length: k }, (_, i) => (mask & (1 << i)) !== 0), team });
  return out;
}

function people(c: SideCase): AnonymityRespondent[] {
  // ids deliberately NOT in the order of the names, so that listing order could not come from the ids
  const leaders = c.consents.map((consent, i) => ({ id: `${c.side}-l${9 - i}`, side: c.side, tier: "leader" as const, consentShowName: consent, name: `${c.side} leader name ${i}`, answers: {} }));
  const team = Array.from({ length: c.team }, (_, i) => ({ id: `${c.side}-t${i}`, side: c.side, tier: "team" as const, consentShowName: false, name: `${c.side} team name ${i}`, answers: {} }));
  return [...leaders, ...team];
}

/** The sets of people whose combined answers some view shows. */
function shownSets(a: AnonymityResult): string[][] {
  const sets: string[][] = [];
  const ids = (rs: { id: string }[]) => rs.map((r) => r.id);
  for (const side of SIDES) {
    sets.push(ids(a.visible.filter((r) => r.side === side))); // the side's figures
    sets.push(ids(a.byGroup[side].leader)); // leaders only: heatmap row, comparisons with executive surveys
    sets.push(ids(a.byGroup[side].team)); // team members only: heatmap row
  }
  sets.push(ids(a.visible)); // both sides: alignment index, combined scores, figures of "both" populations
  sets.push(ids(SIDES.flatMap((s) => a.byGroup[s].leader))); // both sides' leaders pooled
  sets.push(ids(SIDES.flatMap((s) => a.byGroup[s].team)));
  for (const l of a.leaders) sets.push([l.id]); // a leader shown one by one
  for (const side of SIDES) if (a.soleRespondent[side]) sets.push(ids(a.visible.filter((r) => r.side === side)));
  return sets.filter((s) => s.length > 0);
}

/** Row-reduced basis of the sets' indicator vectors over `universe`. */
function basisOf(sets: string[][], universe: string[]): (number[] & { pivot?: number })[] {
  const basis: number[][] = []; // each with a leading 1 at pivots[i]
  const pivots: number[] = [];
  const reduce = (v: number[]) => {
    for (let b = 0; b < basis.length; b++) {
      const f = v[pivots[b]!]!;
      if (Math.abs(f) > 1e-9) for (let j = 0; j < v.length; j++) v[j]! -= f * basis[b]![j]!;
    }
    return v;
  };
  for (const set of sets) {
    const members = new Set(set);
    const v = reduce(universe.map((id) => (members.has(id) ? 1 : 0)));
    const p = v.findIndex((x) => Math.abs(x) > 1e-9);
    if (p < 0) continue;
    const lead = v[p]!;
    for (let j = 0; j < v.length; j++) v[j]! /= lead;
    // keep the basis fully reduced so reduce() needs one pass
    for (const other of basis) {
      const f = other[p]!;
      if (Math.abs(f) > 1e-9) for (let j = 0; j < v.length; j++) other[j]! -= f * v[j]!;
    }
    basis.push(v);
    pivots.push(p);
  }
  return basis.map((row, i) => Object.assign(row, { pivot: pivots[i] }));
}

/** Whether one person's answers alone follow from the shown sets. */
function isolated(basis: (number[] & { pivot?: number })[], universe: string[], id: string): boolean {
  const v = universe.map((x) => (x === id ? 1 : 0));
  for (const row of basis) {
    const f = v[row.pivot!]!;
    if (Math.abs(f) > 1e-9) for (let j = 0; j < v.length; j++) v[j]! -= f * row[j]!;
  }
  return v.every((x) => Math.abs(x) < 1e-9);
}

describe("the anonymity rule over every small team", () => {
  const marketing = sideCases("marketing");
  const it_ = sideCases("it");
  const peopleOf = new Map([...marketing, ...it_].map((c) => [c, people(c)]));

  it("isolates no protected person, by label or by any combination of shown figures", () => {
    let cases = 0;
    const failures: string[] = [];
    for (const m of marketing) {
      for (const i of it_) {
        cases++;
        const everyone = [...peopleOf.get(m)!, ...peopleOf.get(i)!];
        const a = applyAnonymity(everyone);
        const universe = everyone.map((r) => r.id);
        const basis = basisOf(shownSets(a), universe);
        const describe = () => `marketing ${JSON.stringify(m.consents)}+${m.team}, IT ${JSON.stringify(i.consents)}+${i.team}`;
        for (const r of everyone) {
          const named = r.tier === "leader" && r.consentShowName;
          const individual = a.leaderSides[r.side].individual;
          // 1. by label: only named leaders on a side that allows it are labelled, and by their own name
          if (a.labels[r.id] !== undefined && !(named && individual)) failures.push(`${describe()}: ${r.id} labelled`);
          if (a.labels[r.id] !== undefined && a.labels[r.id] !== r.name) failures.push(`${describe()}: ${r.id} mislabelled`);
          // 2. by subtraction (or any combination): only a named leader on such a side may be derivable
          if (isolated(basis, universe, r.id) && !(named && individual)) failures.push(`${describe()}: ${r.id} isolated`);
        }
        // no protected name anywhere in the result
        const shownNames = new Set([...a.leaders.map((l) => l.label), ...Object.values(a.labels), ...SIDES.map((s) => a.soleRespondent[s])]);
        for (const r of everyone) if (!(r.tier === "leader" && r.consentShowName) && shownNames.has(r.name)) failures.push(`${describe()}: ${r.name} shown`);
        if (failures.length > 20) break;
      }
      if (failures.length > 20) break;
    }
    expect(failures).toEqual([]);
    // 6 leader counts with 2^k consent patterns (63) × 7 team sizes, per side, crossed
    expect(cases).toBe((63 * TEAMS.length) ** 2);
  });

  it("follows the stated thresholds on every side case", () => {
    for (const c of marketing) {
      const a = applyAnonymity(people(c));
      const named = c.consents.filter(Boolean).length;
      const unnamed = c.consents.length - named;
      // rule 2: team groups of 1 to 4 are left out
      expect(a.byGroup.marketing.team.length).toBe(c.team >= MIN_GROUP ? c.team : 0);
      // rule 3: a sole unnamed leader is left out; every other leader counts
      expect(a.byGroup.marketing.leader.length).toBe(c.consents.length === 1 && unnamed === 1 ? 0 : c.consents.length);
      // rule 5: leaders one by one only beside 0 or ≥ 3 unnamed leaders, and only the named ones
      const individual = unnamed === 0 || unnamed >= MIN_UNNAMED_LEADERS;
      expect(a.leaderSides.marketing).toEqual({ named, unnamed, individual });
      expect(a.leaders.length).toBe(individual ? named : 0);
      // rule 6: one visible respondent is a named leader, and named as the side's sole respondent
      const visible = a.visibleCounts.marketing;
      if (visible === 1) expect(a.soleRespondent.marketing).toBe("marketing leader name 0");
      else expect(a.soleRespondent.marketing).toBeNull();
      // rule 7: free text from pools of 10
      expect(a.freeTextAllowed.marketing).toBe(visible >= MIN_FREE_TEXT);
    }
  });
});
