import { z } from "zod";
import { BUSINESS_MODELS, INDUSTRIES, REGIONS, SIDES, TIERS } from "@/lib/domain";
import { REVENUE_BANDS } from "@/lib/validation/organization";

const ids = <T extends { id: string }>(list: readonly T[]) => list.map((x) => x.id) as [string, ...string[]];

/** Panels: the real one (opted-in, non-demo organizations) or the synthetic demo organizations of the seed. */
export const PANELS = ["real", "demo"] as const;

/**
 * Which revealed waves a comparison counts: every one (the default: an organization with several revealed waves is
 * one data point per wave), or only each organization's latest. "Latest" is taken AFTER the other filters: of the
 * organization's waves revealed within the chosen dates that have answers from the chosen side and tier, the one
 * revealed last (lib/data/panel.ts applies it in SQL).
 */
export const COMPARISON_WAVES = ["all", "latest"] as const;
export type ComparisonWaves = (typeof COMPARISON_WAVES)[number];

/** The choice of waves in plain words, as the page and the exports state it. */
export const WAVES_COUNTED: Record<ComparisonWaves, string> = {
  all: "Every revealed wave is counted: an organization with several revealed waves contributes one value per wave.",
  latest:
    "Only each organization's latest revealed wave is counted: of its waves revealed within the chosen dates (any date if none is chosen) " +
    "that have answers from the chosen side and tier, the one revealed last; its earlier waves are left out.",
};

/**
 * Filters of a cross-organization comparison (the page's query string, its exports and the API use this one
 * schema). Empty strings, as a GET form sends for "any", mean "no filter".
 */
export const ZComparisonQuery = z.preprocess(
  (input) =>
    input && typeof input === "object" ? Object.fromEntries(Object.entries(input).filter(([, v]) => v !== "" && v !== undefined)) : input,
  z
    .object({
      panel: z.enum(PANELS, { error: "must be real or demo" }).optional(),
      industry: z.enum([...INDUSTRIES, "Other"], { error: "must be one of the listed industries" }).optional(),
      region: z.enum(ids(REGIONS), { error: "must be one of the listed regions" }).optional(),
      revenueBand: z.enum(ids(REVENUE_BANDS), { error: "must be one of the listed revenue bands" }).optional(),
      businessModel: z.enum(ids(BUSINESS_MODELS), { error: "must be b2b, b2c or b2b2c" }).optional(),
      side: z.enum(SIDES, { error: "must be marketing or it" }).optional(),
      tier: z.enum(TIERS, { error: "must be leader or team" }).optional(),
      source: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a source id").max(80).optional(),
      from: z.iso.date("must be a date (YYYY-MM-DD)").optional(),
      to: z.iso.date("must be a date (YYYY-MM-DD)").optional(),
      waves: z.enum(COMPARISON_WAVES, { error: "must be all or latest" }).optional(),
    })
    .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "must not be before the start date", path: ["to"] }),
);
export type TComparisonQuery = z.infer<typeof ZComparisonQuery>;

/** The query as URL parameters (only the filters that are set), for links and export addresses. */
export function comparisonSearchParams(query: TComparisonQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return params;
}
