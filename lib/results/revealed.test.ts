// The heatmap must not let a side total minus the leaders reveal a team group that is small on one item.
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { applyAnonymity, type AnonymityRespondent } from "@/lib/scoring/anonymity";
import { buildRevealedResults } from "./revealed";
import { builtinCatalogue } from "@/lib/test/catalogue";

// v1 plus one optional agreement item, the case where a large team group can be small on a single item
const OPTIONAL = { ...QUESTIONNAIRE_V1.items.find((i) => i.key === "bl-agenda")!, key: "bl-optional", required: false };
const Q: QuestionnaireDef = { ...QUESTIONNAIRE_V1, items: [...QUESTIONNAIRE_V1.items, OPTIONAL] };

// leaders agreed to be named: a side's only leader who did not would be left out altogether (lib/scoring/anonymity.ts)
function person(id: string, side: "marketing" | "it", tier: "leader" | "team", answers: Record<string, number>): AnonymityRespondent {
  return { id, side, tier, consentShowName: tier === "leader", name: id, answers };
}

describe("heatmap", () => {
  it("hides the side total when a tier cell is hidden for that item", () => {
    const respondents = [
      person("m-l", "marketing", "leader", { "bl-optional": 5, "bl-agenda": 5 }),
      // six team members, only two answer the optional item
      ...Array.from({ length: 6 }, (_, i) => person(`m-t${i}`, "marketing", "team", i < 2 ? { "bl-optional": 1, "bl-agenda": 2 } : { "bl-agenda": 2 })),
      person("i-l", "it", "leader", { "bl-optional": 3, "bl-agenda": 3 }),
    ];
    const view = buildRevealedResults(builtinCatalogue(Q), applyAnonymity(respondents));
    const optional = view.heatmap.find((r) => r.itemKey === "bl-optional")!;
    const cell = (tier: string) => optional.cells.find((c) => c.side === "marketing" && c.tier === tier)!;
    expect(cell("team")).toMatchObject({ state: "suppressed", value: null });
    expect(cell("all")).toMatchObject({ state: "suppressed", value: null, n: 0 });
    expect(cell("leader").state).toBe("shown");
    // an item everyone answered keeps its total
    const agenda = view.heatmap.find((r) => r.itemKey === "bl-agenda")!;
    expect(agenda.cells.find((c) => c.side === "marketing" && c.tier === "all")).toMatchObject({ state: "shown", n: 7 });
  });
});
