import { z } from "zod";
import { singleLine } from "@/lib/validation/text";
import { BUSINESS_MODELS, INDUSTRIES, REGIONS } from "@/lib/domain";

export const REVENUE_BANDS = [
  { id: "under-500m", label: "Under US$500 million" },
  { id: "500m-1bn", label: "US$500 million to 1 billion" },
  { id: "1-5bn", label: "US$1 to 5 billion" },
  { id: "over-5bn", label: "Over US$5 billion" },
] as const;

export const ZOrganizationCreate = z.object({
  name: singleLine({ min: 2, max: 120, required: "Enter the organization's name" }),
  industry: z.enum([...INDUSTRIES, "Other"], { error: "Choose an industry" }),
  region: z.enum(REGIONS.map((r) => r.id) as [string, ...string[]], { error: "Choose a region" }),
  revenueBand: z.enum(REVENUE_BANDS.map((r) => r.id) as [string, ...string[]], { error: "Choose a revenue band" }),
  businessModel: z.enum(BUSINESS_MODELS.map((b) => b.id) as [string, ...string[]], { error: "Choose a business model" }),
  /** Contribute the revealed results, anonymously, to the cross-organization benchmark panel (admins' comparisons). */
  panelOptIn: z.boolean({ error: "Choose whether to join the benchmark panel" }),
});
export type TOrganizationCreate = z.infer<typeof ZOrganizationCreate>;

/** Joining or leaving the benchmark panel later (the organization page). */
export const ZPanelChoice = z.object({
  organizationId: z.string().min(1).max(64),
  panelOptIn: z.boolean({ error: "Choose whether to join the benchmark panel" }),
});
export type TPanelChoice = z.infer<typeof ZPanelChoice>;
