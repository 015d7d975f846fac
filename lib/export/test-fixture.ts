// Tests only: revealed team results built without a database (the same pure steps getTeamResults runs).
import type { RevealedTeamResults } from "@/lib/results/types";
import { buildRevealedResults } from "@/lib/results/revealed";
import { builtinCatalogue } from "@/lib/test/catalogue";
import type { Side, Tier } from "@/lib/domain";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import type { AnswerValue } from "@/lib/questionnaire/types";
import { applyAnonymity, type AnonymityRespondent } from "@/lib/scoring/anonymity";
import { completeAnswers } from "@/lib/test/answers";
import { comparedQuestionnaire } from "@/lib/results/items";
import { scoreTeam } from "@/lib/scoring/team";
import type { TeamResult } from "@/lib/scoring/types";

/** Free-text payloads (free text is trimmed, so a leading tab or CR is tested through the title and defuse()). */
export const PAYLOADS = ['=HYPERLINK("http://evil.example","click")', "@SUM(1)", "+1+1", "-2+3"];

/**
 * 1 marketing leader + 11 marketing team (free text allowed), 1 IT leader + 3 IT team (suppressed group). Each
 * side's only leader agreed to be named (an unnamed one would be left out altogether); the IT side is its leader.
 */
export function fixtureResults(): RevealedTeamResults {
  const people: AnonymityRespondent[] = [];
  const add = (side: Side, tier: Tier, i: number, text?: string) =>
    people.push({
      id: `${side}-${tier}-${String(i).padStart(2, "0")}`,
      side,
      tier,
      consentShowName: tier === "leader",
      name: tier === "leader" ? `Named ${side} leader` : `Person ${side} ${i}`,
      answers: { ...(completeAnswers(QUESTIONNAIRE_V1, side, i + (side === "it" ? 100 : 0)) as Record<string, AnswerValue>), ...(text ? { "tr-one-change": text } : {}) },
    });
  add("marketing", "leader", 0, PAYLOADS[0]);
  for (let i = 1; i <= 11; i++) add("marketing", "team", i, PAYLOADS[i] ?? `plain idea ${i}`);
  add("it", "leader", 20);
  for (let i = 21; i <= 23; i++) add("it", "team", i, `SUPPRESSED TEXT ${i}`);
  return revealed(people);
}

/**
 * Eight unnamed leaders a side who answer the agreement questions of one imperative opposite ways: recommendations.
 * `flipped`: marketing disagrees and IT agrees (an earlier wave for trends), else the other way round.
 */
export function fixtureWithRecommendations(flipped = false): RevealedTeamResults {
  return revealed(recommendationPeople(flipped));
}

/** The same people's full team result (the trend statistics' input), scored as lib/data/trends.ts scores a wave. */
export function fixtureTeamWithRecommendations(flipped = false): TeamResult {
  const catalogue = builtinCatalogue(QUESTIONNAIRE_V1);
  return scoreTeam(comparedQuestionnaire(catalogue.questionnaire), applyAnonymity(recommendationPeople(flipped)).visible, catalogue.figures);
}

function recommendationPeople(flipped: boolean): AnonymityRespondent[] {
  const opposed = new Set(QUESTIONNAIRE_V1.items.filter((i) => i.kind === "agreement" && !i.mirror && i.section === "strategic-partner").map((i) => i.key));
  const people: AnonymityRespondent[] = [];
  for (const side of ["marketing", "it"] as const) {
    for (let i = 0; i < 8; i++) {
      const answers = completeAnswers(QUESTIONNAIRE_V1, side, i + (side === "it" ? 100 : 0)) as Record<string, AnswerValue>;
      for (const key of opposed) answers[key] = (side === "marketing") !== flipped ? 5 : 1;
      people.push({ id: `${side}-${i}`, side, tier: "leader", consentShowName: false, name: `Leader ${side} ${i}`, answers });
    }
  }
  return people;
}

function revealed(people: AnonymityRespondent[]): RevealedTeamResults {
  const body = buildRevealedResults(builtinCatalogue(QUESTIONNAIRE_V1), applyAnonymity(people), { lateSubmissions: 0 });
  return {
    assessment: { id: "a1", title: "\tAlignment check", organizationName: "@SUM(1) Northwind", questionnaireVersion: "v1" },
    wave: { id: "w1", number: 1, label: "Wave 1", status: "open", revealedAt: "2026-11-20T09:30:00.000Z" },
    waves: [{ number: 1, label: "Wave 1", revealed: true }],
    quorum: { marketing: { submitted: 12, required: 1, met: true }, it: { submitted: 4, required: 1, met: true }, met: true },
    sealed: false,
    revealedAt: "2026-11-20T09:30:00.000Z",
    ...body,
  };
}

/** A cell a spreadsheet would read as a formula (numbers such as -12.5 are fine). */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value);
}
