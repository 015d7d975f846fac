// The item form's values and an item definition convert both ways without loss (every built-in item), the rule
// line format parses what it prints, and the schema refuses a structurally broken item with field errors.
import { describe, expect, it } from "vitest";
import { BENCHMARK_FIGURES as FIGURES } from "@/lib/benchmarks/figures";
import { QUESTIONNAIRE_V1, QUESTIONNAIRE_V2 } from "@/lib/questionnaire/builtin";
import type { AnswerPredicate } from "@/lib/questionnaire/types";
import { itemDefFromForm, itemFormFromDef, parseRule, ruleText, ZQuestionnaireItem } from "./questionnaire-item";

const unitOf = (id: string) => FIGURES.find((f) => f.id === id)?.unit;

describe("questionnaire item form", () => {
  it("round-trips every item of v1 and v2 through the form", () => {
    for (const q of [QUESTIONNAIRE_V1, QUESTIONNAIRE_V2]) {
      for (const item of q.items) {
        const form = ZQuestionnaireItem.parse(itemFormFromDef(q.version, item));
        expect(ZQuestionnaireItem.parse(form)).toEqual(form); // idempotent: the client sends parsed values
        const back = itemDefFromForm(form, unitOf);
        expect(back).toEqual({ ok: true, item });
      }
    }
  });

  it("drops what the kind cannot use and repeated imperatives, whatever the form sent", () => {
    const yesNo = QUESTIONNAIRE_V2.items.find((i) => i.kind === "yes-no" && !i.mirror)!;
    const form = ZQuestionnaireItem.parse(itemFormFromDef("v2", yesNo));
    const crafted = {
      ...form,
      options: [
        { id: "aa", labelMarketing: "A", labelIt: "" },
        { id: "bb", labelMarketing: "B", labelIt: "" },
      ],
      max: 2,
      imperatives: [...form.imperatives, ...form.imperatives],
    };
    const back = itemDefFromForm(ZQuestionnaireItem.parse(crafted), unitOf);
    expect(back).toEqual({ ok: true, item: yesNo });
    expect(ZQuestionnaireItem.safeParse({ ...form, imperatives: Array(6).fill(yesNo.imperatives[0] ?? "trust") }).success).toBe(false);
  });

  it("prints and parses every kind of rule", () => {
    const rules: AnswerPredicate[] = [
      { type: "scale-at-least", min: 4 },
      { type: "equals", value: true },
      { type: "equals", value: false },
      { type: "equals", value: "much-more" },
      { type: "includes", option: "social-media" },
      { type: "ranked-within", option: "ceo", top: 3 },
      { type: "at-least", min: 50 },
      { type: "more-than", min: 30 },
      { type: "more-than", min: 30, option: "brand" },
    ];
    for (const r of rules) expect(parseRule(ruleText(r))).toEqual(r);
    expect(parseRule("scale-at-least 7")).toHaveProperty("error");
    expect(parseRule("equals Much More")).toHaveProperty("error");
    expect(parseRule("whatever")).toHaveProperty("error");
  });

  it("refuses a broken item with errors on its fields", () => {
    const base = itemFormFromDef("v3", QUESTIONNAIRE_V2.items.find((i) => i.options && i.benchmarks.length)!);
    const result = ZQuestionnaireItem.safeParse({
      ...base,
      key: "Not Kebab",
      promptMarketing: "",
      options: [base.options[0], { ...base.options[1], id: base.options[0]!.id }],
      links: [{ ...base.links[0], rule: "equals" }],
      mirror: true,
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["key", "promptMarketing", "options.1.id", "links.0.rule", "predictMarketing", "predictIt", "mirrorRule"]));
  });

  it("refuses links the library cannot take: unknown figure, rank without option or for both sides, percent without rule", () => {
    const base = ZQuestionnaireItem.parse(itemFormFromDef("v3", QUESTIONNAIRE_V2.items.find((i) => i.rankBenchmarks?.length)!));
    const rank = base.links.find((l) => l.rule === "")!;
    const result = itemDefFromForm(
      {
        ...base,
        links: [
          { figureId: "no-such-figure", population: "it", rule: "equals yes", option: "", contextOnly: "" },
          { ...rank, option: "" },
          { ...rank, population: "both" },
          { ...base.links[0]!, rule: "" },
        ],
      },
      unitOf,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.links).toMatch(/link 1 \(no-such-figure\): not a figure of the library/);
    expect(result.fieldErrors.links).toMatch(/link 2 .*enter its id/);
    expect(result.fieldErrors.links).toMatch(/link 3 .*choose marketing or IT/);
    expect(result.fieldErrors.links).toMatch(/link 4 .*enter which answers agree/);
  });
});
