// Vocabulary shared by the whole app. Values are stored as plain strings (portable across SQLite and
// PostgreSQL) and checked against these lists by zod at every entry point.

export const SIDES = ["marketing", "it"] as const;
export type Side = (typeof SIDES)[number];

export const TIERS = ["leader", "team"] as const;
export type Tier = (typeof TIERS)[number];

/** Published populations: `marketing` = CMOs / marketing executives, `it` = CIOs / IT executives. */
export const POPULATIONS = ["marketing", "it", "both"] as const;
export type Population = (typeof POPULATIONS)[number];

export const ROLES = ["facilitator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const SIDE_LABEL: Record<Side, string> = { marketing: "Marketing", it: "IT" };
/** How the benchmark library names a published population. */
export const POPULATION_LABEL: Record<string, string> = { marketing: "CMOs / marketing", it: "CIOs / IT", both: "both" };
export const TIER_LABEL: Record<Tier, string> = { leader: "Leader", team: "Team member" };

/**
 * Accenture's five imperatives (seed 003, "Five imperatives to improve marketing and IT performance").
 * `title` is the report's own sentence; `short` is our label for tight spaces.
 */
export const IMPERATIVES = [
  {
    id: "cxo",
    short: "CMO as chief experience officer",
    title: "Identify the CMO as the chief experience officer (CXO).",
  },
  {
    id: "strategic-partner",
    short: "IT as a strategic partner",
    title: "Accept IT as a strategic partner with marketing, not just as a platform provider.",
  },
  {
    id: "business-levers",
    short: "Agreed business levers",
    title:
      "Agree on key business levers for marketing and IT alignment, such as access to customer data vs. privacy and security.",
  },
  {
    id: "skill-mix",
    short: "Skill mix",
    title: "Change the skill mix to ensure that both organizations are more marketing- and tech-savvy.",
  },
  {
    id: "trust",
    short: "Trust",
    title: "Develop trust by doing just that—trusting.",
  },
] as const;
export type ImperativeId = (typeof IMPERATIVES)[number]["id"];
export const IMPERATIVE_IDS = IMPERATIVES.map((i) => i.id) as unknown as readonly [ImperativeId, ...ImperativeId[]];

/** The ten industries of the 2014 Accenture Interactive CMO-CIO Alignment survey (seed 000). */
export const INDUSTRIES = [
  "Banking",
  "Insurance",
  "Life Sciences",
  "Consumer Goods & Services",
  "Retail",
  "Telecommunications",
  "Automotive",
  "Electronics & High Technology",
  "Media & Entertainment",
  "Travel & Tourism",
] as const;

/** Regions as the 2012 survey reports them (seed 003, "About the research"). */
export const REGIONS = [
  { id: "eala", label: "Europe, Africa and Latin America (EALA)" },
  { id: "north-america", label: "North America" },
  { id: "apac", label: "Asia-Pacific (APAC)" },
] as const;

export const BUSINESS_MODELS = [
  { id: "b2b", label: "Business-to-business (B2B)" },
  { id: "b2c", label: "Business-to-consumer (B2C)" },
  { id: "b2b2c", label: "Business-to-business-to-consumer (B2B2C)" },
] as const;
