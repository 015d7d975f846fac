// Findings come only from labels that passed the tests: none for two sides answering alike, the real gaps first
// when they do not.
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import { applyAnonymity, type AnonymityRespondent } from "@/lib/scoring/anonymity";
import { builtinCatalogue } from "@/lib/test/catalogue";
import { credibleGaps, topFindings } from "./findings";
import { buildRevealedResults } from "./revealed";

const agreementKeys = QUESTIONNAIRE_V1.items.filter((i) => i.kind === "agreement" && !i.mirror && i.section !== "context").map((i) => i.key);

function team(answer: (side: "marketing" | "it", i: number, key: string) => number, perSide = 8): AnonymityRespondent[] {
  return (["marketing", "it"] as const).flatMap((side) =>
    Array.from({ length: perSide }, (_, i) => ({
      id: `${side}-${i}`,
      side,
      tier: "leader" as const,
      consentShowName: false,
      name: `${side} ${i}`,
      answers: Object.fromEntries(agreementKeys.map((k) => [k, answer(side, i, k)])),
    })),
  );
}

const view = (respondents: AnonymityRespondent[]) => buildRevealedResults(builtinCatalogue(QUESTIONNAIRE_V1), applyAnonymity(respondents));

describe("findings", () => {
  it("none when the two sides answer alike", () => {
    const results = view(team((_, i) => 1 + (i % 5)));
    expect(credibleGaps(results)).toEqual([]);
    expect(topFindings(results).filter((f) => f.kind === "gap")).toEqual([]);
  });

  it("the opposed items first, widest first, each with its interval and adjusted p", () => {
    const opposed = new Set(agreementKeys.slice(0, 3));
    const results = view(team((side, i, key) => (opposed.has(key) ? (side === "marketing" ? 5 : 1) : 1 + (i % 5))));
    const gaps = credibleGaps(results);
    expect(gaps.map((g) => g.itemKey).sort()).toEqual([...opposed].sort());
    for (const g of gaps) {
      expect(g.gap.label).toBe("wide");
      expect(Math.abs(g.estimate)).toBeGreaterThanOrEqual(20);
      expect(g.q).not.toBeNull();
      expect(g.q!).toBeLessThanOrEqual(0.05);
      expect(g.item.prompt.marketing.length).toBeGreaterThan(0);
    }
    const top = topFindings(results, 5);
    expect(top.length).toBeLessThanOrEqual(5);
    expect(new Set(top.map((f) => f.itemKey)).size).toBe(top.length);
  });
});
