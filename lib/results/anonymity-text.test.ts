// The words of the anonymity rule: every quorum state, the consent text against the rule's thresholds, and the
// notes a results view carries.
import { describe, expect, it } from "vitest";
import { applyAnonymity, MIN_GROUP, type AnonymityRespondent } from "@/lib/scoring/anonymity";
import { anonymityNotes, consentLines, countedIfRevealedText, quorumCell, quorumText, revealRuleLines } from "./anonymity-text";

const q = (submitted: number, required: number) => ({ submitted, required, met: submitted >= required });

describe("quorum", () => {
  it("below the quorum: how many are in and how many more are needed", () => {
    expect(quorumText(q(0, 1))).toBe("0 of 1 responses submitted: 1 more needed.");
    expect(quorumText(q(5, 6))).toBe("5 of 6 responses submitted: 1 more needed.");
    expect(quorumCell(q(1, 3))).toBe("1 of 3: 2 more needed");
  });

  it("reached, at or above the quorum: never 'of' a smaller number", () => {
    expect(quorumText(q(1, 1))).toBe("1 response submitted: the quorum of 1 is reached.");
    expect(quorumText(q(2, 1))).toBe("2 responses submitted: the quorum of 1 is reached.");
    expect(quorumCell(q(2, 1))).toBe("2 (quorum of 1 reached)");
    for (const [s, r] of [[2, 1], [7, 3], [6, 6]] as const) expect(quorumText(q(s, r))).not.toMatch(new RegExp(`${s} of ${r}`));
  });

  it("no quorum set", () => {
    expect(quorumText({ submitted: 3, required: 0, met: true })).toBe("3 responses submitted; no quorum is set.");
  });
});

describe("who would count if revealed now", () => {
  const person = (id: string, side: "marketing" | "it", tier: "leader" | "team", consentShowName = false, name = id): AnonymityRespondent => ({ id, side, tier, consentShowName, name, answers: {} });
  const preview = (rs: AnonymityRespondent[]) => {
    const a = applyAnonymity(rs);
    return (side: "marketing" | "it") => countedIfRevealedText(side, a.groups, a.visibleCounts[side], a.soleRespondent[side]);
  };

  it("says a side would show nothing when its only leader is unnamed and its team group is small", () => {
    const text = preview([person("m1", "marketing", "leader"), person("m2", "marketing", "team"), person("m3", "marketing", "team")]);
    expect(text("marketing")).toBe(
      `If revealed now: 0 of 3 counted. Left out: the only leader, who chose not to be named; 2 team members (fewer than ${MIN_GROUP}). Marketing would show no answers.`,
    );
    expect(text("it")).toBe("If revealed now: nobody counted yet.");
  });

  it("says whose answers a side of one named leader would be", () => {
    const text = preview([person("i1", "it", "leader", true, "Ravi Patel")]);
    expect(text("it")).toBe("If revealed now: 1 counted. The IT figures would be the answers of one person, Ravi Patel, who agreed to be named.");
  });

  it("all counted", () => {
    expect(preview([person("m1", "marketing", "leader"), person("m2", "marketing", "leader")])("marketing")).toBe("If revealed now: all 2 counted.");
  });
});

describe("consent and the rule say the same", () => {
  it("a team member is promised groups of the rule's size, never a name", () => {
    const text = consentLines(false).join(" ");
    expect(text).toContain("at least four other team members");
    expect(text).toContain("fewer than five team members");
    expect(text).toContain("at least ten people");
    expect(text).not.toMatch(/Name me/);
  });

  it("a leader is told what naming does, what not naming does, and the side-of-one and side-of-two cases", () => {
    const text = consentLines(true).join(" ");
    expect(text).toMatch(/If you tick “Name me” below, your name is listed/);
    expect(text).toMatch(/except while one or two leaders on your side chose not to be named/);
    expect(text).toMatch(/If you are the only person counted on your side, your side's figures are your answers/);
    expect(text).toMatch(/If you are your side's only leader, your answers are left out/);
    expect(text).toMatch(/If only two leaders are counted on your side, the other one could work out your answers/);
  });

  it("the sealed page's rule names the same thresholds", () => {
    const text = revealRuleLines().join(" ");
    expect(text).toContain(`at least five per side`);
    expect(text).toContain("only leader counts only if they agreed to be named");
    expect(text).toContain("one or two leaders");
  });
});

describe("notes of a results view", () => {
  it("the issue's case: two marketing leaders, one named: a group, no names", () => {
    const a = applyAnonymity([
      { id: "a1", side: "marketing", tier: "leader", consentShowName: true, name: "Maya Chen", answers: {} },
      { id: "a2", side: "marketing", tier: "leader", consentShowName: false, name: "Secret Person", answers: {} },
      { id: "b1", side: "it", tier: "leader", consentShowName: false, name: "Sole Secret", answers: {} },
    ]);
    const notes = anonymityNotes(a);
    expect(notes).toEqual([
      "Marketing leaders: 2, shown only as a group (one chose not to be named; names are listed only beside none or at least three who did not).",
      "IT's only leader chose not to be named: any figure with their answers would be theirs alone, so they are left out of every figure and download, including the IT totals.",
    ]);
    expect(notes.join(" ")).not.toMatch(/Maya Chen|Secret/);
  });

  it("named leaders beside three unnamed ones, and a side of one named leader", () => {
    const lead = (id: string, side: "marketing" | "it", consent: boolean, name: string): AnonymityRespondent => ({ id, side, tier: "leader", consentShowName: consent, name, answers: {} });
    const a = applyAnonymity([lead("a", "marketing", true, "Ann"), lead("b", "marketing", false, "x"), lead("c", "marketing", false, "y"), lead("d", "marketing", false, "z"), lead("e", "it", true, "Ravi Patel")]);
    expect(anonymityNotes(a)).toEqual([
      "Marketing leaders: Ann (named with their consent) and three who chose not to be named.",
      "IT leaders: Ravi Patel (named with their consent).",
      "The IT figures are the answers of one person, Ravi Patel, who agreed to be named.",
    ]);
  });
});
