// The workshop's screens: credible gaps only, widest first, each with both sides' answers in their own wording, the
// published figures with the model's verdicts, the predictions, and the recorded outcome; no item key on show.
import { describe, expect, it } from "vitest";
import type { Side } from "@/lib/domain";
import { QUESTIONNAIRE_V2 } from "@/lib/questionnaire/builtin";
import type { AnswerValue } from "@/lib/questionnaire/types";
import { applyAnonymity, type AnonymityRespondent } from "@/lib/scoring/anonymity";
import { completeAnswers } from "@/lib/test/answers";
import { builtinCatalogue } from "@/lib/test/catalogue";
import { credibleGaps } from "./findings";
import { buildRevealedResults } from "./revealed";
import { buildWorkshop, samePosition, workshopHref, workshopSequence, type WorkshopScreen } from "./workshop";
import { voteOptionsOf, type WorkshopOutcomeRecord } from "./workshop-outcome";

const compared = QUESTIONNAIRE_V2.items.filter((i) => i.section !== "context");
const yesNo = compared.filter((i) => i.kind === "yes-no" && !i.mirror).map((i) => i.key);
const MIRROR = "sp-need-alignment"; // yes-no, mirror, each side's own wording, three published figures

/** `perSide` leaders per side; `answer` overrides the generated answers (undefined: keep). */
function team(perSide: number, answer: (side: Side, i: number, key: string) => AnswerValue | undefined): AnonymityRespondent[] {
  let seed = 0;
  return (["marketing", "it"] as const).flatMap((side) =>
    Array.from({ length: perSide }, (_, i) => {
      const answers = completeAnswers(QUESTIONNAIRE_V2, side, (seed += 7)) as Record<string, AnswerValue>;
      for (const item of compared) {
        const v = answer(side, i, item.key);
        if (v !== undefined) answers[item.key] = v;
      }
      return { id: `${side}-${i}`, side, tier: "leader" as const, consentShowName: true, name: `${side} ${i}`, answers };
    }),
  );
}

const revealed = (respondents: AnonymityRespondent[]) => buildRevealedResults(builtinCatalogue(QUESTIONNAIRE_V2), applyAnonymity(respondents));

/** Every text a screen shows (its item key is for the form only). */
const shown = (screen: WorkshopScreen) => JSON.stringify({ ...screen, itemKey: undefined, outcome: screen.outcome ? { ...screen.outcome, itemKey: undefined } : null });

describe("buildWorkshop with credible gaps", () => {
  const opposed = new Set([...yesNo.slice(0, 6), MIRROR]);
  const results = revealed(
    team(8, (side, i, key) => {
      if (key === MIRROR) return { self: side === "marketing", predicted: side === "marketing" ? 90 : 10 };
      if (!opposed.has(key)) return undefined;
      // one item with two IT leaders agreeing: a narrower gap than the others
      if (key === yesNo[5] && side === "it") return i < 2;
      return side === "marketing";
    }),
  );
  const outcome: WorkshopOutcomeRecord = { itemKey: MIRROR, outcome: "agreed", position: "Both need it", notes: null, votes: { yes: 8 }, updatedAt: "2027-01-01T00:00:00.000Z", updatedBy: "F" };
  const view = buildWorkshop(results, [outcome, { ...outcome, itemKey: "bl-data-quality-priority-does-not-exist" }, { ...outcome, itemKey: compared.find((i) => i.kind === "agreement")!.key }]);

  it("presents the credible gaps in credibleGaps' order, one per screen, numbered from 1", () => {
    expect(view.mode).toBe("credible");
    const order = credibleGaps(results).map((g) => g.itemKey);
    expect(view.screens.map((s) => s.itemKey)).toEqual(order);
    expect(new Set(order)).toEqual(opposed);
    expect(view.screens.map((s) => s.number)).toEqual(order.map((_, i) => i + 1));
    const sizes = view.screens.map((s) => Math.abs(s.gap.estimate));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(view.screens.at(-1)!.itemKey).toBe(yesNo[5]);
    for (const s of view.screens) {
      expect(s.gap.established).toBe(true);
      expect(["wide", "small"]).toContain(s.gap.label);
      expect(s.gap.q).toBeLessThanOrEqual(0.05);
      expect(s.gap.interval).not.toBeNull();
    }
  });

  it("shows both sides' answers in their own wording, with the distribution of each side", () => {
    const screen = view.screens.find((s) => s.itemKey === MIRROR)!;
    const item = QUESTIONNAIRE_V2.items.find((i) => i.key === MIRROR)!;
    expect(screen.wording).toEqual({ marketing: (item.prompt as Record<Side, string>).marketing, it: (item.prompt as Record<Side, string>).it });
    expect(screen.wording.marketing).not.toBe(screen.wording.it);
    expect(screen.distribution).toEqual({
      unit: "share",
      rows: [
        { label: "Yes", values: { marketing: 100, it: 0 } },
        { label: "No", values: { marketing: 0, it: 100 } },
      ],
    });
    expect(screen.gap).toMatchObject({ reading: "share answering yes", values: { marketing: 100, it: 0 }, n: { marketing: 8, it: 8 }, estimate: 100, label: "wide" });
    expect(screen.imperatives.length).toBeGreaterThan(0);
  });

  it("gives the published figures with the model's own verdicts, and the predictions each side made of the other", () => {
    const screen = view.screens.find((s) => s.itemKey === MIRROR)!;
    const expected = results.team.benchmarks.filter((c) => c.itemKey === MIRROR);
    expect(screen.benchmarks).toHaveLength(expected.length);
    for (const b of screen.benchmarks) {
      const c = expected.find((x) => x.side === b.side && x.statement === b.statement)!;
      expect(b.verdict).toBe(c.verdict);
      if (b.verdict === "above" || b.verdict === "below") expect(b.q).toBeLessThanOrEqual(0.05);
      expect(b.source).toMatchObject({ publisher: expect.any(String), year: expect.any(Number) });
    }
    expect(screen.predictions.map((p) => p.by)).toEqual(["marketing", "it"]);
    const itOfMarketing = screen.predictions.find((p) => p.by === "it")!;
    expect(itOfMarketing).toMatchObject({ predicted: 10, actual: 100, n: 8, nActual: 8, reading: "share answering yes" });
    expect(itOfMarketing.label).toBe(results.team.mirror.items.find((m) => m.itemKey === MIRROR)!.predictions.it.label);
  });

  it("carries the recorded outcome and the question's vote options; outcomes off the screens are kept for the summary", () => {
    const screen = view.screens.find((s) => s.itemKey === MIRROR)!;
    expect(screen.outcome).toEqual(outcome);
    expect(screen.voteOptions).toEqual([
      { id: "yes", label: "Yes" },
      { id: "no", label: "No" },
    ]);
    expect(view.screens.filter((s) => s.outcome).map((s) => s.itemKey)).toEqual([MIRROR]);
    // an unknown question's outcome is dropped; a known question not on a screen is listed with its wording
    expect(view.otherOutcomes).toHaveLength(1);
    expect(view.otherOutcomes[0]!.wording.marketing).toEqual(expect.any(String));
  });

  it("shows no internal item key", () => {
    const keys = QUESTIONNAIRE_V2.items.map((i) => i.key);
    for (const screen of view.screens) for (const key of keys) expect(shown(screen)).not.toContain(`"${key}"`);
  });
});

