// The executive summary says only what passed the tests, in plain words: no finding for two sides answering alike
// or for two people per side, the real gaps, published differences and mis-predictions as sentences with their
// numbers, the imperatives to act on first from credible evidence, and never an internal key.
import { describe, expect, it } from "vitest";
import type { Side } from "@/lib/domain";
import { IMPERATIVE_IDS } from "@/lib/domain";
import { QUESTIONNAIRE_V1, QUESTIONNAIRE_V2 } from "@/lib/questionnaire/builtin";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { ACTIONS } from "@/lib/scoring/actions";
import { applyAnonymity, type AnonymityRespondent } from "@/lib/scoring/anonymity";
import { completeAnswers } from "@/lib/test/answers";
import { builtinCatalogue } from "@/lib/test/catalogue";
import { buildRevealedResults } from "./revealed";
import { buildResultsSummary, evidenceInWords, type ResultsSummary } from "./summary";

type Answers = Record<string, unknown>;

/** perSide leaders per side; `alike`: both sides' i-th leaders give the same generated answers. */
function team(q: QuestionnaireDef, perSide: number, tweak: (side: Side, i: number, answers: Answers) => void = () => {}, alike = false): AnonymityRespondent[] {
  return (["marketing", "it"] as const).flatMap((side) =>
    Array.from({ length: perSide }, (_, i) => {
      const answers = completeAnswers(q, side, i * 7 + (side === "it" && !alike ? 3 : 0));
      tweak(side, i, answers);
      return { id: `${side}-${i}`, side, tier: "leader" as const, consentShowName: false, name: `${side} ${i}`, answers } as AnonymityRespondent;
    }),
  );
}

const resultsOf = (q: QuestionnaireDef, respondents: AnonymityRespondent[]) => buildRevealedResults(builtinCatalogue(q), applyAnonymity(respondents));

/** Every sentence a reader sees (not the keys kept for linking). */
function shownText(s: ResultsSummary): string[] {
  return [
    s.overview,
    s.alignment.meaning,
    s.alignment.reading,
    ...s.findings.flatMap((f) => [f.label, f.sentence, ...f.wording.map((w) => w.text)]),
    s.noFindings ?? "",
    ...s.actFirst.flatMap((a) => [a.name, a.title, a.sentence, a.firstAction?.title ?? "", a.firstAction?.text ?? ""]),
    s.noActFirst ?? "",
    ...s.cannotConclude,
  ];
}

function expectNoInternalKeys(s: ResultsSummary, q: QuestionnaireDef) {
  const keys = [...q.items.map((i) => i.key), ...ACTIONS.map((a) => a.id), ...IMPERATIVE_IDS.filter((id) => id.includes("-"))];
  const text = shownText(s).join("\n");
  for (const key of keys) expect(text, key).not.toContain(key);
  expect(text).not.toMatch(/priority \d|\bsignals?\b.*\d+\.\d{2}/);
}

// a team where marketing and IT disagree outright on four questions, and IT misjudges marketing on one
const opposed = (side: Side, _i: number, a: Answers) => {
  a["cxo-cmo-owns-experience"] = side === "marketing" ? 5 : 1;
  a["bl-privacy-agreed"] = side === "marketing" ? 5 : 1;
  a["sp-strategic-partner"] = side === "it";
  a["sp-need-alignment"] = { self: side === "marketing", predicted: side === "it" ? 5 : 50 };
};

