// Which questionnaire items a respondent is NOT asked, because the answer is already known, and with what value.
// One rule for every place that needs it: the section pages (items left out), progress and missing-items checks,
// the review page ("from your organization's profile"), consent and submit (the values are stored as answers, so
// scoring and team results read them like any other answer), and autosave (refuses to change them).
//
// Two sources:
// - the invitation: the respondent's side and tier (context-side, context-tier);
// - the organization's profile, entered by the facilitator (lib/validation/organization.ts): industry, region,
//   revenue band and business model. The organization stores these in its own vocabulary, so each is mapped
//   explicitly to the item's option id below, and an item is prefilled only when the mapped id is one of the
//   item's options in this questionnaire version. The organization has no growth field, so context-growth is
//   always asked.
import type { BUSINESS_MODELS, INDUSTRIES, REGIONS, Side, Tier } from "@/lib/domain";
import type { QuestionnaireItemDef } from "@/lib/questionnaire/types";
import type { REVENUE_BANDS } from "@/lib/validation/organization";

/** The organization's facts as the Organization row stores them (any may be missing). */
export interface OrganizationProfile {
  industry: string | null;
  region: string | null;
  revenueBand: string | null;
  businessModel: string | null;
}

export interface PrefillFacts {
  side: Side;
  tier: Tier;
  organization: OrganizationProfile | null;
}

export type PrefillSource = "invitation" | "organization";

export interface PrefilledAnswer {
  value: string;
  source: PrefillSource;
}

/** Item key → the answer given for the respondent. Plain data (serializable). */
export type Prefilled = Record<string, PrefilledAnswer>;

/** Organization.industry (the label, or "Other") → the option id of context-industry. */
export const INDUSTRY_OPTION: Record<(typeof INDUSTRIES)[number] | "Other", string> = {
  Banking: "banking",
  Insurance: "insurance",
  "Life Sciences": "life-sciences",
  "Consumer Goods & Services": "consumer-goods-and-services",
  Retail: "retail",
  Telecommunications: "telecommunications",
  Automotive: "automotive",
  "Electronics & High Technology": "electronics-and-high-technology",
  "Media & Entertainment": "media-and-entertainment",
  "Travel & Tourism": "travel-and-tourism",
  Other: "other",
};

/** Organization.region → the option id of context-region (the same ids). */
export const REGION_OPTION: Record<(typeof REGIONS)[number]["id"], string> = {
  eala: "eala",
  "north-america": "north-america",
  apac: "apac",
};

/** Organization.revenueBand → the option id of context-revenue (the same ids). */
export const REVENUE_OPTION: Record<(typeof REVENUE_BANDS)[number]["id"], string> = {
  "under-500m": "under-500m",
  "500m-1bn": "500m-1bn",
  "1-5bn": "1-5bn",
  "over-5bn": "over-5bn",
};

/** Organization.businessModel → the option id of context-business-model (the same ids). */
export const BUSINESS_MODEL_OPTION: Record<(typeof BUSINESS_MODELS)[number]["id"], string> = {
  b2b: "b2b",
  b2c: "b2c",
  b2b2c: "b2b2c",
};

/** Each organization fact, the item it answers and its mapping. */
export const ORGANIZATION_FACTS: { itemKey: string; field: keyof OrganizationProfile; options: Record<string, string> }[] = [
  { itemKey: "context-industry", field: "industry", options: INDUSTRY_OPTION },
  { itemKey: "context-region", field: "region", options: REGION_OPTION },
  { itemKey: "context-revenue", field: "revenueBand", options: REVENUE_OPTION },
  { itemKey: "context-business-model", field: "businessModel", options: BUSINESS_MODEL_OPTION },
];

const own = (map: Record<string, string>, key: string) => (Object.hasOwn(map, key) ? map[key] : undefined);

const appliesTo = (item: Pick<QuestionnaireItemDef, "sides">, side: Side) => !item.sides || item.sides.includes(side);

/**
 * The items answered for this respondent, with their values: the one rule. An item is prefilled when it exists in
 * this questionnaire (for this side) and the known value is one of its options.
 */
export function prefilledAnswers(q: { items: QuestionnaireItemDef[] }, facts: PrefillFacts): Prefilled {
  const known: [string, string | undefined, PrefillSource][] = [
    ["context-side", facts.side, "invitation"],
    ["context-tier", facts.tier, "invitation"],
    ...ORGANIZATION_FACTS.map(({ itemKey, field, options }): [string, string | undefined, PrefillSource] => {
      const stored = facts.organization?.[field];
      return [itemKey, stored ? own(options, stored) : undefined, "organization"];
    }),
  ];
  const result: Prefilled = {};
  for (const [key, value, source] of known) {
    if (value === undefined) continue;
    const item = q.items.find((i) => i.key === key);
    if (!item || !appliesTo(item, facts.side) || !item.options?.some((o) => o.id === value)) continue;
    result[key] = { value, source };
  }
  return result;
}

/** The stored-answer form of the prefilled items (what consent and submit write). */
export function prefilledValues(prefilled: Prefilled): Record<string, string> {
  return Object.fromEntries(Object.entries(prefilled).map(([key, p]) => [key, p.value]));
}

/** The items this respondent is asked (their side's, minus the prefilled ones), in questionnaire order. */
export function askedItems<I extends Pick<QuestionnaireItemDef, "key" | "sides">>(items: I[], side: Side, prefilled: Prefilled): I[] {
  return items.filter((i) => appliesTo(i, side) && !Object.hasOwn(prefilled, i.key));
}
