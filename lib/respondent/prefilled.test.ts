// The one rule for prefilled answers, and the explicit mapping from the organization's vocabulary (lib/domain.ts,
// lib/validation/organization.ts) to the context items' option ids.
import { describe, expect, it } from "vitest";
import { BUSINESS_MODELS, INDUSTRIES, REGIONS } from "@/lib/domain";
import { QUESTIONNAIRE_V1, QUESTIONNAIRES } from "@/lib/questionnaire/builtin";
import { REVENUE_BANDS, ZOrganizationCreate } from "@/lib/validation/organization";
import { askedItems, ORGANIZATION_FACTS, prefilledAnswers } from "./prefilled";

const optionsOf = (key: string) => QUESTIONNAIRE_V1.items.find((i) => i.key === key)!.options!.map((o) => o.id);
const full = { industry: "Retail", region: "north-america", revenueBand: "under-500m", businessModel: "b2b" };

describe("the organization's facts → the context items' options", () => {
  it.each([
    ["context-industry", "industry", [...INDUSTRIES, "Other"]],
    ["context-region", "region", REGIONS.map((r) => r.id)],
    ["context-revenue", "revenueBand", REVENUE_BANDS.map((r) => r.id)],
    ["context-business-model", "businessModel", BUSINESS_MODELS.map((b) => b.id)],
  ] as const)("%s: every value the organization form accepts maps to exactly one of the item's options", (key, field, values) => {
    const fact = ORGANIZATION_FACTS.find((f) => f.itemKey === key)!;
    expect(fact.field).toBe(field);
    for (const value of values) expect(ZOrganizationCreate.shape[field].safeParse(value).success).toBe(true);
    expect(Object.keys(fact.options).sort()).toEqual([...values].sort());
    expect(Object.values(fact.options).sort()).toEqual(optionsOf(key).sort()); // onto the options, one to one
  });

  it.each(QUESTIONNAIRES.map((q) => [q.version, q] as const))("questionnaire %s: every organization value prefills its item", (_version, q) => {
    for (const { itemKey, field, options } of ORGANIZATION_FACTS) {
      for (const [value, id] of Object.entries(options)) {
        const profile = { industry: null, region: null, revenueBand: null, businessModel: null, [field]: value };
        expect(prefilledAnswers(q, { side: "marketing", tier: "leader", organization: profile })[itemKey]).toEqual({ value: id, source: "organization" });
      }
    }
  });

  it("maps the industry labels to the slugs the item uses", () => {
    const industry = ORGANIZATION_FACTS.find((f) => f.itemKey === "context-industry")!.options;
    expect(industry["Consumer Goods & Services"]).toBe("consumer-goods-and-services");
    expect(industry["Electronics & High Technology"]).toBe("electronics-and-high-technology");
    expect(industry.Other).toBe("other");
  });
});

describe("prefilledAnswers", () => {
  it("answers side and tier from the invitation and four context items from the profile; growth stays asked", () => {
    const p = prefilledAnswers(QUESTIONNAIRE_V1, { side: "it", tier: "team", organization: full });
    expect(p).toEqual({
      "context-side": { value: "it", source: "invitation" },
      "context-tier": { value: "team", source: "invitation" },
      "context-industry": { value: "retail", source: "organization" },
      "context-region": { value: "north-america", source: "organization" },
      "context-revenue": { value: "under-500m", source: "organization" },
      "context-business-model": { value: "b2b", source: "organization" },
    });
    expect(askedItems(QUESTIONNAIRE_V1.items, "it", p).filter((i) => i.section === "context").map((i) => i.key)).toEqual(["context-title", "context-growth"]);
  });

  it("leaves a missing or unknown fact to the respondent, and never reads inherited keys", () => {
    const p = prefilledAnswers(QUESTIONNAIRE_V1, {
      side: "marketing",
      tier: "leader",
      organization: { industry: "Shipbuilding", region: null, revenueBand: "toString", businessModel: "b2c" },
    });
    expect(Object.keys(p)).toEqual(["context-side", "context-tier", "context-business-model"]);
    expect(Object.keys(prefilledAnswers(QUESTIONNAIRE_V1, { side: "marketing", tier: "leader", organization: null }))).toEqual(["context-side", "context-tier"]);
  });

  it("prefills only items of this questionnaire whose options include the value", () => {
    const items = QUESTIONNAIRE_V1.items.map((i) => (i.key === "context-region" ? { ...i, options: [{ id: "emea", label: "EMEA" }] } : i)).filter((i) => i.key !== "context-revenue");
    const p = prefilledAnswers({ items }, { side: "it", tier: "leader", organization: full });
    expect(p).not.toHaveProperty("context-region");
    expect(p).not.toHaveProperty("context-revenue");
    expect(p["context-industry"]).toEqual({ value: "retail", source: "organization" });
  });
});