describe("buildWorkshop without credible gaps", () => {
  it("2 + 2 answering opposite ways: the largest differences, each marked not established, never wide", () => {
    const results = revealed(team(2, (side, _i, key) => (yesNo.includes(key) ? side === "marketing" : undefined)));
    expect(credibleGaps(results)).toEqual([]);
    const view = buildWorkshop(results, []);
    expect(view.mode).toBe("not-established");
    expect(view.screens.length).toBeGreaterThan(0);
    expect(view.screens.length).toBeLessThanOrEqual(3);
    for (const s of view.screens) {
      expect(s.gap.established).toBe(false);
      expect(s.gap.label).toBe("too few answers to tell");
      expect(Math.abs(s.gap.estimate)).toBeGreaterThanOrEqual(20);
      for (const b of s.benchmarks) expect(["above", "below"]).not.toContain(b.verdict);
    }
    expect(view.evidenceNotes.join(" ")).toMatch(/fewer than 3/);
  });

  it("everyone giving the same answers: nothing to discuss", () => {
    const respondents = (["marketing", "it"] as const).flatMap((side) =>
      Array.from({ length: 4 }, (_, i) => ({ id: `${side}-${i}`, side, tier: "leader" as const, consentShowName: true, name: `${side} ${i}`, answers: completeAnswers(QUESTIONNAIRE_V2, side, 1) as Record<string, AnswerValue> })),
    );
    const view = buildWorkshop(revealed(respondents), []);
    expect(view.mode).toBe("nothing");
    expect(view.screens).toEqual([]);
  });
});

describe("voteOptionsOf", () => {
  it("yes and no, the five agreement points, an item's own options, none for a percentage", () => {
    expect(voteOptionsOf({ kind: "yes-no", options: [] }).map((o) => o.id)).toEqual(["yes", "no"]);
    expect(voteOptionsOf({ kind: "agreement", options: [] }).map((o) => o.label)).toEqual(["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]);
    expect(voteOptionsOf({ kind: "single-choice", options: [{ id: "a", label: { marketing: "IT", it: "Marketing" } }] })).toEqual([{ id: "a", label: "IT (IT: Marketing)" }]);
    expect(voteOptionsOf({ kind: "percentage", options: [] })).toEqual([]);
    expect(voteOptionsOf({ kind: "free-text", options: [] })).toEqual([]);
  });
});

describe("workshop addresses", () => {
  it("one address per screen: start, each gap, the summary; present mode kept", () => {
    expect(workshopSequence(2)).toEqual([{ kind: "start" }, { kind: "gap", number: 1 }, { kind: "gap", number: 2 }, { kind: "summary" }]);
    expect(workshopHref("a1", { wave: 2, position: { kind: "start" } })).toBe("/app/assessments/a1/workshop?wave=2");
    expect(workshopHref("a1", { wave: 2, position: { kind: "gap", number: 3 }, present: true })).toBe("/app/assessments/a1/workshop?wave=2&gap=3&present=1");
    expect(workshopHref("a1", { wave: 1, position: { kind: "summary" } })).toBe("/app/assessments/a1/workshop?wave=1&gap=summary");
    expect(samePosition({ kind: "gap", number: 1 }, { kind: "gap", number: 1 })).toBe(true);
    expect(samePosition({ kind: "gap", number: 1 }, { kind: "gap", number: 2 })).toBe(false);
    expect(samePosition({ kind: "summary" }, { kind: "start" })).toBe(false);
  });
});
