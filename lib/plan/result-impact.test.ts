// An action's result impact read from a real trend comparison (scoreTeam + consecutiveTrends on fixture answers):
// the right pair of waves, the linked items only, left-out items with the reason, "pending" until the next wave
// is revealed, and a summary that names only credible changes.
import { describe, expect, it } from "vitest";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { consecutiveTrends } from "@/lib/scoring";
import { scoreTeam } from "@/lib/scoring/team";
import { FIXTURE_FIGURE_LOOKUP, FIXTURE_ITEMS, FIXTURE_QUESTIONNAIRE, respondent } from "@/lib/scoring/test-fixtures";
import { impactSummary, resultImpact, type ImpactSource } from "./result-impact";

const q: QuestionnaireDef = { ...FIXTURE_QUESTIONNAIRE, items: FIXTURE_ITEMS.filter((i) => i.key === "cross-trained" || i.key === "need-alignment") };
/** 20 + 20; marketing answers "cross-trained" yes or no; "need-alignment" 4 for everyone (unchanged). */
const wave = (mYes: boolean) =>
  scoreTeam(
    q,
    [
      ...Array.from({ length: 20 }, (_, i) => respondent(`m${i}`, "marketing", { "cross-trained": mYes, "need-alignment": 4 })),
      ...Array.from({ length: 20 }, (_, i) => respondent(`i${i}`, "it", { "cross-trained": false, "need-alignment": 4 })),
    ],
    FIXTURE_FIGURE_LOOKUP,
    { bootstrap: 40 },
  );

// waves 1 → 2: marketing moves to "yes"; wave 2 → 3: nothing moves; "need-alignment" asked differently in 2 → 3
const pairs = consecutiveTrends([wave(false), wave(true), wave(true)], [["cross-trained", "need-alignment"], ["cross-trained"]]);
const source = (revealed: number[]): ImpactSource => ({
  waves: [1, 2, 3, 4].map((n) => ({ number: n, label: `Wave ${n}`, revealed: revealed.includes(n) })),
  revealed,
  pairs: pairs.slice(0, Math.max(0, revealed.length - 1)),
  questions: new Map([["cross-trained", "Are your people cross-trained?"]]),
});

describe("resultImpact", () => {
  it("an action of wave 1 reads wave 1 → 2: marketing rising, the gap widening, IT stable; only its linked items", () => {
    const impact = resultImpact({ waveNumber: 1, itemKeys: ["cross-trained"] }, source([1, 2, 3]));
    expect(impact.state).toBe("measured");
    if (impact.state !== "measured") return;
    expect(impact.from.number).toBe(1);
    expect(impact.to.number).toBe(2);
    expect(impact.items.map((i) => i.itemKey)).toEqual(["cross-trained"]);
    expect(impact.items[0]!.question).toBe("Are your people cross-trained?");
    const r = impact.items[0]!.readings[0]!;
    expect(r.sides.marketing.label).toBe("rising");
    expect(r.sides.it.label).toBe("stable");
    expect(r.gap.direction).toBe("widening");
    expect(impactSummary(impact)).toBe("Wave 1 → Wave 2: 2 credible changes (Marketing rising, gap widening); 1 of 3 figures stable");
  });

  it("an action of wave 2 reads wave 2 → 3, where nothing moved and a reworded question is left out with its reason", () => {
    const impact = resultImpact({ waveNumber: 2, itemKeys: ["cross-trained", "need-alignment"] }, source([1, 2, 3]));
    if (impact.state !== "measured") throw new Error(impact.state);
    expect(impact.to.number).toBe(3);
    expect(impact.items.map((i) => i.itemKey)).toEqual(["cross-trained"]);
    expect(impact.leftOut).toEqual([{ itemKey: "need-alignment", question: "a question no longer asked", reason: "wording or options changed" }]);
    for (const r of impact.items[0]!.readings) for (const c of [r.sides.marketing, r.sides.it, r.gap]) expect(["rising", "falling"]).not.toContain(c.label);
    expect(impactSummary(impact)).toMatch(/^Wave 2 → Wave 3: no credible change; \d of 3 figures stable; 1 question left out$/);
  });

  it("pending until the next wave is revealed; nothing to measure without linked items", () => {
    expect(resultImpact({ waveNumber: 3, itemKeys: ["cross-trained"] }, source([1, 2, 3]))).toEqual({
      state: "pending",
      from: { number: 3, label: "Wave 3" },
      next: { number: 4, label: "Wave 4" },
    });
    const onlyOne = resultImpact({ waveNumber: 1, itemKeys: ["cross-trained"] }, source([1]));
    expect(onlyOne.state).toBe("pending");
    expect(impactSummary(onlyOne)).toBe("Measured once Wave 2 is revealed");
    expect(resultImpact({ waveNumber: 1, itemKeys: [] }, source([1, 2]))).toEqual({ state: "no-items" });
  });
});