describe("buildResultsSummary", () => {
  it("two sides answering alike: no finding, nothing to act on, and what cannot be concluded", () => {
    const q = QUESTIONNAIRE_V1;
    const s = buildResultsSummary(resultsOf(q, team(q, 8, (_side, i, a) => {
      for (const item of q.items) if (item.kind === "agreement" && !item.mirror && item.section !== "context") a[item.key] = 1 + (i % 5);
    }, true)));
    expect(s.findings).toEqual([]);
    expect(s.noFindings).toContain("No gap, difference from a published figure or prediction passed its test");
    expect(s.actFirst).toEqual([]);
    expect(s.noActFirst).toMatch(/^Nothing is strong enough to recommend an action: none of the \d+ comparisons/);
    expect(s.findings.filter((f) => f.kind === "gap")).toEqual([]);
    expect(s.counts).toEqual({ marketing: 8, it: 8 });
    expect(s.comparisons).toBeGreaterThan(0);
    expect(s.alignment.index).not.toBeNull();
    expect(s.alignment.meaning).toMatch(/^0-100\. 100 means the two sides answer no more differently than two random halves/);
    expect(s.alignment.meaning).toContain("It is not a grade");
    expect(s.cannotConclude.join(" ")).toMatch(/a gap between the sides has to be about \d+ points or more to be told apart from chance/);
    expect(s.cannotConclude.join(" ")).toMatch(/On \d+ of \d+ questions the two sides cannot be told apart\. That does not mean they agree/);
    expectNoInternalKeys(s, q);
  });

  it("two and two: nothing is a finding, and the summary says why and what would give evidence", () => {
    const q = QUESTIONNAIRE_V2;
    // every yes-no question answered opposite ways: a 100-point raw gap, still no finding
    const s = buildResultsSummary(resultsOf(q, team(q, 2, (side, _i, a) => {
      for (const item of q.items) if (item.kind === "yes-no" && !item.mirror && item.section !== "context") a[item.key] = side === "marketing";
    })));
    expect(s.findings).toEqual([]);
    expect(s.noFindings).toContain("a side with fewer than 3 respondents gives no verdict");
    expect(s.actFirst).toEqual([]);
    expect(s.noActFirst).toContain("nothing could be tested");
    expect(s.cannotConclude[0]).toBe(
      "Only 2 marketing respondents: fewer than 3, so no gap, comparison or prediction involving marketing can be tested, and marketing's numbers are anecdotal. Invite at least 1 more from marketing to the next wave.",
    );
    expect(s.cannotConclude[1]).toContain("Only 2 IT respondents");
    expect(s.cannotConclude.join(" ")).not.toContain("to be told apart from chance");
    expect(s.overview).toBe("No credible finding from the answers of 2 marketing and 2 IT respondents.");
    expectNoInternalKeys(s, q);
  });

  it("the real gaps, a published difference and a mis-prediction as sentences with their numbers and each side's wording", () => {
    const q = QUESTIONNAIRE_V2;
    const results = resultsOf(q, team(q, 8, opposed));
    const s = buildResultsSummary(results);
    expect(s.findings.length).toBeGreaterThanOrEqual(3);
    expect(s.findings.length).toBeLessThanOrEqual(5);
    expect(new Set(s.findings.map((f) => f.kind))).toEqual(new Set(["gap", "benchmark", "misprediction"]));
    expect(s.overview).toMatch(/^\d credible findings from \d+ comparisons of the answers of 8 marketing and 8 IT respondents/);

    const cmo = s.findings.find((f) => f.itemKey === "cxo-cmo-owns-experience")!;
    expect(cmo.label).toBe("Wide gap");
    expect(cmo.sentence).toMatch(
      /^Marketing agrees 100 points more often than IT that “Our CMO takes responsibility for the customer experience across all channels”: 100% against 0% \(95% interval of the gap: \d+ to 100 points\)\.$/,
    );
    expect(cmo.estimate).toBe(100);
    expect(cmo.q).not.toBeNull();
    expect(cmo.q!).toBeLessThanOrEqual(0.05);
    expect(cmo.wording).toEqual([{ side: "both", text: "Our CMO takes responsibility for the customer experience across all channels." }]);

    // IT ahead: the sentence reads in IT's direction, the estimate stays marketing − IT
    const partner = s.findings.find((f) => f.itemKey === "sp-strategic-partner")!;
    expect(partner.sentence).toMatch(/^IT answers yes 100 points more often than marketing to “Is IT a strategic partner to marketing in meeting corporate goals\?”: 100% against 0% \(95% interval of the gap: \d+ to 100 points\)\.$/);
    expect(partner.estimate).toBe(-100);

    // against the published CIO figure, in IT's own wording, with the survey and its n
    const published = s.findings.find((f) => f.kind === "benchmark")!;
    expect(published.itemKey).toBe("sp-need-alignment");
    expect(published.wording.map((w) => w.side)).toEqual(["marketing", "it"]);
    expect(published.sentence).toMatch(
      /^IT answers yes less often than the CIOs surveyed by Accenture Interactive \(2012\) to “Does IT need to be aligned with marketing\?”: 0% of 8 leaders against 77% \(n = 252\), 77 points below \(95% interval of the difference: −\d+ to −\d+ points\)\.$/,
    );

    const mis = s.findings.find((f) => f.kind === "misprediction")!;
    expect(mis.label).toBe("Prediction off");
    expect(mis.sentence).toMatch(/^(IT|Marketing) expected \d+% of (marketing|IT) to answer yes to “[^”]+”; \d+% did \(95% interval \d+% to \d+%\): an (over|under)estimate of \d+ points\.$/);
    expectNoInternalKeys(s, q);
  });

  it("the imperatives to act on first rest on the recommendations' credible signals when no score is low", () => {
    const q = QUESTIONNAIRE_V2;
    const results = resultsOf(q, team(q, 8, opposed));
    const s = buildResultsSummary(results);
    expect(results.team.imperatives.some((i) => i.low.marketing.label === "low" || i.low.it.label === "low")).toBe(false);
    expect(s.actFirst.length).toBeGreaterThan(0);
    expect(s.actFirst.length).toBeLessThanOrEqual(3);
    expect(s.actFirst.map((a) => a.imperative)).toEqual([...new Set(results.recommendations.map((r) => r.action.imperative))].slice(0, 3));
    for (const a of s.actFirst) {
      expect(a.basis).toBe("recommendations");
      expect(a.sentence).toMatch(/^No score is credibly low, but its questions show .+, credible after allowing for all \d+ comparisons\.$/);
      expect(a.firstAction?.title).toBe(results.recommendations.find((r) => r.action.imperative === a.imperative)!.action.title);
    }
    expect(s.noActFirst).toBeNull();
  });

  it("a credibly low score puts its imperative first, with the score and its interval", () => {
    const q = QUESTIONNAIRE_V2;
    const skill = q.items.filter((i) => i.imperatives.includes("skill-mix") && i.section !== "context");
    const s = buildResultsSummary(resultsOf(q, team(q, 8, (side, _i, a) => {
      if (side !== "it") return;
      for (const item of skill) {
        if (item.kind === "agreement") a[item.key] = 1;
        if (item.kind === "yes-no") a[item.key] = item.mirror ? { self: false, predicted: 50 } : false;
      }
    })));
    const first = s.actFirst[0]!;
    expect(first.imperative).toBe("skill-mix");
    expect(first.basis).toBe("low score");
    expect(first.name).toBe("Skill mix");
    expect(first.sentence).toMatch(/^IT scores it \d+ of 100 \(95% interval \d+ to \d+\): credibly below 50, after allowing for all \d+ comparisons\.$/);
  });

  it("is deterministic", () => {
    const q = QUESTIONNAIRE_V2;
    const respondents = team(q, 5, opposed);
    expect(buildResultsSummary(resultsOf(q, respondents))).toEqual(buildResultsSummary(resultsOf(q, respondents)));
  });
});

describe("evidenceInWords", () => {
  const t = (kind: "wide-gap" | "benchmark" | "mis-prediction" | "low-imperative", itemKey: string | null) =>
    ({ kind, imperative: "trust", weight: 1, side: null, itemKey, figureId: null, test: { estimate: 50, interval: null, p: 0.01, q: 0.02, method: "newcombe" }, strength: 0.5, summary: "" }) as const;
  it("counts each signal once, in words", () => {
    expect(evidenceInWords([])).toBe("no credible signal");
    expect(evidenceInWords([t("wide-gap", "a")])).toBe("a wide gap between the sides");
    expect(evidenceInWords([t("wide-gap", "a"), t("wide-gap", "a"), t("wide-gap", "b"), t("mis-prediction", "a")])).toBe(
      "2 wide gaps between the sides and a prediction of the other side that was off",
    );
    expect(evidenceInWords([t("benchmark", "a"), t("low-imperative", null), t("wide-gap", "b")])).toBe(
      "a score credibly below 50, a wide gap between the sides and an unfavourable difference from a published figure",
    );
  });
});
